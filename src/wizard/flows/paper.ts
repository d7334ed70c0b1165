/**
 * Branches about the paper: out, nearly out, loaded the wrong way round (blank receipts), wrong paper, jammed.
 */
import { LOAD_PAPER, PAPER_LOADING_DRAWING, ROLL_DIRECTION, sentences } from '../paper-loading';
import type { Step, StepId } from '../types';
import { afterFixing, CHECKING_AGAIN, statusRoutes, testPrintRoutes } from './routes';

/** Steps of the paper branches. */
export const PAPER_STEPS: Readonly<Record<StepId, Step>> = {
  'paper-out-fix': {
    kind: 'fix',
    title: { zh: '打印机没纸了', en: 'The printer is out of paper' },
    body: LOAD_PAPER,
    illustration: PAPER_LOADING_DRAWING,
    watch: { check: 'status', until: afterFixing('paper-out') },
    then: 'paper-out-recheck',
  },
  'paper-out-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-paper-fixed', { 'paper-out': 'paper-sensor-ask' }),
  },
  'paper-sensor-ask': {
    kind: 'question',
    title: {
      zh: '打印机仍然说没纸。里面有纸卷吗？',
      en: 'The printer still says it has no paper. Is there a roll inside?',
    },
    illustration: 'paper-roll',
    choices: [
      { id: 'no-roll', label: { zh: '没有，我去换纸', en: 'No, I will put one in' }, next: 'paper-out-fix' },
      {
        id: 'roll-in',
        label: { zh: '有纸卷，盖子也关好了', en: 'Yes, and the cover is shut' },
        next: 'end-needs-service',
      },
    ],
  },
  'end-paper-fixed': {
    kind: 'end',
    result: 'fixed',
    proof: 'status',
    title: { zh: '纸已装好，打印机就绪', en: 'Paper is in — the printer is ready' },
  },
  'near-end-fix': {
    kind: 'fix',
    title: { zh: '纸快用完了', en: 'The paper is running low' },
    body: {
      zh: '还能打印几张，但随时会用完。最好现在换上新纸卷；如果要继续用完这卷，请准备好新纸。',
      en: 'A few more receipts will print, but the roll could end at any moment. Best put in a new roll now; if you finish this one first, keep a new roll at hand.',
    },
    illustration: 'paper-roll',
    watch: { check: 'status', until: afterFixing('paper-near-end') },
    then: 'near-end-recheck',
  },
  'near-end-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-paper-fixed', { 'paper-near-end': 'near-end-ask' }),
  },
  'near-end-ask': {
    kind: 'question',
    title: { zh: '纸卷还是快用完了', en: 'The roll is still nearly finished' },
    choices: [
      { id: 'change', label: { zh: '我现在换纸', en: 'I will change it now' }, next: 'near-end-fix' },
      { id: 'later', label: { zh: '先用完这卷', en: 'Finish this roll first' }, next: 'end-near-end-later' },
    ],
  },
  'end-near-end-later': {
    kind: 'end',
    result: 'carry-on',
    title: { zh: '可以继续打印', en: 'You can keep printing' },
    body: {
      zh: '纸用完时本应用会提示您，并可以改发电子小票。',
      en: 'When the paper runs out the app will tell you, and you can give an e-receipt instead.',
    },
  },
  'blank-scratch-ask': {
    kind: 'question',
    title: { zh: '小票是空白的？请做个划痕测试', en: 'Blank receipts? Try the scratch test' },
    body: {
      zh: '用指甲在空白小票上快速划一下。出现黑色或灰色的线吗？',
      en: 'Scratch the blank receipt quickly with a fingernail. Does a dark line appear?',
    },
    illustration: 'scratch-test',
    choices: [
      { id: 'dark-line', label: { zh: '有黑线', en: 'Yes, a dark line' }, next: 'paper-flip-fix' },
      { id: 'no-line', label: { zh: '没有变化', en: 'No, nothing changes' }, next: 'paper-type-fix' },
    ],
  },
  'paper-flip-fix': {
    kind: 'fix',
    title: { zh: '纸卷装反了', en: 'The paper roll is in the wrong way round' },
    body: sentences(
      {
        en: 'Thermal paper prints on one side only. Open the cover and turn the roll round.',
        zh: '热敏纸只有一面能打印。打开盖子，把纸卷掉个方向放。',
      },
      ROLL_DIRECTION,
      { en: 'Close the cover.', zh: '关好盖子。' },
    ),
    illustration: PAPER_LOADING_DRAWING,
    then: 'blank-test',
  },
  'paper-type-fix': {
    kind: 'fix',
    title: { zh: '这可能不是热敏纸', en: 'This may not be thermal paper' },
    body: {
      zh: '热敏打印机只能用热敏纸。请换一卷热敏纸（受潮或晒过太阳的旧纸也会打不出字）。',
      en: 'A thermal printer needs thermal paper. Put in a roll of thermal paper (old rolls that got damp or sat in the sun can fail too).',
    },
    illustration: 'paper-roll',
    then: 'blank-test',
  },
  'blank-test': {
    kind: 'check',
    check: 'test-print',
    title: { zh: '正在打印测试页…', en: 'Printing a test page…' },
    on: testPrintRoutes('blank-result-ask'),
  },
  'blank-result-ask': {
    kind: 'question',
    title: { zh: '测试页上能看清字吗？', en: 'Can you read the test page now?' },
    confirms: 'test-print',
    illustration: PAPER_LOADING_DRAWING,
    choices: [
      { id: 'readable', label: { zh: '能看清', en: 'Yes, it is readable' }, next: 'end-printing-fixed' },
      {
        id: 'still-blank',
        label: { zh: '还是空白或很淡', en: 'Still blank or very faint' },
        next: 'end-needs-service',
      },
    ],
  },
  'end-printing-fixed': {
    kind: 'end',
    result: 'fixed',
    proof: 'test-print',
    title: { zh: '打印正常了', en: 'Printing works again' },
  },
  'jam-fix': {
    kind: 'fix',
    title: { zh: '卡纸了', en: 'Paper is stuck' },
    body: {
      zh: '打开纸仓盖，轻轻取出皱起或撕碎的纸，把纸卷放正，纸头越过切刀，再关好盖子。',
      en: 'Open the paper cover, gently pull out any crumpled or torn paper, sit the roll straight with the end past the cutter, and close the cover.',
    },
    illustration: 'paper-jam',
    watch: { check: 'status', until: afterFixing('recoverable-error') },
    then: 'jam-recheck',
  },
  'jam-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-printer-ready', { 'recoverable-error': 'restart-fix' }),
  },
};
