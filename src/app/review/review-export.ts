/** The review's exports: `receipts.json` (receipts in our schema, as the command line's `--receipts` reads) and CSV. */
import { reviewFlags } from '../../ledger/review-flags';
import { formatMoney } from '../../receipt/money';
import { receiptWords } from '../../receipt/words';
import type { JournalEntry } from '../../store/journal';
import { writeCsv } from '../../text/csv';
import { localStamp } from '../fault-log/time';
import type { Lang } from '../i18n';
import { recordOf, reviewStateOf } from './model';
import { FLAG_WORDS, STATE_WORDS } from './strings';

/** A JSON array of the receipts, exactly as journaled, oldest sale first. */
export function receiptsJson(entries: readonly JournalEntry[]): string {
  return JSON.stringify(
    entries.map((e) => e.receipt),
    null,
    2,
  );
}

const HEADINGS: Record<Lang, readonly string[]> = {
  en: [
    'Receipt no.',
    'Sale time',
    'Cashier',
    'Payment methods',
    'Payment references',
    'Total',
    'Currency',
    'Receipt',
    'Look at this',
  ],
  zh: ['小票号', '交易时间', '收银员', '支付方式', '支付单号', '合计', '币种', '小票状态', '请核对'],
};

/** One row per receipt, headings in the merchant's language; a BOM first so Excel keeps the Chinese. */
export function receiptsCsv(entries: readonly JournalEntry[], lang: Lang): string {
  const methods = receiptWords(lang === 'zh' ? 'zh-CN' : 'en').methods;
  const flags = reviewFlags(entries.map(recordOf));
  const rows = entries.map(({ receipt, state }) => [
    receipt.id,
    localStamp(Date.parse(receipt.time)),
    receipt.cashier ?? '',
    receipt.payments.map((p) => methods[p.method]).join(' + '),
    receipt.payments
      .map((p) => p.reference ?? '')
      .filter(Boolean)
      .join(' '),
    formatMoney(receipt.total, receipt.currency),
    receipt.currency,
    STATE_WORDS[lang][reviewStateOf(state)],
    (flags.get(receipt.id) ?? []).map((f) => FLAG_WORDS[lang][f.kind]).join('; '),
  ]);
  return writeCsv([HEADINGS[lang], ...rows]);
}
