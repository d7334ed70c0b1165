/**
 * Branches for when the browser cannot use the printer: browser support and https, the device chooser,
 * operating-system drivers (Windows, Linux, Android) and serial line settings.
 */
import type { Step, StepId } from '../types';

/** Steps of the browser, driver and serial-settings branches. */
export const DRIVER_STEPS: Readonly<Record<StepId, Step>> = {
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
    on: {
      supported: 'connect-fix',
      insecure: 'end-connection-still-broken',
      unsupported: 'end-connection-still-broken',
    },
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
        next: 'end-connection-still-broken',
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
      zh: '打印机在上面显示的速度下回应了。请重新连接：本应用连接串口打印机时会尝试这个速度，并记住能用的速度。',
      en: 'The printer answered at the speed shown above. Connect again: when it connects a serial printer, the app tries this speed and remembers the one that works.',
    },
    illustration: 'serial-cable',
    then: 'connect-fix',
  },
  'flow-control-fix': {
    kind: 'fix',
    title: { zh: '串口设置对不上', en: 'The serial settings do not match' },
    body: {
      zh: '自检页上印有打印机的串口速度和流控方式。本应用会依次尝试 9600、19200、38400、57600 和 115200，不使用流控。如果自检页上是别的速度，或写着 RTS/CTS、XON/XOFF，请按打印机说明书用拨码开关或厂家设置工具改成上面的某个速度、无流控，并使用打印机原配的串口线。',
      en: 'The self-test page lists the printer’s serial speed and flow control. This app tries 9600, 19200, 38400, 57600 and 115200 baud without flow control. If the page shows another speed, or RTS/CTS or XON/XOFF, change the printer to one of those speeds without flow control with its DIP switches or its maker’s setup tool (see its manual), and use the printer’s own serial cable.',
    },
    illustration: 'serial-cable',
    then: 'connect-fix',
  },
  'end-connection-still-broken': {
    kind: 'end',
    result: 'still-broken',
    title: { zh: '还是连不上打印机', en: 'The printer still cannot be reached' },
    body: {
      zh: '现在可以给顾客开电子小票。把故障报告发给帮您装机的人或售后。',
      en: 'Give the customer an e-receipt for now, and send the support report to whoever set up your printer.',
    },
  },
};
