/**
 * What each fault means to the merchant and the one thing to do about it, in both languages. Shared by the
 * fault log, the status area and the troubleshooting wizard.
 */
import type { Activity, FaultKind, FaultResolution } from '../../printer/faults';
import { LOAD_PAPER } from '../../wizard/paper-loading';
import type { Lang } from '../i18n';

/** A fault's headline and its short "what to do" line. */
export interface FaultWords {
  title: string;
  todo: string;
}

/** Every fault kind, zh and en; the type makes a missing kind or language a compile error. */
export const FAULT_WORDS: Readonly<Record<FaultKind, Record<Lang, FaultWords>>> = {
  'paper-out': {
    // The same words as the wizard's paper step (one source, with the vendor manuals it follows).
    en: { title: 'Out of paper', todo: LOAD_PAPER.en },
    zh: { title: '缺纸', todo: LOAD_PAPER.zh },
  },
  'paper-near-end': {
    en: { title: 'Paper running low', todo: 'Keep a new roll ready; change it before the next rush.' },
    zh: { title: '纸快用完了', todo: '准备好新纸卷，在客流高峰前更换。' },
  },
  'cover-open': {
    en: { title: 'Cover open', todo: 'Close the cover firmly until it clicks.' },
    zh: { title: '上盖未关', todo: '用力合上上盖，直到听到“咔嗒”声。' },
  },
  'cutter-jam': {
    en: {
      title: 'Cutter jammed',
      todo: 'Switch the printer off, open the cover, remove stuck paper, then switch it on.',
    },
    zh: { title: '切刀卡住', todo: '关闭打印机电源，打开上盖取出卡住的纸，再开机。' },
  },
  overheated: {
    en: {
      title: 'Print head too hot',
      todo: 'Wait a few minutes; the printer resumes by itself when it cools.',
    },
    zh: { title: '打印头过热', todo: '请等待几分钟，冷却后打印机会自动恢复。' },
  },
  'recoverable-error': {
    en: {
      title: 'Paper jam or mechanical error',
      todo: 'Open the cover, clear any jammed paper and close it.',
    },
    zh: { title: '卡纸或机械故障', todo: '打开上盖，清除卡纸后合上。' },
  },
  'unrecoverable-error': {
    en: { title: 'Printer error', todo: 'Switch the printer off and on. If it persists, call for service.' },
    zh: { title: '打印机故障', todo: '关闭并重新打开打印机电源。如仍出现，请联系维修。' },
  },
  offline: {
    en: { title: 'Printer offline', todo: 'Check the cover and paper, then press the feed button once.' },
    zh: { title: '打印机离线', todo: '检查上盖和纸卷，然后按一下走纸键。' },
  },
  'no-answer': {
    en: { title: 'Printer not answering', todo: 'Check the power switch and the cable, then try again.' },
    zh: { title: '打印机无响应', todo: '检查电源开关和数据线，然后重试。' },
  },
  'not-found': {
    en: { title: 'No printer chosen', todo: 'Tap “Connect printer” and pick your printer in the list.' },
    zh: { title: '未选择打印机', todo: '点击“连接打印机”，在列表中选择您的打印机。' },
  },
  'access-denied': {
    en: {
      title: 'Access denied',
      todo: 'Another driver holds the printer. Open Troubleshoot for the driver steps.',
    },
    zh: { title: '无权访问', todo: '打印机被其他驱动占用。请打开“故障排查”查看驱动设置步骤。' },
  },
  claimed: {
    en: {
      title: 'Printer in use elsewhere',
      todo: 'Close other tabs or apps using the printer, then reconnect.',
    },
    zh: { title: '打印机被占用', todo: '关闭其他正在使用打印机的标签页或程序，然后重新连接。' },
  },
  disconnected: {
    en: { title: 'Printer unplugged', todo: 'Plug the cable back in and switch the printer on.' },
    zh: { title: '打印机已断开', todo: '重新插好数据线并打开打印机电源。' },
  },
  timeout: {
    en: {
      title: 'Printer too slow to answer',
      todo: 'Check the cable; for serial printers, check the baud rate.',
    },
    zh: { title: '打印机响应超时', todo: '检查数据线；串口打印机请检查波特率。' },
  },
  stalled: {
    en: { title: 'Connection stuck', todo: 'Unplug the printer, wait five seconds, plug it back in.' },
    zh: { title: '连接卡住', todo: '拔下打印机数据线，等五秒后重新插上。' },
  },
  garbled: {
    en: {
      title: 'Unreadable answer',
      todo: 'For serial printers, check the baud rate; otherwise switch the printer off and on.',
    },
    zh: { title: '回复无法识别', todo: '串口打印机请检查波特率；否则请重启打印机。' },
  },
  unsupported: {
    en: {
      title: 'Browser cannot reach printers',
      todo: 'Use Chrome or Edge on Android or Windows; meanwhile issue e-receipts.',
    },
    zh: {
      title: '浏览器无法连接打印机',
      todo: '请使用安卓或 Windows 上的 Chrome 或 Edge；期间可开具电子小票。',
    },
  },
};

/** The words for one fault kind in one language. */
export function faultWords(kind: FaultKind, lang: Lang): FaultWords {
  return FAULT_WORDS[kind][lang];
}

/** How a fault ended, in words. */
export const RESOLUTION_WORDS: Readonly<Record<FaultResolution, Record<Lang, string>>> = {
  'cleared-by-itself': { en: 'Cleared by itself', zh: '自行恢复' },
  'fixed-by-merchant': { en: 'Fixed', zh: '已修复' },
  'receipt-reprinted': { en: 'Receipt reprinted', zh: '已补打小票' },
  'e-receipt-issued': { en: 'E-receipt issued', zh: '已开具电子小票' },
  'gave-up': { en: 'Given up', zh: '已放弃' },
};

/** What the app was doing, in words. */
export function activityWords(activity: Activity, lang: Lang): string {
  const zh = lang === 'zh';
  switch (activity.kind) {
    case 'idle':
      return zh ? '空闲' : 'Idle';
    case 'connecting':
      return zh ? '正在连接' : 'Connecting';
    case 'printing-receipt':
      return zh ? `打印小票 ${activity.receiptId}` : `Printing receipt ${activity.receiptId}`;
    case 'test-page':
      return zh ? '打印测试页' : 'Printing test page';
    case 'day-summary':
      return zh ? '打印日结单' : 'Printing day summary';
    case 'troubleshooting':
      return zh ? '故障排查中' : 'Troubleshooting';
  }
}
