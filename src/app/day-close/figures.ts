/** A day summary as labelled figures, in the merchant's language: the screen's table and the CSV share them. */
import type { DaySummary } from '../../ledger/day-summary';
import { formatMoney } from '../../receipt/money';
import { PAYMENT_METHODS } from '../../receipt/payment-methods';
import { receiptWords } from '../../receipt/words';
import { writeCsv } from '../../text/csv';
import type { Lang } from '../i18n';
import { dayCloseStrings } from './strings';

export interface Figure {
  /** Stable name for tests and the JSON export. */
  key: string;
  label: string;
  /** Receipt count for the row, when it has one. */
  count?: number;
  /** Minor units, or a plain count when `amount` is absent. */
  amount?: number;
  value: string;
}

export function dayFigures(summary: DaySummary, lang: Lang): Figure[] {
  const s = dayCloseStrings[lang];
  const methods = receiptWords(lang === 'zh' ? 'zh-CN' : 'en').methods;
  const money = (minor: number) => formatMoney(minor, summary.currency, { display: 'symbol' });
  const count = (key: string, label: string, n: number): Figure => ({
    key,
    label,
    count: n,
    value: String(n),
  });
  const sum = (key: string, label: string, minor: number, n?: number): Figure => ({
    key,
    label,
    amount: minor,
    value: money(minor),
    ...(n === undefined ? {} : { count: n }),
  });
  return [
    count('receipts', s.receipts, summary.receipts),
    sum('total', s.total, summary.total),
    ...PAYMENT_METHODS.map((m) =>
      sum(
        `method-${m}`,
        m === 'cash' ? `${methods[m]} (${s.cashNet})` : methods[m],
        summary.byMethod[m].amount,
        summary.byMethod[m].count,
      ),
    ),
    sum('discounts', s.discounts, summary.discounts),
    sum('change', s.change, summary.change),
    sum('refunds', s.refunds(summary.refunds.count), summary.refunds.amount, summary.refunds.count),
    count('printed', s.printed, summary.delivery.printed),
    count('e-receipt', s.eReceipt, summary.delivery['e-receipt']),
    count('undelivered', s.undelivered, summary.delivery.undelivered),
    count('reprints', s.reprints, summary.reprints),
    count('faults', s.faults, summary.faults.count),
  ];
}

const HEADINGS: Record<Lang, readonly string[]> = {
  en: ['Business day', 'Figure', 'Receipts', 'Amount'],
  zh: ['营业日', '项目', '笔数', '金额'],
};

/** The figures as CSV (BOM first, headings in the merchant's language), then the check digest. */
export function dayCsv(summary: DaySummary, lang: Lang): string {
  const rows = dayFigures(summary, lang).map((f) => [
    summary.day,
    f.label,
    f.count === undefined ? '' : String(f.count),
    f.amount === undefined ? '' : formatMoney(f.amount, summary.currency),
  ]);
  return writeCsv([HEADINGS[lang], ...rows, [summary.day, dayCloseStrings[lang].digest, '', summary.digest]]);
}
