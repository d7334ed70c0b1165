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
      {
        id: 'bluetooth',
        label: { zh: '蓝牙打印机连不上', en: 'Bluetooth printer won’t connect' },
        next: 'bt-browser',
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
    confirms: 'test-print',
    choices: [
      {
        id: 'good',
        label: { zh: '完整清楚，中文正常', en: 'Complete and clear, Chinese too' },
        next: 'end-printing-fixed',
      },
      { id: 'blank', label: { zh: '空白', en: 'Blank' }, next: 'blank-scratch-ask' },
      { id: 'garbled', label: { zh: '中文是乱码', en: 'The Chinese is gibberish' }, next: 'garbled-test' },
      { id: 'half', label: { zh: '只打了一半', en: 'Only part of it printed' }, next: 'half-transport' },
      { id: 'nothing', label: { zh: '什么都没出来', en: 'Nothing came out' }, next: 'link-self-test-ask' },
    ],
  },
  // The app sent a test page and nothing came out. A printer that prints its own self-test page is fine
  // by itself, so the cause lies on the way to it (cable, driver, serial line), and only another test page
  // the merchant sees can show it fixed.
  'link-self-test-ask': {
    kind: 'question',
    title: { zh: '打印机能自己打印自检页吗？', en: 'Can the printer print its own self-test page?' },
    body: {
      zh: '关掉打印机，按住“走纸”键再开机，一两秒后松开。',
      en: 'Switch the printer off, hold the FEED button while switching it on, and let go after a second or two.',
    },
    illustration: 'self-test',
    choices: [
      {
        id: 'printed',
        label: { zh: '打出了自检页', en: 'It printed a self-test page' },
        next: 'link-transport',
      },
      { id: 'nothing', label: { zh: '什么都没打出来', en: 'Nothing came out' }, next: 'power-ask' },
    ],
  },
  'link-transport': {
    kind: 'check',
    check: 'connection',
    title: { zh: '正在查看连接…', en: 'Looking at the connection…' },
    on: {
      usb: 'link-fix',
      bluetooth: 'link-fix',
      virtual: 'link-fix',
      serial: 'link-serial-fix',
      'not-connected': 'connect-fix',
      lost: 'cable-fix',
    },
  },
  'link-fix': {
    kind: 'fix',
    title: { zh: '打印机本身正常，问题出在连接上', en: 'The printer works; the trouble is on the way to it' },
    body: {
      zh: '打印机能自己打印，说明小票是在这台设备和打印机之间丢失或出错的。把数据线直接插在这台设备上（不要用集线器），或换一个接口；关掉其他正在使用打印机的收银软件或浏览器标签页。然后再打印一张测试页。',
      en: 'The printer prints by itself, so the receipts get lost or mangled between this device and the printer. Plug the cable straight into this device (no hub) or into another port, and close any other point-of-sale program or browser tab that uses the printer. Then print a test page again.',
    },
    details: {
      zh: 'Windows：打印机厂家的驱动（usbprint）可能截走数据，可改装厂家的虚拟串口驱动后用串口连接，或用 Zadig 换成 WinUSB。Linux：usblp 驱动也会这样（modprobe -r usblp）。',
      en: 'Windows: the printer maker’s driver (usbprint) can take the data; install the maker’s virtual COM port driver and connect by serial, or switch the printer to WinUSB with Zadig. Linux: the usblp driver can do the same (modprobe -r usblp).',
    },
    illustration: 'usb-cable',
    then: 'link-retest',
  },
  'link-serial-fix': {
    kind: 'fix',
    title: { zh: '检查串口速度和流控', en: 'Check the serial speed and flow control' },
    body: {
      zh: '自检页上印有打印机的串口速度和流控方式。本应用会依次尝试 9600、19200、38400、57600 和 115200，不使用流控。如果自检页上是别的速度，或写着 RTS/CTS、XON/XOFF，请按打印机说明书用拨码开关或厂家设置工具改成上面的某个速度、无流控，并使用打印机原配的串口线。然后再打印一张测试页。',
      en: 'The self-test page lists the printer’s serial speed and flow control. This app tries 9600, 19200, 38400, 57600 and 115200 baud without flow control. If the page shows another speed, or RTS/CTS or XON/XOFF, change the printer to one of those speeds without flow control with its DIP switches or its maker’s setup tool (see its manual), and use the printer’s own serial cable. Then print a test page again.',
    },
    illustration: 'serial-cable',
    then: 'link-retest',
  },
  'link-retest': {
    kind: 'check',
    check: 'test-print',
    title: { zh: '正在打印测试页…', en: 'Printing a test page…' },
    on: testPrintRoutes('link-retest-ask'),
  },
  'link-retest-ask': {
    kind: 'question',
    title: { zh: '这次测试页打出来了吗？', en: 'Did the test page come out this time?' },
    confirms: 'test-print',
    choices: [
      {
        id: 'good',
        label: { zh: '打出来了，完整清楚', en: 'Yes, complete and clear' },
        next: 'end-printing-fixed',
      },
      {
        id: 'still-nothing',
        label: { zh: '还是没有或不对', en: 'Still nothing, or it is wrong' },
        next: 'end-connection-still-broken',
      },
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
      zh: '测试页上字母表下面那一行中文（“中文：…”）打出来是什么样？',
      en: 'How did the Chinese line under the alphabet on the test page (“中文：…”) come out?',
    },
    confirms: 'test-print',
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
        next: 'link-transport',
      },
    ],
  },
  'codepage-fix': {
    kind: 'fix',
    title: {
      zh: '打印机读的中文编码不对，或没有进入中文模式',
      en: 'The printer reads another Chinese set, or is not in Chinese mode',
    },
    body: {
      zh: '大陆版打印机读简体（GB18030 / GBK），台湾、香港版读繁体（Big5）；中文模式也可能被关掉了。打印机的自检页上会印出它的中文设置：按说明书用拨码开关或厂家设置工具打开中文，然后再打印一次测试页。',
      en: 'Mainland models read Simplified Chinese (GB18030 / GBK), Taiwan and Hong Kong models Traditional Chinese (Big5); Chinese mode may also be switched off. The printer’s self-test page prints its Chinese setting: switch Chinese on with its DIP switches or its maker’s setup tool, as its manual shows, then print the test page again.',
    },
    hop: {
      screen: 'printer',
      body: {
        zh: '打开“打印机设置”，按打印机的版本选文字编码：大陆版选“简体中文（GB18030）”，台湾、香港版选“繁体中文（Big5）”。然后再打印一次测试页。',
        en: 'Open Printer settings and set the text encoding to match the printer: Simplified Chinese (GB18030) for a mainland model, Traditional Chinese (Big5) for a Taiwan or Hong Kong model. Then print the test page again.',
      },
      link: { zh: '打开打印机设置', en: 'Open printer settings' },
    },
    details: {
      zh: '中文需用 FS & 进入汉字模式后发送双字节编码；字库读 Big5 时 GB18030 字节会印成别的繁体字，反之亦然；若设为单字节代码页，汉字会变成别的字符。GS I 69 回复字库语言。',
      en: 'Chinese needs FS & (enter Kanji/Chinese mode) before two-byte codes; a Big5 font prints GB18030 bytes as other Traditional characters, and the other way round; with a single-byte code page selected the bytes print as other characters. GS I 69 names the font’s language.',
    },
    illustration: 'garbled-text',
    then: 'garbled-test',
  },
  'font-fix': {
    kind: 'fix',
    title: { zh: '打印机里没有中文字库', en: 'The printer has no Chinese font' },
    body: {
      zh: '很多海外版打印机不带中文字库。请换一台中文版打印机；在此之前，中文小票可以改开电子小票。',
      en: 'Many printers sold outside China carry no Chinese font. Use a Chinese-model printer; until then, give e-receipts for receipts in Chinese.',
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
    proof: 'test-print',
    title: { zh: '中文打印正常', en: 'Chinese prints correctly' },
  },
  'half-transport': {
    kind: 'check',
    check: 'connection',
    title: { zh: '正在查看连接…', en: 'Looking at the connection…' },
    on: {
      usb: 'chunk-fix',
      bluetooth: 'chunk-fix',
      virtual: 'chunk-fix',
      serial: 'half-flow-fix',
      'not-connected': 'connect-fix',
      lost: 'cable-fix',
    },
  },
  'chunk-fix': {
    kind: 'fix',
    title: { zh: '小票在传输途中被截断了', en: 'Receipts are cut short on the way' },
    body: {
      zh: '换一根 USB 线，直接插在这台设备上（不要用集线器或延长线），然后再打印一张测试页。',
      en: 'Use a different USB cable plugged straight into this device (no hub, no extension cable), then print a test page again.',
    },
    hop: {
      screen: 'printer',
      body: {
        zh: '打开“打印机设置”，把“每次发送字节数”调小。换一根 USB 线、直接插在这台设备上（不要用集线器）也有帮助。然后再打印一张测试页。',
        en: 'Open Printer settings and lower “Bytes sent at a time”. A different USB cable plugged straight into this device (no hub) also helps. Then print a test page again.',
      },
      link: { zh: '打开打印机设置', en: 'Open printer settings' },
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
      zh: '打印机缓冲区满了时需要让这台设备等一下，而本应用发送时不使用流控。请按打印机说明书，用拨码开关或厂家设置工具把打印机设为无流控，或改用较低的速度（如 9600）；自检页上会印出当前的设置。',
      en: 'When its buffer is full the printer must make this device wait, and this app sends without flow control. Set the printer to no flow control, or to a slower speed such as 9600, with its DIP switches or its maker’s setup tool (see its manual); the self-test page prints the current setting.',
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
    confirms: 'test-print',
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
