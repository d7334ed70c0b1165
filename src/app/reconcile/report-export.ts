/** The day's report as files: CSV with headings in the merchant's language, JSON with stable machine keys. */
import type { ReconcileReport, ReconcileRow } from '../../ledger/reconcile';
import { isoDate, wallClockAt } from '../../ledger/zoned-time';
import { formatMoney } from '../../receipt/money';
import { receiptWords } from '../../receipt/words';
import { writeCsv } from '../../text/csv';
import type { Lang } from '../i18n';
import { reconcileStrings, statusWords } from './strings';

/** `YYYY-MM-DD HH:MM:SS` in `zone`: the same on screen, on paper and in a spreadsheet, in either language. */
export function localTime(ms: number, zone: string): string {
  const w = wallClockAt(ms, zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${isoDate(w)} ${two(w.hour)}:${two(w.minute)}:${two(w.second)}`;
}

/** Minor units of a bill (always yuan) as the merchant reads them. */
export const money = (minor: number | undefined): string =>
  minor === undefined ? '' : formatMoney(minor, 'CNY', { display: 'symbol' });

/** Every row of the report, attention first, as CSV. */
export function reportCsv(report: ReconcileReport, lang: Lang, zone: string): string {
  const s = reconcileStrings[lang];
  const status = statusWords[lang];
  const methods = receiptWords(lang === 'zh' ? 'zh-CN' : 'en').methods;
  const head = [
    s.status,
    s.receipt,
    s.time,
    s.method,
    s.receiptAmount,
    s.billAmount,
    s.billReference,
    s.line,
  ];
  const line = (r: ReconcileRow) => [
    status[r.status],
    r.receiptId ?? '',
    localTime(r.time, zone),
    r.method ? methods[r.method] : '',
    money(r.receiptAmount),
    money(r.billAmount),
    r.billReference ?? '',
    r.billLine === undefined ? '' : String(r.billLine),
  ];
  return writeCsv([head, ...report.rows.map(line)]);
}

/** The report with stable keys: statuses and platforms by name, amounts in minor units, times as ISO 8601. */
export function reportJson(report: ReconcileReport, day: string, timeZone: string): string {
  const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
  return JSON.stringify(
    {
      day,
      timeZone,
      summary: report.summary,
      rows: report.rows.map((r) => ({ ...r, time: iso(r.time), billTime: iso(r.billTime) })),
      bills: report.bills,
    },
    null,
    2,
  );
}
