/**
 * The words printed on a receipt, in the receipt's own language (not the merchant's UI language): a
 * Chinese shop's receipt says 合计 even when the tablet is set to English.
 */
import type { PaymentMethod } from './types';

/** Every fixed word a receipt can carry. */
export interface ReceiptWords {
  receiptNo: string;
  time: string;
  cashier: string;
  terminal: string;
  phone: string;
  taxId: string;
  subtotal: string;
  total: string;
  change: string;
  reference: string;
  card: string;
  note: string;
  scanForReceipt: string;
  methods: Readonly<Record<PaymentMethod, string>>;
  /** Month abbreviations for dates, January first (empty in languages that write months as numbers). */
  months: readonly string[];
}

/** Languages receipts are worded in. */
export type ReceiptLanguage = 'zh' | 'en';

const WORDS: Readonly<Record<ReceiptLanguage, ReceiptWords>> = {
  zh: {
    receiptNo: '单号',
    time: '时间',
    cashier: '收银员',
    terminal: '收银台',
    phone: '电话',
    taxId: '税号',
    subtotal: '小计',
    total: '合计',
    change: '找零',
    reference: '交易号',
    card: '卡号',
    note: '备注',
    scanForReceipt: '扫码查看电子小票',
    methods: {
      cash: '现金',
      card: '银行卡',
      unionpay: '银联',
      wechat: '微信支付',
      alipay: '支付宝',
      other: '其他',
    },
    months: [],
  },
  en: {
    receiptNo: 'Receipt',
    time: 'Time',
    cashier: 'Cashier',
    terminal: 'Till',
    phone: 'Tel',
    taxId: 'Tax ID',
    subtotal: 'Subtotal',
    total: 'Total',
    change: 'Change',
    reference: 'Ref',
    card: 'Card',
    note: 'Note',
    scanForReceipt: 'Scan for your e-receipt',
    methods: {
      cash: 'Cash',
      card: 'Card',
      unionpay: 'UnionPay',
      wechat: 'WeChat Pay',
      alipay: 'Alipay',
      other: 'Other',
    },
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

/** The receipt language for a BCP 47 tag: any `zh…` tag is Chinese, everything else English. */
export function receiptLanguage(locale: string | undefined): ReceiptLanguage {
  return locale !== undefined && /^zh\b/i.test(locale) ? 'zh' : 'en';
}

/** The words for a receipt's locale. */
export function receiptWords(locale: string | undefined): ReceiptWords {
  return WORDS[receiptLanguage(locale)];
}

/**
 * The sale time as written in the receipt (its own offset, never converted to this machine's zone):
 * zh "2024-11-18 14:32:05", en "18 Nov 2024 14:32". Text that is not RFC 3339 is returned unchanged.
 */
export function formatReceiptTime(time: string, locale: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})/.exec(time);
  if (!m) return time;
  const [, year, month, day, hour, minute, second] = m;
  if (receiptLanguage(locale) === 'zh') return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
  const name = WORDS.en.months[Number(month) - 1] ?? month;
  return `${Number(day)} ${name} ${year} ${hour}:${minute}`;
}
