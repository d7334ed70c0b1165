/**
 * Any other CSV bill (a bank's or a UnionPay acquirer's export) through a column mapping the merchant sets once:
 * which column holds the time, the reference(s), the amount and, optionally, whether a row is a refund and the
 * fee. The mapping is kept for the header it was made for, so the next file of that layout is read by itself.
 */
import type { PaymentMethod } from '../receipt/types';
import type { Bill, BillRow } from './bill';
import { periodOfRows } from './bill-period';
import { findColumns } from './columns';
import type { CsvRow } from '../text/csv';
import { LedgerError } from './errors';
import { parseAmount } from './yuan';
import { instantOf, parseWallClock } from './zoned-time';

export interface ColumnMapping {
  /** The header row it was made for (cells trimmed, joined by commas): this identifies the layout. */
  header: string;
  /** The merchant's name for the layout, e.g. "工商银行 POS". */
  label: string;
  time: string;
  /** Columns holding the payment's numbers (voucher, reference, order number…). */
  references: string[];
  amount: string;
  /** Column saying whether a row is a payment or a refund; negative amounts are refunds anyway. */
  kind?: string;
  /** Values of `kind` that mean a refund (e.g. 退货, 退款, REFUND). */
  refundValues?: string[];
  fee?: string;
  /** Receipt methods this bill speaks for (a bank bill: card, unionpay). */
  methods: PaymentMethod[];
  /** Time zone of the file's times (default: the tablet's). */
  timeZone?: string;
}

const trimCell = (s: string): string => s.replace(/^[\s\t`'"]+|[\s\t]+$/g, '');

/** The identity of a header row, as `ColumnMapping.header` stores it. */
export function headerSignature(fields: readonly string[]): string {
  return fields.map(trimCell).join(',');
}

/** The row most likely to be a CSV's header: the first with three or more non-empty cells. */
export function guessHeader(rows: readonly CsvRow[]): CsvRow | undefined {
  return rows.find((r) => r.fields.filter((f) => trimCell(f) !== '').length >= 3);
}

/** The mapping made for one of the file's header rows, and that row's index. */
export function findMapping(
  rows: readonly CsvRow[],
  mappings: readonly ColumnMapping[],
): { mapping: ColumnMapping; headerIndex: number } | undefined {
  for (let i = 0; i < rows.length; i++) {
    const signature = headerSignature(rows[i]!.fields);
    const mapping = mappings.find((m) => m.header === signature);
    if (mapping) return { mapping, headerIndex: i };
  }
  return undefined;
}

export function readMappedBill(
  rows: readonly CsvRow[],
  headerIndex: number,
  mapping: ColumnMapping,
  encoding: string,
  defaultZone: string,
): Bill {
  const zone = mapping.timeZone ?? defaultZone;
  const named = (name: string | undefined) => ({ aliases: name ? [name] : [], optional: name === undefined });
  let c;
  try {
    c = findColumns(rows[headerIndex]!.fields.map(trimCell), {
      time: named(mapping.time),
      amount: named(mapping.amount),
      kind: named(mapping.kind),
      fee: named(mapping.fee),
    });
  } catch (error) {
    if (error instanceof LedgerError) throw new LedgerError('bill-bad-mapping', error.message);
    throw error;
  }
  const header = rows[headerIndex]!.fields.map(trimCell);
  const refColumns = mapping.references.map((r) => header.indexOf(r)).filter((i) => i >= 0);
  if (refColumns.length === 0 && mapping.references.length > 0)
    throw new LedgerError('bill-bad-mapping', `the header has no column ${mapping.references.join(' / ')}`);
  const refundValues = new Set((mapping.refundValues ?? []).map((v) => v.trim()));
  const out: BillRow[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const get = (i: number) => (i < 0 ? '' : trimCell(row.fields[i] ?? ''));
    const timeText = get(c.time);
    if (timeText === '') continue;
    const wall = parseWallClock(timeText);
    // A row whose time cell is not a time is the file's footer (合计, totals): the data has ended.
    if (!wall) break;
    const signed = parseAmount(get(c.amount));
    if (signed === undefined)
      throw new LedgerError(
        'bill-bad-row',
        `line ${row.line}: "${get(c.amount)}" is not an amount`,
        row.line,
      );
    const refund = signed < 0 || refundValues.has(get(c.kind));
    const references = refColumns.map(get).filter(Boolean);
    const fee = parseAmount(get(c.fee) || '0') ?? 0;
    out.push({
      key: `custom:${mapping.label}:${refund ? 'refund' : 'payment'}:${references.join('|') || `${timeText}|${signed}`}`,
      line: row.line,
      kind: refund ? 'refund' : 'payment',
      time: instantOf(wall, zone),
      references: refund ? [] : references,
      originalReferences: refund ? references : [],
      amount: Math.abs(signed),
      fee: refund ? -Math.abs(fee) : Math.abs(fee),
    });
  }
  return {
    platform: 'custom',
    layout: `custom:${mapping.label}`,
    methods: mapping.methods,
    ...periodOfRows(out, zone),
    encoding,
    rows: out,
  };
}
