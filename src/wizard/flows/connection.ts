/** Branches for reaching the printer: power, cable, browser support, OS drivers, serial speed, silence. */
import type { Step, StepId } from '../types';
import { afterFixing, CHECKING_AGAIN, statusRoutes, testPrintRoutes } from './routes';

const STILL: StepId = 'end-connection-still-broken';

/** Steps of the power, cable, browser, driver, serial and silent-printer branches. */
export const CONNECTION_STEPS: Readonly<Record<StepId, Step>> = {
  'connection-check': {
    kind: 'check',
    check: 'connection',
    title: { zh: '正在查看连接…', en: 'Looking at the connection…' },
    on: {
      usb: 'status-check',
      serial: 'status-check',
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
    watch: { check: 'connection', until: ['usb', 'serial', 'virtual'] },
    then: 'connection-recheck',
  },
  'connection-recheck': {
    kind: 'check',
    check: 'connection',
    title: { zh: '正在查看连接…', en: 'Looking at the connection…' },
    on: {
      usb: 'status-check',
      serial: 'status-check',
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
  'browser-check': {
    kind: 'check',
    check: 'browser',
    title: { zh: '正在检查浏览器…', en: 'Checking this browser…' },
    on: { supported: 'chooser-ask', insecure: 'https-fix', unsupported: 'browser-fix' },
  },
  'https-fix': {
    kind: 'fix',
    title: { zh: '请用安全地址打开本应用', en: 'Open the app from its secure address' },
    body: {
      zh: '浏览器只允许以 https:// 开头的网址连接打印机。请用 https 地址或已安装的应用图标打开。',
      en: 'Browsers only let pages whose address starts with https:// reach a printer. Open the app from its https address or from the installed app icon.',
    },
    details: {
      zh: 'WebUSB 和 Web Serial 只在安全上下文（https 或 localhost）中可用。',
      en: 'WebUSB and Web Serial exist only in a secure context (https or localhost).',
    },
    then: 'browser-recheck',
  },
  'browser-fix': {
    kind: 'fix',
    title: { zh: '这个浏览器不能连接打印机', en: 'This browser cannot reach printers' },
    body: {
      zh: '请用电脑或安卓平板上的 Chrome 或 Edge 浏览器打开本应用。Safari、Firefox 和微信内置浏览器不支持。',
      en: 'Open the app in Chrome or Edge on a computer or Android tablet. Safari, Firefox and in-app browsers cannot do it.',
    },
    details: {
      zh: '需要 navigator.usb（WebUSB）或 navigator.serial（Web Serial）。',
      en: 'Needs navigator.usb (WebUSB) or navigator.serial (Web Serial).',
    },
    then: 'browser-recheck',
  },
  'browser-recheck': {
    kind: 'check',
    check: 'browser',
    title: { zh: '正在检查浏览器…', en: 'Checking this browser…' },
    on: { supported: 'connect-fix', insecure: STILL, unsupported: STILL },
  },
  'chooser-ask': {
    kind: 'question',
    title: {
      zh: '点“连接”时，列表里有您的打印机吗？',
      en: 'When you tapped Connect, was your printer in the list?',
    },
    illustration: 'browser-chooser',
    choices: [
      {
        id: 'listed-failed',
        label: { zh: '有，但是连接失败', en: 'Yes, but connecting failed' },
        next: 'platform-check',
      },
      { id: 'not-listed', label: { zh: '列表里没有', en: 'It was not in the list' }, next: 'cable-fix' },
      {
        id: 'gave-up',
        label: { zh: '都试过了，还是不行', en: 'I tried all that, still no luck' },
        next: STILL,
      },
    ],
  },
  'platform-check': {
    kind: 'check',
    check: 'platform',
    title: { zh: '正在查看系统…', en: 'Looking at this device’s system…' },
    on: {
      windows: 'windows-driver-fix',
      linux: 'linux-driver-fix',
      android: 'android-otg-fix',
      mac: 'other-app-fix',
      other: 'other-app-fix',
    },
  },
  'windows-driver-fix': {
    kind: 'fix',
    title: { zh: 'Windows 的打印驱动占用了打印机', en: 'Windows’ printer driver is holding the printer' },
    body: {
      zh: '有两种办法：一是安装打印机厂家的“虚拟串口（COM）”驱动，然后在本应用里选“串口连接”；二是请懂电脑的人用 Zadig 工具把打印机的驱动换成 WinUSB（之后其他 Windows 程序就不能用它打印了）。',
      en: 'Two ways out: install the printer maker’s “virtual COM port” driver and connect by Serial in this app; or ask someone handy with computers to switch the printer to WinUSB with the Zadig tool (other Windows programs then can no longer print to it).',
    },
    details: {
      zh: 'usbprint 驱动会占用接口，浏览器报“拒绝访问”。Windows 的 USB001 打印端口不是 COM 口。',
      en: 'The usbprint driver claims the interface, so the browser reports access denied. The Windows “USB001” printer port is not a COM port.',
    },
    then: 'connect-fix',
  },
  'linux-driver-fix': {
    kind: 'fix',
    title: { zh: '系统驱动或权限挡住了打印机', en: 'A system driver or permission is in the way' },
    body: {
      zh: '请懂电脑的人添加一条 udev 规则，允许浏览器使用这台打印机，并让 usblp 驱动放开它，然后重新插拔打印机。',
      en: 'Ask someone handy with computers to add a udev rule that lets the browser use this printer and to keep the usblp driver off it, then unplug and replug the printer.',
    },
    details: {
      zh: '例如 /etc/udev/rules.d/50-receipt-printer.rules：SUBSYSTEM=="usb", ATTRS{idVendor}=="厂商ID", MODE="0660", TAG+="uaccess"；并执行 modprobe -r usblp（或加入黑名单）。',
      en: 'E.g. /etc/udev/rules.d/50-receipt-printer.rules: SUBSYSTEM=="usb", ATTRS{idVendor}=="<vendor id>", MODE="0660", TAG+="uaccess"; then modprobe -r usblp (or blacklist it).',
    },
    then: 'connect-fix',
  },
  'android-otg-fix': {
    kind: 'fix',
    title: { zh: '安卓平板：OTG 和使用许可', en: 'Android tablet: OTG and permission' },
    body: {
      zh: '用 OTG 转接头连接打印机。安卓问“允许访问 USB 设备吗”时点“确定”。平板休眠后可能会忘记许可，再点一次“连接打印机”即可。',
      en: 'Connect the printer through an OTG adapter. When Android asks whether to allow access to the USB device, tap OK. After the tablet sleeps it may forget: tap Connect printer again.',
    },
    illustration: 'tablet-otg',
    then: 'connect-fix',
  },
  'other-app-fix': {
    kind: 'fix',
    title: { zh: '可能有别的程序在用打印机', en: 'Another program may be using the printer' },
    body: {
      zh: '关掉其他收银软件和本应用的其他窗口，拔下打印机再插上。',
      en: 'Close other point-of-sale programs and any other window of this app, then unplug and replug the printer.',
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
    confirmedBy: 'check',
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
  'baud-check': {
    kind: 'check',
    check: 'serial-baud',
    title: { zh: '正在尝试不同的串口速度…', en: 'Trying the usual serial speeds…' },
    on: { found: 'baud-fix', silent: 'flow-control-fix', unavailable: 'flow-control-fix' },
  },
  'baud-fix': {
    kind: 'fix',
    title: { zh: '找到了打印机的串口速度', en: 'Found the printer’s serial speed' },
    body: {
      zh: '打印机在上面显示的速度下回应了。在设置里把串口速度改成这个值，然后重新连接。',
      en: 'The printer answered at the speed shown above. Set that speed in Settings and connect again.',
    },
    illustration: 'serial-cable',
    then: 'connect-fix',
  },
  'flow-control-fix': {
    kind: 'fix',
    title: { zh: '串口设置对不上', en: 'The serial settings do not match' },
    body: {
      zh: '看自检页上写的速度（如 9600、19200、115200）和流控方式（RTS/CTS 或 XON/XOFF），在设置里改成一样的，并确认用的是打印机原配的串口线。',
      en: 'Read the speed (e.g. 9600, 19200, 115200) and flow control (RTS/CTS or XON/XOFF) from the self-test page, set the same in Settings, and use the printer’s own serial cable.',
    },
    illustration: 'serial-cable',
    then: 'connect-fix',
  },
  [STILL]: {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '还是连不上打印机', en: 'The printer still cannot be reached' },
    body: {
      zh: '现在可以给顾客开电子小票。把故障报告发给帮您装机的人或售后。',
      en: 'Give the customer an e-receipt for now, and send the support report to whoever set up your printer.',
    },
  },
};
