/**
 * Bluetooth printers that will not connect or keep dropping: a browser that cannot reach Bluetooth at all
 * (every browser on iOS), a printer not paired or paired to another phone, out of range, asleep, or with a
 * flat battery. Every fix leads back to connecting, and only a live look at the printer ends it fixed.
 */
import type { Step, StepId } from '../types';
import { statusRoutes, testPrintRoutes } from './routes';

/** Where the Bluetooth branch begins from the symptom list (the browser is looked at first). */
export const BLUETOOTH_ENTRY: StepId = 'bt-browser';
/** Where it begins when a Bluetooth printer was lost: asleep, flat or out of range are the usual causes. */
export const BLUETOOTH_LOST_ENTRY: StepId = 'bt-power-ask';

/** Steps of the Bluetooth branch. */
export const BLUETOOTH_STEPS: Readonly<Record<StepId, Step>> = {
  // Web Bluetooth and Web Serial are missing from every iOS browser, which must all use Safari's engine
  // (https://developer.apple.com/app-store/review/guidelines/#2.5.6; support tables at
  // https://developer.mozilla.org/docs/Web/API/Web_Bluetooth_API#browser_compatibility).
  'bt-browser': {
    kind: 'check',
    check: 'browser',
    title: {
      zh: '正在查看这个浏览器能否连接打印机…',
      en: 'Checking whether this browser can reach printers…',
    },
    on: { supported: 'bt-power-ask', insecure: 'https-fix', unsupported: 'end-bt-no-browser' },
  },
  'end-bt-no-browser': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '这个浏览器连不上蓝牙打印机', en: 'This browser cannot reach a Bluetooth printer' },
    body: {
      zh: 'iPhone 和 iPad 上的 Safari 和 Chrome 都无法从网页连接蓝牙打印机。请先给顾客开电子小票；要打印纸质小票，请用装有 Chrome 的安卓平板，或装有 Chrome / Edge 的电脑。',
      en: 'Safari and Chrome on an iPhone or iPad cannot reach a Bluetooth printer from a web page. Give e-receipts for now; for paper, use an Android tablet with Chrome, or a computer with Chrome or Edge.',
    },
  },
  'bt-power-ask': {
    kind: 'question',
    title: { zh: '打印机醒着吗？', en: 'Is the printer awake?' },
    body: {
      zh: '很多便携打印机几分钟不打印就会自动休眠，电源灯会熄灭或变暗。',
      en: 'Many portable printers go to sleep after a few minutes without printing; the power light goes out or dims.',
    },
    illustration: 'power-light',
    choices: [
      { id: 'on', label: { zh: '电源灯亮着', en: 'The power light is on' }, next: 'bt-paired-ask' },
      {
        id: 'asleep',
        label: { zh: '灯不亮，可能在休眠', en: 'The light is off: it may be asleep' },
        next: 'bt-wake-fix',
      },
      {
        id: 'battery',
        label: { zh: '灯闪或变红，或打得很淡', en: 'The light blinks or is red, or it prints faint' },
        next: 'bt-battery-fix',
      },
    ],
  },
  'bt-wake-fix': {
    kind: 'fix',
    title: { zh: '唤醒打印机', en: 'Wake the printer' },
    body: {
      zh: '按一下打印机的电源键或走纸键，等电源灯亮起，再连接。',
      en: 'Press the printer’s power or FEED button and wait for the power light, then connect.',
    },
    illustration: 'power-light',
    then: 'bt-connect-fix',
  },
  'bt-battery-fix': {
    kind: 'fix',
    title: { zh: '给打印机充电', en: 'Charge the printer' },
    body: {
      zh: '电池快没电时，打印机会打得很淡或自己断开蓝牙。用原装充电器充至少 15 分钟，边充边用也可以。',
      en: 'A nearly flat battery makes a printer print faint or drop the Bluetooth connection. Charge it with its own charger for at least 15 minutes; it can print while charging.',
    },
    illustration: 'battery',
    then: 'bt-connect-fix',
  },
  'bt-paired-ask': {
    kind: 'question',
    title: {
      zh: '这台平板的蓝牙设置里有这台打印机吗？',
      en: 'Is the printer listed in this tablet’s Bluetooth settings?',
    },
    body: {
      zh: '打开系统的蓝牙设置，看“已配对的设备”。',
      en: 'Open the system’s Bluetooth settings and look under paired devices.',
    },
    choices: [
      { id: 'paired', label: { zh: '有，已配对', en: 'Yes, it is paired' }, next: 'bt-other-ask' },
      { id: 'not-paired', label: { zh: '没有', en: 'No' }, next: 'bt-pair-fix' },
    ],
  },
  'bt-pair-fix': {
    kind: 'fix',
    title: { zh: '先配对打印机', en: 'Pair the printer first' },
    body: {
      zh: '经典蓝牙打印机要先在系统的蓝牙设置里配对：搜索设备，选中打印机（名字印在机身标签或自检页上），配对码通常是 0000 或 1234。低功耗蓝牙（BLE）打印机不用配对，直接点“蓝牙”连接。',
      en: 'A classic Bluetooth printer must be paired in the system’s Bluetooth settings first: search for devices and pick the printer (its name is on its label or self-test page); the PIN is usually 0000 or 1234. A Bluetooth LE printer needs no pairing: connect it with “Bluetooth”.',
    },
    then: 'bt-connect-fix',
  },
  'bt-other-ask': {
    kind: 'question',
    title: {
      zh: '这台打印机是否也和别的手机或平板配对过？',
      en: 'Is the printer also paired with another phone or tablet?',
    },
    choices: [
      { id: 'yes', label: { zh: '是，或者不确定', en: 'Yes, or not sure' }, next: 'bt-other-fix' },
      { id: 'no', label: { zh: '没有', en: 'No' }, next: 'bt-range-ask' },
    ],
  },
  'bt-other-fix': {
    kind: 'fix',
    title: { zh: '让别的手机放开打印机', en: 'Free the printer from the other phone' },
    body: {
      zh: '蓝牙打印机一次只能连一台设备。在那台手机或平板上关掉蓝牙，或在它的蓝牙设置里取消配对（“忽略此设备”）。',
      en: 'A Bluetooth printer talks to one device at a time. On the other phone or tablet, turn Bluetooth off, or unpair (“forget”) the printer in its Bluetooth settings.',
    },
    then: 'bt-connect-fix',
  },
  'bt-range-ask': {
    kind: 'question',
    title: { zh: '打印机离这台平板有多远？', en: 'How far is the printer from this tablet?' },
    choices: [
      {
        id: 'near',
        label: { zh: '几米之内，中间没有遮挡', en: 'Within a few metres, nothing in between' },
        next: 'bt-connect-fix',
      },
      {
        id: 'far',
        label: { zh: '更远，或隔着金属柜台或墙', en: 'Further, or behind a metal counter or a wall' },
        next: 'bt-range-fix',
      },
    ],
  },
  'bt-range-fix': {
    kind: 'fix',
    title: { zh: '把打印机挪近', en: 'Bring the printer closer' },
    body: {
      zh: '把打印机放在平板几米之内，中间不要隔着金属柜台、收银箱或墙。',
      en: 'Put the printer within a few metres of the tablet, with no metal counter, cash drawer or wall in between.',
    },
    then: 'bt-connect-fix',
  },
  'bt-connect-fix': {
    kind: 'fix',
    title: { zh: '重新连接蓝牙打印机', en: 'Connect the Bluetooth printer again' },
    body: {
      zh: '点下面的按钮，在浏览器弹出的列表里选中打印机。低功耗蓝牙打印机点“蓝牙”，已配对的经典蓝牙打印机点“经典蓝牙”。',
      en: 'Tap a button below and pick the printer in the list the browser shows: “Bluetooth” for a Bluetooth LE printer, “classic” for one paired in the system.',
    },
    illustration: 'browser-chooser',
    action: 'connect',
    watch: { check: 'connection', until: ['usb', 'serial', 'bluetooth', 'virtual'] },
    then: 'bt-connection-recheck',
  },
  'bt-connection-recheck': {
    kind: 'check',
    check: 'connection',
    title: { zh: '正在查看连接…', en: 'Looking at the connection…' },
    on: {
      bluetooth: 'bt-status-check',
      usb: 'status-check',
      serial: 'status-check',
      virtual: 'status-check',
      'not-connected': 'bt-still-ask',
      lost: 'bt-still-ask',
    },
  },
  'bt-status-check': {
    kind: 'check',
    check: 'status',
    title: { zh: '正在询问打印机状态…', en: 'Asking the printer how it is…' },
    // Many Bluetooth printers never report their state: only a printed page shows those work.
    on: statusRoutes('end-bt-fixed', { 'no-answer': 'bt-test-print', 'not-connected': 'bt-still-ask' }),
  },
  'bt-test-print': {
    kind: 'check',
    check: 'test-print',
    title: { zh: '正在打印测试页…', en: 'Printing a test page…' },
    on: testPrintRoutes('bt-test-ask', {
      'no-answer': 'bt-test-ask',
      'connection-failed': 'bt-still-ask',
      'not-connected': 'bt-still-ask',
    }),
  },
  'bt-test-ask': {
    kind: 'question',
    title: { zh: '测试页打出来了吗？', en: 'Did the test page come out?' },
    confirms: 'test-print',
    choices: [
      {
        id: 'good',
        label: { zh: '打出来了，完整清楚', en: 'Yes, complete and clear' },
        next: 'end-bt-printed-fixed',
      },
      { id: 'faint', label: { zh: '很淡或断断续续', en: 'Faint, or in pieces' }, next: 'bt-battery-fix' },
      { id: 'nothing', label: { zh: '什么都没出来', en: 'Nothing came out' }, next: 'bt-still-ask' },
    ],
  },
  'bt-still-ask': {
    kind: 'question',
    title: { zh: '还是不行。还有哪一项没试过？', en: 'Still not working. What have you not tried yet?' },
    choices: [
      {
        id: 'wake',
        label: { zh: '唤醒或重启打印机', en: 'Wake or restart the printer' },
        next: 'bt-wake-fix',
      },
      { id: 'pair', label: { zh: '在系统里配对', en: 'Pair it in the system' }, next: 'bt-pair-fix' },
      { id: 'other', label: { zh: '断开别的手机', en: 'Free it from another phone' }, next: 'bt-other-fix' },
      { id: 'range', label: { zh: '把它挪近', en: 'Bring it closer' }, next: 'bt-range-fix' },
      { id: 'charge', label: { zh: '充电', en: 'Charge it' }, next: 'bt-battery-fix' },
      { id: 'all', label: { zh: '都试过了', en: 'I have tried all of these' }, next: 'end-bt-still-broken' },
    ],
  },
  'end-bt-fixed': {
    kind: 'end',
    result: 'fixed',
    proof: 'status',
    title: { zh: '蓝牙打印机已连接，可以打印', en: 'The Bluetooth printer is connected and ready' },
  },
  'end-bt-printed-fixed': {
    kind: 'end',
    result: 'fixed',
    proof: 'test-print',
    title: { zh: '蓝牙打印机又能打印了', en: 'The Bluetooth printer prints again' },
  },
  'end-bt-still-broken': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '蓝牙打印机还是连不上', en: 'The Bluetooth printer still cannot be reached' },
    body: {
      zh: '关掉打印机再打开，并在这台平板上关掉蓝牙再打开。在此之前请开电子小票。打印机若有 USB 口，也可以用数据线连接。',
      en: 'Switch the printer off and on, and turn Bluetooth off and on again on this tablet. Give e-receipts until then. If the printer has a USB port, a cable works too.',
    },
  },
};
