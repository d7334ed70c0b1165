/**
 * What the merchant reads about the printer connection, in Chinese and English: one headline and one
 * "what to do" per error code and connection state, plus the printer controls. Looked up by code, never
 * built from an error's message.
 */
import { defineStrings } from './i18n';
import type { FaultKind } from '../printer/faults';
import type { PrinterErrorCode } from '../transport/types';

/** The platform decides which "access denied" advice applies. */
export type Platform = 'windows' | 'linux' | 'android' | 'other';

/** Best guess of the merchant's platform from the user agent. */
export function platformOf(userAgent: string): Platform {
  if (/Android/i.test(userAgent)) return 'android';
  if (/Windows/i.test(userAgent)) return 'windows';
  if (/Linux|CrOS/i.test(userAgent)) return 'linux';
  return 'other';
}

type ErrorText = Record<PrinterErrorCode, { title: string; advice: string }>;

const errorsEn: ErrorText = {
  'not-found': {
    title: 'No printer chosen',
    advice: 'Check that the printer is switched on and plugged in, then tap "Connect printer" and pick it.',
  },
  'access-denied': {
    title: 'The browser is not allowed to use the printer',
    advice: 'Another driver holds the printer. See the steps for your system below.',
  },
  claimed: {
    title: 'The printer is in use by another program',
    advice: 'Close other tabs or programs that print to it. See the steps for your system below.',
  },
  disconnected: {
    title: 'The printer was disconnected',
    advice: 'Check the cable and the power switch, then connect again.',
  },
  timeout: {
    title: 'The printer stopped taking data',
    advice: 'Check that the cover is closed and there is paper, then try again.',
  },
  stalled: {
    title: 'The printer refused the data',
    advice: 'Switch the printer off and on again, then connect again.',
  },
  garbled: {
    title: 'The printer answers, but not in a way we can read',
    advice: 'For a serial printer, check the baud rate in Settings (often 9600 or 115200).',
  },
  unsupported: {
    title: 'This browser cannot talk to printers',
    advice: 'Use Chrome or Edge, opened from an https address or installed as an app.',
  },
};

const errorsZh: ErrorText = {
  'not-found': { title: '未选择打印机', advice: '请确认打印机已开机并插好线，再点“连接打印机”并选择它。' },
  'access-denied': {
    title: '浏览器无权使用打印机',
    advice: '打印机被其他驱动占用，请按下面对应系统的步骤处理。',
  },
  claimed: {
    title: '打印机正被其他程序使用',
    advice: '请关闭其他正在使用它的网页或程序，并按下面的步骤处理。',
  },
  disconnected: { title: '打印机已断开', advice: '请检查数据线和电源开关，然后重新连接。' },
  timeout: { title: '打印机不再接收数据', advice: '请确认纸仓盖已合上、有纸，然后重试。' },
  stalled: { title: '打印机拒收数据', advice: '请关闭打印机电源再打开，然后重新连接。' },
  garbled: {
    title: '打印机有回应，但无法识别',
    advice: '串口打印机请在“设置”中检查波特率（常见为 9600 或 115200）。',
  },
  unsupported: {
    title: '此浏览器无法连接打印机',
    advice: '请使用 Chrome 或 Edge，并通过 https 网址打开或安装为应用。',
  },
};

/** The connection problem's label, test page outcomes and per-platform driver advice. */
export const printerStrings = defineStrings({
  en: {
    connectionProblem: 'Connection problem',
    outcomePrinted: 'Test page printed.',
    outcomeUnconfirmed: 'Test page sent. The printer does not confirm printing: check the paper.',
    outcomeFailed: (cause: string) => `Test page not printed: ${cause}.`,
    adviceWindows:
      'Windows: the system printer driver holds USB printers. Install the WinUSB driver for it with Zadig, or install the maker’s virtual COM port driver and connect by "Serial (COM)".',
    adviceLinux:
      'Linux: the usblp kernel driver or device permissions block access. Unload usblp or add a udev rule giving your user access to the printer.',
    adviceAndroid:
      'Android: connect with an OTG cable; after the tablet sleeps, tap "Connect printer" again to re-allow access.',
  },
  zh: {
    connectionProblem: '连接问题',
    outcomePrinted: '测试页已打印。',
    outcomeUnconfirmed: '测试页已发送。打印机不确认是否打印完成，请查看出纸。',
    outcomeFailed: (cause: string) => `测试页未打印：${cause}。`,
    adviceWindows:
      'Windows：系统打印驱动占用了 USB 打印机。请用 Zadig 为它安装 WinUSB 驱动，或安装厂家的虚拟串口驱动后用“串口（COM）”连接。',
    adviceLinux:
      'Linux：usblp 内核驱动或设备权限阻止了访问。请卸载 usblp，或添加 udev 规则让当前用户可访问打印机。',
    adviceAndroid: 'Android：请使用 OTG 线连接；平板休眠后需再次点“连接打印机”重新授权。',
  },
});

/** Headline and advice per error code, by language. */
export const printerErrorText = { en: errorsEn, zh: errorsZh } as const;

/** Short names of every fault kind, for outcome messages ("Test page not printed: cover open."). */
export const faultNames = defineStrings<Record<FaultKind, string>>({
  en: {
    'paper-out': 'out of paper',
    'paper-near-end': 'paper nearly out',
    'cover-open': 'cover open',
    'cutter-jam': 'cutter jammed',
    overheated: 'print head too hot',
    'recoverable-error': 'printer error',
    'unrecoverable-error': 'printer fault (switch it off and on)',
    offline: 'printer offline',
    'no-answer': 'printer not answering',
    'not-found': 'printer not found',
    'access-denied': 'access denied',
    claimed: 'printer in use elsewhere',
    disconnected: 'printer disconnected',
    timeout: 'printer stopped taking data',
    stalled: 'printer refused the data',
    garbled: 'unreadable replies',
    unsupported: 'browser cannot print',
  },
  zh: {
    'paper-out': '缺纸',
    'paper-near-end': '纸将用完',
    'cover-open': '纸仓盖未合上',
    'cutter-jam': '切刀卡住',
    overheated: '打印头过热',
    'recoverable-error': '打印机出错',
    'unrecoverable-error': '打印机故障（请关机再开机）',
    offline: '打印机离线',
    'no-answer': '打印机无响应',
    'not-found': '找不到打印机',
    'access-denied': '无访问权限',
    claimed: '打印机被占用',
    disconnected: '打印机已断开',
    timeout: '打印机不再接收数据',
    stalled: '打印机拒收数据',
    garbled: '回应无法识别',
    unsupported: '浏览器无法打印',
  },
});
