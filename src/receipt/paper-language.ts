/**
 * The language printed on paper. A receipt is worded in its own language (`words.ts`); Chinese comes out in
 * Traditional characters when the printer's font reads Big5 (it has no simplified ones) or the receipt's
 * locale is a Traditional-Chinese one (zh-TW, zh-HK, zh-MO, zh-Hant). Only the printing code imports this,
 * so the e-receipt viewer stays small.
 */
import type { TextEncoding } from '../escpos/encode';
import { receiptWords, type ReceiptLanguage, type ReceiptWords } from './words';

/** A receipt language as printed: Chinese in simplified or Traditional characters, or English. */
export type PaperLanguage = ReceiptLanguage | 'zh-Hant';

/** Whether a BCP 47 tag asks for Traditional Chinese characters. */
export function isTraditionalLocale(locale: string | undefined): boolean {
  return locale !== undefined && /^zh[-_](TW|HK|MO|Hant)\b/i.test(locale);
}

/** Whether Chinese is printed in Traditional characters: a Big5 font has no simplified ones. */
export function printsTraditional(encoding: TextEncoding, locale?: string): boolean {
  return encoding === 'big5' || isTraditionalLocale(locale);
}

/** The printed language of a receipt language on a printer with `encoding`, for a receipt in `locale`. */
export function paperLanguage(
  language: PaperLanguage,
  encoding: TextEncoding,
  locale?: string,
): PaperLanguage {
  if (language !== 'zh') return language; // English, or Traditional already
  return printsTraditional(encoding, locale) ? 'zh-Hant' : 'zh';
}

// Taiwan and Hong Kong usage: 收據 for receipt, 列印 for print; every character is in Big5 (tested).
const TRADITIONAL: ReceiptWords = {
  receiptNo: '單號',
  time: '時間',
  cashier: '收銀員',
  terminal: '收銀台',
  phone: '電話',
  taxId: '稅號',
  subtotal: '小計',
  total: '合計',
  change: '找零',
  reference: '交易號',
  card: '卡號',
  note: '備註',
  scanForReceipt: '掃碼查看電子收據',
  methods: {
    cash: '現金',
    card: '銀行卡',
    unionpay: '銀聯',
    wechat: '微信支付',
    alipay: '支付寶',
    other: '其他',
  },
  months: [],
};

/** The fixed words printed on a receipt in `language`. */
export function paperWords(language: PaperLanguage): ReceiptWords {
  return language === 'zh-Hant' ? TRADITIONAL : receiptWords(language === 'zh' ? 'zh-CN' : 'en');
}
