/** Branches for what the printer reports about itself: paper, cover, cutter, print head, error lights. */
import type { Step, StepId } from '../types';
import { afterFixing, CHECKING_AGAIN, statusRoutes, testPrintRoutes } from './routes';

const SERVICE: StepId = 'end-needs-service';

/** Steps of the paper, cover, cutter, heat and error-light branches. */
export const MECHANISM_STEPS: Readonly<Record<StepId, Step>> = {
  'paper-out-fix': {
    kind: 'fix',
    title: { zh: '打印机没纸了', en: 'The printer is out of paper' },
    body: {
      zh: '打开纸仓盖，放入新的纸卷：纸从卷的下面拉出，纸头越过切刀露出一点，再把盖子按紧到“咔哒”一声。',
      en: 'Open the paper cover and put in a new roll: the paper comes off the bottom of the roll. Let the end stick out past the cutter, then press the cover shut until it clicks.',
    },
    illustration: 'paper-roll',
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
        next: SERVICE,
      },
    ],
  },
  'end-paper-fixed': {
    kind: 'end',
    result: 'fixed',
    confirmedBy: 'check',
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
    result: 'fixed',
    confirmedBy: 'merchant',
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
    body: {
      zh: '热敏纸只有一面能打印。打开盖子，把纸卷翻过来：纸应从卷的下面拉出，划痕变黑的那面朝向打印头。关好盖子。',
      en: 'Thermal paper prints on one side only. Open the cover and turn the roll over: the paper should come off the bottom of the roll, with the side that turned dark facing the print head. Close the cover.',
    },
    illustration: 'paper-direction',
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
    illustration: 'paper-direction',
    choices: [
      { id: 'readable', label: { zh: '能看清', en: 'Yes, it is readable' }, next: 'end-printing-fixed' },
      { id: 'still-blank', label: { zh: '还是空白或很淡', en: 'Still blank or very faint' }, next: SERVICE },
    ],
  },
  'end-printing-fixed': {
    kind: 'end',
    result: 'fixed',
    confirmedBy: 'merchant',
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
  'cover-fix': {
    kind: 'fix',
    title: { zh: '纸仓盖开着', en: 'The cover is open' },
    body: {
      zh: '把打印机的盖子用力按下，直到听到“咔哒”一声。',
      en: 'Press the printer’s cover down firmly until it clicks.',
    },
    illustration: 'cover',
    watch: { check: 'status', until: afterFixing('cover-open') },
    then: 'cover-recheck',
  },
  'cover-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-cover-fixed', { 'cover-open': 'cover-ask' }),
  },
  'cover-ask': {
    kind: 'question',
    title: { zh: '打印机仍然说盖子开着', en: 'The printer still says the cover is open' },
    illustration: 'cover',
    choices: [
      { id: 'blocked', label: { zh: '盖子关不上', en: 'The cover will not shut' }, next: 'jam-fix' },
      { id: 'shut', label: { zh: '盖子已经关好了', en: 'It is shut and clicked' }, next: SERVICE },
    ],
  },
  'end-cover-fixed': {
    kind: 'end',
    result: 'fixed',
    confirmedBy: 'check',
    title: { zh: '盖子已关好，打印机就绪', en: 'Cover closed — the printer is ready' },
  },
  'cutter-fix': {
    kind: 'fix',
    title: { zh: '切刀卡住了', en: 'The cutter is stuck' },
    body: {
      zh: '关掉打印机电源。打开盖子，取出切刀附近的碎纸（小心刀片）。关好盖子，再打开电源。',
      en: 'Switch the printer off. Open the cover and remove any scraps of paper near the cutter (mind the blade). Close the cover and switch the printer on again.',
    },
    illustration: 'cutter',
    watch: { check: 'status', until: afterFixing('cutter-jam') },
    then: 'cutter-recheck',
  },
  'cutter-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-printer-ready', { 'cutter-jam': 'cutter-history' }),
  },
  'cutter-history': {
    kind: 'check',
    check: 'fault-history',
    title: { zh: '正在查看故障记录…', en: 'Looking at the fault log…' },
    on: { recurring: 'end-needs-service-recurring', rare: SERVICE },
  },
  'heat-fix': {
    kind: 'fix',
    title: { zh: '打印头太热了', en: 'The print head is too hot' },
    body: {
      zh: '先不要打印，让打印机开着冷却几分钟。别让它晒太阳，也别放在热源旁边。冷却后会自动恢复。',
      en: 'Stop printing and leave the printer switched on to cool down for a few minutes. Keep it out of the sun and away from heat. It recovers by itself once cool.',
    },
    details: {
      zh: '打印机通过 DLE EOT 3 报告“可自动恢复的错误”（打印头温度保护）。',
      en: 'The printer reports an auto-recoverable error (head temperature protection) in its DLE EOT 3 reply.',
    },
    illustration: 'thermometer',
    watch: { check: 'status', until: afterFixing('overheated') },
    then: 'heat-recheck',
  },
  'heat-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-heat-fixed', { overheated: 'heat-wait-ask' }),
  },
  'heat-wait-ask': {
    kind: 'question',
    title: { zh: '打印头还没冷却', en: 'The print head has not cooled yet' },
    illustration: 'thermometer',
    choices: [
      { id: 'wait', label: { zh: '再等一会儿', en: 'Wait a little longer' }, next: 'heat-fix' },
      {
        id: 'waited',
        label: { zh: '已经等了 10 分钟以上', en: 'It has been over 10 minutes' },
        next: SERVICE,
      },
    ],
  },
  'end-heat-fixed': {
    kind: 'end',
    result: 'fixed',
    confirmedBy: 'check',
    title: { zh: '已冷却，打印机就绪', en: 'Cooled down — the printer is ready' },
    body: {
      zh: '连续打印很多长小票时会再次过热，中间稍作停顿即可。',
      en: 'Long runs of big receipts can heat it up again; short pauses between them help.',
    },
  },
  'restart-fix': {
    kind: 'fix',
    title: { zh: '打印机出错了，请重启', en: 'The printer has an error: restart it' },
    body: {
      zh: '关掉打印机电源，等 10 秒，再打开。',
      en: 'Switch the printer off, wait 10 seconds, and switch it on again.',
    },
    illustration: 'power-light',
    watch: { check: 'status', until: ['ready'] },
    then: 'restart-recheck',
  },
  'restart-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-printer-ready', {
      'unrecoverable-error': SERVICE,
      'recoverable-error': SERVICE,
      'no-answer': 'power-ask',
      'not-connected': 'connect-fix',
    }),
  },
  'offline-fix': {
    kind: 'fix',
    title: { zh: '打印机暂停了（离线）', en: 'The printer has paused (offline)' },
    body: {
      zh: '看看打印机的指示灯：缺纸灯亮就换纸；红色错误灯闪就打开再关上盖子，取出卡住的纸。然后按一下“走纸”键。',
      en: 'Look at the printer’s lights: if the paper light is on, change the roll; if a red error light blinks, open and close the cover and remove any stuck paper. Then press the FEED button once.',
    },
    illustration: 'status-lights',
    watch: { check: 'status', until: afterFixing('offline') },
    then: 'offline-recheck',
  },
  'offline-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-printer-ready', { offline: 'lights-ask' }),
  },
  'lights-ask': {
    kind: 'question',
    title: { zh: '打印机上亮着哪个灯？', en: 'Which light is on on the printer?' },
    illustration: 'status-lights',
    choices: [
      { id: 'paper', label: { zh: '缺纸灯', en: 'The paper light' }, next: 'paper-out-fix' },
      {
        id: 'error',
        label: { zh: '红色错误灯（闪烁）', en: 'A red error light (blinking)' },
        next: 'jam-fix',
      },
      { id: 'power-only', label: { zh: '只有电源灯', en: 'Only the power light' }, next: 'restart-fix' },
    ],
  },
  'end-printer-ready': {
    kind: 'end',
    result: 'fixed',
    confirmedBy: 'check',
    title: { zh: '打印机就绪', en: 'The printer is ready' },
  },
  [SERVICE]: {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '打印机可能需要维修', en: 'The printer may need service' },
    body: {
      zh: '现在可以给顾客开电子小票。把故障报告发给您的售后联系人。',
      en: 'Give the customer an e-receipt for now, and send the support report to your service contact.',
    },
  },
  'end-needs-service-recurring': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '这个故障最近反复出现', en: 'This fault keeps coming back' },
    body: {
      zh: '切刀可能磨损了，需要维修。现在先开电子小票，并把故障报告发给售后。',
      en: 'The cutter may be worn and need service. Give e-receipts for now and send the support report to your service contact.',
    },
  },
};
