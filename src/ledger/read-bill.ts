/**
 * One bill file → a `Bill`, whatever it is: the text's encoding (UTF-8 with or without BOM, GBK/GB18030) and
 * the layout (WeChat Pay trade bill, Alipay 业务明细, or a CSV the merchant mapped once) are found by reading it.
 */
import { parseCsv } from '../text/csv';
import { decodeTextFile } from '../text/text-file';
import { readAlipayBill, isAlipayBill } from './alipay-bill';
import type { Bill } from './bill';
import { LedgerError } from './errors';
import { findMapping, guessHeader, headerSignature, readMappedBill, type ColumnMapping } from './mapped-bill';
import { isWechatBill, readWechatBill } from './wechat-bill';

export interface ReadBillOptions {
  /** Column mappings the merchant made for other layouts. */
  mappings?: readonly ColumnMapping[];
  /** Time zone of a mapped file's times, unless its mapping says (default: this device's). */
  timeZone: string;
}

/** What the merchant must map before a file in no known layout can be read. */
export interface UnknownLayout {
  /** The row taken for the header, cells trimmed; empty when the file has no row that looks like one. */
  header: string[];
  /** Its identity, as `ColumnMapping.header`. */
  signature: string;
}

export type ReadBillResult =
  { ok: true; bill: Bill } | { ok: false; unknown: UnknownLayout; error: LedgerError };

/** What a file in no known layout is told. */
export const EXPECTED_LAYOUTS =
  'expected a WeChat Pay trade bill (header 交易时间, …, 微信订单号, …), an Alipay 业务明细 bill (between "业务明细列表" and "业务明细列表结束"), or a CSV with a column mapping';

/** Reads a bill file; a file in no known layout and with no mapping returns its header for the merchant to map. */
export function readBill(bytes: Uint8Array, options: ReadBillOptions): ReadBillResult {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) throw new LedgerError('bill-encoding', `the bill is ${decoded.problem}`);
  const rows = parseCsv(decoded.text);
  if (isWechatBill(rows)) return { ok: true, bill: readWechatBill(rows, decoded.encoding) };
  if (isAlipayBill(rows)) return { ok: true, bill: readAlipayBill(rows, decoded.encoding) };
  const mapped = findMapping(rows, options.mappings ?? []);
  if (mapped)
    return {
      ok: true,
      bill: readMappedBill(rows, mapped.headerIndex, mapped.mapping, decoded.encoding, options.timeZone),
    };
  const header = guessHeader(rows)?.fields.map((f) => f.trim()) ?? [];
  return {
    ok: false,
    unknown: { header, signature: headerSignature(header) },
    error: new LedgerError(
      'bill-unknown-layout',
      header.length === 0
        ? `the file has no table: ${EXPECTED_LAYOUTS}`
        : `unknown bill layout: ${EXPECTED_LAYOUTS}`,
    ),
  };
}
