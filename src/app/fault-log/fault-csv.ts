/**
 * The fault log as CSV for the merchant's support contact: headings and readable columns (local time, UTC, the
 * fault) in the merchant's language, plus exact ones (codes, epoch ms, JSON status, hex bytes) so the file
 * parses back into the very same entries whichever language wrote it. The JSON export keeps the machine names.
 */
import type { PrinterStatus } from '../../escpos/status-model';
import type { Activity, FaultKind, FaultResolution } from '../../printer/faults';
import { activityKeyOf, printerKeyOf } from '../../store/fault-entry';
import type { FaultEntry } from '../../store/schema';
import type { PrinterIdentity, TransportKind } from '../../transport/types';
import type { Lang } from '../i18n';
import { faultCsvHeadings } from './csv-headings';
import { parseCsv, writeCsv } from './csv';
import { activityWords, faultWords, RESOLUTION_WORDS } from './fault-words';
import { localStamp, utcStamp } from './time';

/** The columns' machine names, in order: the keys of the headings and of the JSON export. */
export const FAULT_CSV_COLUMNS = [
  'id',
  'first_seen_local',
  'first_seen_utc',
  'last_seen_local',
  'last_seen_utc',
  'count',
  'kind',
  'fault',
  'what_to_do',
  'printer_name',
  'transport',
  'vendor_id',
  'product_id',
  'serial_number',
  'manufacturer',
  'product',
  'activity',
  'activity_kind',
  'receipt_id',
  'raw_hex',
  'status_json',
  'detail',
  'resolution',
  'resolution_kind',
  'resolved_at_utc',
  'first_seen_ms',
  'last_seen_ms',
  'resolved_at_ms',
] as const;

type Column = (typeof FAULT_CSV_COLUMNS)[number];

const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
const fromHex = (text: string) => (text === '' ? [] : text.split(' ').map((h) => parseInt(h, 16)));
const hex4 = (n: number | undefined) => (n === undefined ? '' : `0x${n.toString(16).padStart(4, '0')}`);
const fromHex4 = (text: string) => (text === '' ? undefined : parseInt(text, 16));

function cells(entry: FaultEntry, lang: Lang): Record<Column, string> {
  const words = faultWords(entry.kind, lang);
  const p = entry.printer;
  const ending = entry.resolved === 1 ? entry.resolution : null;
  return {
    id: String(entry.id),
    first_seen_local: localStamp(entry.at),
    first_seen_utc: utcStamp(entry.at),
    last_seen_local: localStamp(entry.lastAt),
    last_seen_utc: utcStamp(entry.lastAt),
    count: String(entry.count),
    kind: entry.kind,
    fault: words.title,
    what_to_do: words.todo,
    printer_name: p?.name ?? '',
    transport: p?.transport ?? '',
    vendor_id: hex4(p?.vendorId),
    product_id: hex4(p?.productId),
    serial_number: p?.serialNumber ?? '',
    manufacturer: p?.manufacturer ?? '',
    product: p?.product ?? '',
    activity: activityWords(entry.activity, lang),
    activity_kind: entry.activity.kind,
    receipt_id: entry.activity.kind === 'printing-receipt' ? entry.activity.receiptId : '',
    raw_hex: hex(entry.raw),
    status_json: entry.status ? JSON.stringify(entry.status) : '',
    detail: entry.detail ?? '',
    resolution: ending ? RESOLUTION_WORDS[ending.how][lang] : '',
    resolution_kind: ending?.how ?? '',
    resolved_at_utc: ending ? utcStamp(ending.at) : '',
    first_seen_ms: String(entry.at),
    last_seen_ms: String(entry.lastAt),
    resolved_at_ms: ending ? String(ending.at) : '',
  };
}

/** The entries as CSV text (with BOM), headings first, headings and words in `lang`. */
export function faultsToCsv(entries: readonly FaultEntry[], lang: Lang): string {
  const rows = entries.map((entry) => {
    const row = cells(entry, lang);
    return FAULT_CSV_COLUMNS.map((column) => row[column]);
  });
  const headings = FAULT_CSV_COLUMNS.map((column) => faultCsvHeadings[lang][column]);
  return writeCsv([headings, ...rows]);
}

/** The column a heading names: its machine name, or its heading in either language. */
function columnOf(heading: string): Column | undefined {
  return FAULT_CSV_COLUMNS.find(
    (column) =>
      column === heading ||
      faultCsvHeadings.en[column] === heading ||
      faultCsvHeadings.zh[column] === heading,
  );
}

/** Reads a fault-log CSV export back into entries (the exact columns; the worded ones are ignored). */
export function faultsFromCsv(text: string): FaultEntry[] {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  const columns = head.map(columnOf);
  const at = (name: Column) => columns.indexOf(name);
  return rows.map((row) => {
    const get = (name: Column) => row[at(name)] ?? '';
    const printer = printerOf(get);
    const activity = activityOf(get('activity_kind'), get('receipt_id'));
    const base = {
      id: Number(get('id')),
      kind: get('kind') as FaultKind,
      at: Number(get('first_seen_ms')),
      lastAt: Number(get('last_seen_ms')),
      count: Number(get('count')),
      printerKey: printerKeyOf(printer),
      printer,
      status: get('status_json') === '' ? null : (JSON.parse(get('status_json')) as PrinterStatus),
      raw: fromHex(get('raw_hex')),
      activity,
      activityKey: activityKeyOf(activity),
      ...(get('detail') === '' ? {} : { detail: get('detail') }),
    };
    const how = get('resolution_kind');
    return how === ''
      ? { ...base, resolved: 0 as const }
      : {
          ...base,
          resolved: 1 as const,
          resolution: { how: how as FaultResolution, at: Number(get('resolved_at_ms')) },
        };
  });
}

function printerOf(get: (name: Column) => string): PrinterIdentity | null {
  if (get('transport') === '') return null;
  const identity: PrinterIdentity = {
    transport: get('transport') as TransportKind,
    name: get('printer_name'),
  };
  const vendorId = fromHex4(get('vendor_id'));
  const productId = fromHex4(get('product_id'));
  if (vendorId !== undefined) identity.vendorId = vendorId;
  if (productId !== undefined) identity.productId = productId;
  if (get('serial_number') !== '') identity.serialNumber = get('serial_number');
  if (get('manufacturer') !== '') identity.manufacturer = get('manufacturer');
  if (get('product') !== '') identity.product = get('product');
  return identity;
}

function activityOf(kind: string, receiptId: string): Activity {
  if (kind === 'printing-receipt') return { kind, receiptId };
  return { kind: kind as Exclude<Activity['kind'], 'printing-receipt'> };
}
