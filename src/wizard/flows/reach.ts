/**
 * Branches for reaching the printer at all: the connection, power and battery, the cable, and a printer that
 * does not answer.
 */
import type { Step, StepId } from '../types';
import { afterFixing, CHECKING_AGAIN, statusRoutes, testPrintRoutes } from './routes';

/** Steps of the connection, power, cable and silent-printer branches. */
export const REACH_STEPS: Readonly<Record<StepId, Step>> = {
  'connection-check': {
    kind: 'check',
    check: 'connection',
    title: { zh: '正在查看连接…', en: 'Looking at the connection…' },
    on: {
      usb: 'status-check',
      serial: 'status-check',
      bluetooth: 'status-check',
      virtual: 'status-check',
      'not-connected': 'connect-fix',
      lost: 'power-ask',
    },
  },
  'status-check': {
    kind: 'check',
    check: 'status',
    title: { zh: '正在询问打印机状态…', en: 'Asking the printer how it is…' },
    on: statusRoutes('test-print'),
  },
  'test-print': {
    kind: 'check',
    check: 'test-print',
    title: { zh: '正在打印测试页…', en: 'Printing a test page…' },
    on: testPrintRoutes('test-print-ask'),
  },
  'connect-fix': {
    kind: 'fix',
    title: { zh: '连接打印机', en: 'Connect the printer' },
    body: {
      zh: '点下面的按钮，在浏览器弹出的列表里选中您的打印机，再点“连接”。',
      en: 'Tap the button below, pick your printer in the list the browser shows, and tap “Connect”.',
    },
    illustration: 'browser-chooser',
    action: 'connect',
    watch: { check: 'connection', until: ['usb', 'serial', 'bluetooth', 'virtual'] },
    then: 'connection-recheck',
  },
  'connection-recheck': {
    kind: 'check',
    check: 'connection',
    title: { zh: '正在查看连接…', en: 'Looking at the connection…' },
    on: {
      usb: 'status-check',
      serial: 'status-check',
      bluetooth: 'status-check',
      virtual: 'status-check',
      'not-connected': 'browser-check',
      lost: 'power-ask',
    },
  },
  'power-ask': {
    kind: 'question',
    title: { zh: '打印机的电源灯亮着吗？', en: 'Is the printer’s power light on?' },
    illustration: 'power-light',
    choices: [
      { id: 'on', label: { zh: '亮着', en: 'Yes, it is on' }, next: 'cable-fix' },
      { id: 'off', label: { zh: '不亮', en: 'No, it is off' }, next: 'power-fix' },
      {
        id: 'battery',
        label: { zh: '便携打印机，灯闪或变红', en: 'Portable printer, light blinks or is red' },
        next: 'battery-fix',
      },
    ],
  },
  'power-fix': {
    kind: 'fix',
    title: { zh: '打开电源', en: 'Power the printer' },
    body: {
      zh: '检查电源线两头都插紧，插座有电，再按电源开关。电源适配器上如果有灯，它应该亮着。',
      en: 'Check both ends of the power cable are pushed in, the socket works, and press the power switch. If the power brick has a light, it should be on.',
    },
    illustration: 'power-light',
    then: 'power-again-ask',
  },
  'battery-fix': {
    kind: 'fix',
    title: { zh: '电池没电了', en: 'The battery is flat' },
    body: {
      zh: '用原装充电器给打印机充电至少 15 分钟，然后再开机。',
      en: 'Charge the printer with its own charger for at least 15 minutes, then switch it on.',
    },
    illustration: 'battery',
    then: 'power-again-ask',
  },
  'power-again-ask': {
    kind: 'question',
    title: { zh: '现在电源灯亮了吗？', en: 'Is the power light on now?' },
    illustration: 'power-light',
    choices: [
      { id: 'on', label: { zh: '亮了', en: 'Yes' }, next: 'cable-fix' },
      { id: 'off', label: { zh: '还是不亮', en: 'Still off' }, next: 'end-power-still-broken' },
    ],
  },
  'end-power-still-broken': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '打印机无法通电', en: 'The printer will not power on' },
    body: {
      zh: '电源适配器或打印机可能坏了。试试同规格（电压相同）的适配器，或联系售后。现在可以开电子小票。',
      en: 'The power supply or the printer may be faulty. Try an adapter with the same voltage, or contact service. You can give an e-receipt now.',
    },
  },
  'cable-fix': {
    kind: 'fix',
    title: { zh: '检查数据线', en: 'Check the cable' },
    body: {
      zh: '把数据线两头拔下再插紧。直接插到电脑或平板上，不要用集线器；换一个 USB 口试试。平板要用 OTG 转接头。',
      en: 'Unplug both ends of the data cable and push them back in firmly. Plug straight into the computer or tablet, not a hub, and try another USB port. Tablets need an OTG adapter.',
    },
    illustration: 'usb-cable',
    then: 'connect-fix',
  },
  'bluetooth-fix': {
    kind: 'fix',
    title: { zh: '把蓝牙打印机放近一点', en: 'Bring the Bluetooth printer closer' },
    body: {
      zh: '打印机要开着，放在平板几米之内。若它正连着别的手机或平板，请先在那台设备上断开蓝牙，再重新连接。',
      en: 'The printer must be switched on and within a few metres of the tablet. If another phone or tablet is connected to it, turn Bluetooth off there first, then connect again.',
    },
    then: 'connect-fix',
  },
  'silent-fix': {
    kind: 'fix',
    title: { zh: '打印机没有回应', en: 'The printer does not answer' },
    body: {
      zh: '检查打印机是否开着、数据线是否插紧。打印机一回应，这里会自动更新。',
      en: 'Check that the printer is switched on and its cable is pushed in. As soon as it answers, this page moves on by itself.',
    },
    illustration: 'power-light',
    watch: { check: 'status', until: afterFixing('no-answer') },
    then: 'silent-recheck',
  },
  'silent-recheck': {
    kind: 'check',
    check: 'status',
    title: CHECKING_AGAIN,
    on: statusRoutes('end-silent-fixed', { 'no-answer': 'self-test-ask' }),
  },
  'end-silent-fixed': {
    kind: 'end',
    result: 'fixed',
    proof: 'status',
    title: { zh: '打印机回应了，已就绪', en: 'The printer answers again and is ready' },
  },
  'self-test-ask': {
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
        next: 'silent-transport',
      },
      { id: 'nothing', label: { zh: '什么都没打出来', en: 'Nothing came out' }, next: 'power-ask' },
    ],
  },
  'silent-transport': {
    kind: 'check',
    check: 'connection',
    title: { zh: '正在查看连接…', en: 'Looking at the connection…' },
    on: {
      usb: 'cable-fix',
      serial: 'baud-check',
      bluetooth: 'bluetooth-fix',
      virtual: 'virtual-silent-fix',
      'not-connected': 'connect-fix',
      lost: 'cable-fix',
    },
  },
  'virtual-silent-fix': {
    kind: 'fix',
    title: { zh: '虚拟打印机被设为“不回应”', en: 'The virtual printer is set to stay silent' },
    body: {
      zh: '在虚拟打印机的开关里，把“回应方式”改回“正常”。',
      en: 'In the virtual printer’s switches, set “How it answers” back to “Normally”.',
    },
    watch: { check: 'status', until: afterFixing('no-answer') },
    then: 'silent-recheck',
  },
};
