/**
 * Branches that start from what the merchant sees on paper rather than from a live fault: the symptom list,
 * the test page, garbled Chinese and half receipts.
 */
import type { Step, StepId } from '../types';
import { testPrintRoutes } from './routes';

/** Steps of the symptom list, the test page, garbled Chinese and half receipts. */
export const SYMPTOM_STEPS: Readonly<Record<StepId, Step>> = {
  symptom: {
    kind: 'question',
    title: { zh: '遇到了什么问题？', en: 'What is going wrong?' },
    choices: [
      { id: 'nothing', label: { zh: '什么都打不出来', en: 'Nothing prints' }, next: 'connection-check' },
      {
        id: 'not-found',
        label: { zh: '找不到打印机', en: 'The printer cannot be found' },
        next: 'browser-check',
      },
      {
        id: 'blank',
        label: { zh: '小票是空白的', en: 'Receipts come out blank' },
        next: 'blank-scratch-ask',
      },
      { id: 'garbled', label: { zh: '中文是乱码', en: 'Chinese prints as gibberish' }, next: 'garbled-test' },
      {
        id: 'half',
        label: { zh: '小票只打了一半', en: 'Only half a receipt prints' },
        next: 'half-transport',
      },
      { id: 'jam', label: { zh: '卡纸', en: 'Paper is stuck' }, next: 'jam-fix' },
      { id: 'lights', label: { zh: '指示灯异常', en: 'Error or warning lights' }, next: 'status-check' },
      {
        id: 'payment',
        label: { zh: '收款和小票对不上', en: 'The payment does not match the receipt' },
        next: 'payment-ask',
      },
      { id: 'network', label: { zh: '网络断了', en: 'The internet is down' }, next: 'network-check' },
    ],
  },
  'test-print-ask': {
    kind: 'question',
    title: { zh: '测试页打出来是什么样？', en: 'How did the test page come out?' },
    choices: [
      {
        id: 'good',
        label: { zh: '完整清楚，中文正常', en: 'Complete and clear, Chinese too' },
        next: 'end-printing-fixed',
      },
      { id: 'blank', label: { zh: '空白', en: 'Blank' }, next: 'blank-scratch-ask' },
      { id: 'garbled', label: { zh: '中文是乱码', en: 'The Chinese is gibberish' }, next: 'garbled-ask' },
      { id: 'half', label: { zh: '只打了一半', en: 'Only part of it printed' }, next: 'half-transport' },
      { id: 'nothing', label: { zh: '什么都没出来', en: 'Nothing came out' }, next: 'self-test-ask' },
    ],
  },
  'garbled-test': {
    kind: 'check',
    check: 'test-print',
    title: { zh: '正在打印一行中文测试…', en: 'Printing a test page with a Chinese line…' },
    on: testPrintRoutes('garbled-ask'),
  },
  'garbled-ask': {
    kind: 'question',
    title: {
      zh: '测试页上的中文“小票打印测试”打出来是什么样？',
      en: 'How did the Chinese line “小票打印测试” come out?',
    },
    illustration: 'garbled-text',
    choices: [
      { id: 'correct', label: { zh: '正确的中文', en: 'Correct Chinese' }, next: 'end-chinese-fixed' },
      {
        id: 'wrong-chars',
        label: { zh: '别的汉字或奇怪符号', en: 'Other characters or odd symbols' },
        next: 'codepage-fix',
      },
      {
        id: 'question-marks',
        label: { zh: '问号、方块或空白', en: 'Question marks, boxes or gaps' },
        next: 'font-fix',
      },
      {
        id: 'all-junk',
        label: { zh: '整页都是乱码，连数字也是', en: 'The whole page is junk, even numbers' },
        next: 'silent-transport',
      },
    ],
  },
  'codepage-fix': {
    kind: 'fix',
    title: { zh: '打印机没有进入中文模式', en: 'The printer is not in Chinese mode' },
    body: {
      zh: '在设置里把打印机的文字编码选为“中文（GB18030）”，并打开“中文模式”。然后再打印一次测试页。',
      en: 'In Settings, set the printer’s text encoding to “Chinese (GB18030)” and turn on “Chinese mode”. Then print the test page again.',
    },
    details: {
      zh: '中文需用 FS & 进入汉字模式后发送 GB18030 字节；若设为单字节代码页，汉字会变成别的字符。',
      en: 'Chinese needs FS & (enter Kanji/Chinese mode) before GB18030 bytes; with a single-byte code page selected the bytes print as other characters.',
    },
    illustration: 'garbled-text',
    then: 'garbled-test',
  },
  'font-fix': {
    kind: 'fix',
    title: { zh: '打印机里没有中文字库', en: 'The printer has no Chinese font' },
    body: {
      zh: '很多海外版打印机不带中文字库。在设置里打开“把文字当图片打印”，或换一台中文版打印机。',
      en: 'Many printers sold outside China carry no Chinese font. Turn on “Print text as pictures” in Settings, or use a Chinese-model printer.',
    },
    details: {
      zh: 'GS I 2 回复的第 0 位表示是否有多字节（中文）字库。',
      en: 'Bit 0 of the GS I 2 reply tells whether a multi-byte (Chinese) font is present.',
    },
    illustration: 'garbled-text',
    then: 'garbled-test',
  },
  'end-chinese-fixed': {
    kind: 'end',
    result: 'fixed',
    confirmedBy: 'merchant',
    title: { zh: '中文打印正常', en: 'Chinese prints correctly' },
  },
  'half-transport': {
    kind: 'check',
    check: 'connection',
    title: { zh: '正在查看连接…', en: 'Looking at the connection…' },
    on: {
      usb: 'chunk-fix',
      virtual: 'chunk-fix',
      serial: 'half-flow-fix',
      'not-connected': 'connect-fix',
      lost: 'cable-fix',
    },
  },
  'chunk-fix': {
    kind: 'fix',
    title: { zh: '分小段发送小票', en: 'Send receipts in smaller pieces' },
    body: {
      zh: '在设置里把“每次发送大小”调小。换一根 USB 线、直接插在电脑上（不经过集线器）也有帮助。',
      en: 'Lower “Send size” in Settings. A different USB cable plugged straight into the computer (no hub) also helps.',
    },
    details: {
      zh: '有些系统和打印机组合下，一次大的 USB 传输会被截断。',
      en: 'On some OS and printer combinations a single large USB transfer is cut short.',
    },
    illustration: 'half-receipt',
    then: 'half-test',
  },
  'half-flow-fix': {
    kind: 'fix',
    title: { zh: '串口的流控方式对不上', en: 'Serial flow control does not match' },
    body: {
      zh: '打印机缓冲区满了时需要让电脑等一下。按自检页上写的流控方式（RTS/CTS 或 XON/XOFF）和速度修改设置。',
      en: 'When its buffer is full the printer must make the computer wait. Set the flow control (RTS/CTS or XON/XOFF) and speed shown on the self-test page in Settings.',
    },
    illustration: 'serial-cable',
    then: 'half-test',
  },
  'half-test': {
    kind: 'check',
    check: 'test-print',
    title: { zh: '正在打印测试页…', en: 'Printing a test page…' },
    on: testPrintRoutes('half-result-ask'),
  },
  'half-result-ask': {
    kind: 'question',
    title: { zh: '测试页完整打出来了吗？', en: 'Did the whole test page come out?' },
    illustration: 'half-receipt',
    choices: [
      { id: 'whole', label: { zh: '完整', en: 'Yes, all of it' }, next: 'end-printing-fixed' },
      {
        id: 'cut-short',
        label: { zh: '还是只有一半', en: 'Still cut short' },
        next: 'end-half-still-broken',
      },
    ],
  },
  'end-half-still-broken': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '小票仍然打不完整', en: 'Receipts still come out cut short' },
    body: {
      zh: '现在可以开电子小票。把故障报告发给售后，里面有连接和设置信息。',
      en: 'Give an e-receipt for now. Send the support report, with the connection and settings, to your service contact.',
    },
  },
};
