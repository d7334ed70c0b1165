/**
 * Reading the fault log: filtered, newest first, one page at a time, through the index that matches the
 * filter, so a page costs the same at 10 entries as at 10,000.
 */
import type { FaultKind } from '../printer/faults';
import type { PrinterIdentity } from '../transport/types';
import { database } from './db';
import type { FaultEntry } from './schema';

/** What to show; every field is optional. Times are epoch ms, inclusive, compared with the last-seen time. */
export interface FaultFilter {
  printerKey?: string;
  kind?: FaultKind;
  from?: number;
  to?: number;
}

/** Where the previous page stopped: its last entry's last-seen time and id. */
export interface FaultCursor {
  lastAt: number;
  id: number;
}

/** One page of entries, newest first, and where the next one starts (null on the last page). */
export interface FaultPage {
  entries: FaultEntry[];
  next: FaultCursor | null;
}

type IndexName = 'by-time' | 'by-kind' | 'by-printer' | 'by-printer-kind';

/** Picks the index whose key starts with the filter's fixed parts and ends with the last-seen time. */
function plan(filter: FaultFilter): { index: IndexName; prefix: string[] } {
  const { printerKey, kind } = filter;
  if (printerKey !== undefined && kind !== undefined)
    return { index: 'by-printer-kind', prefix: [printerKey, kind] };
  if (printerKey !== undefined) return { index: 'by-printer', prefix: [printerKey] };
  if (kind !== undefined) return { index: 'by-kind', prefix: [kind] };
  return { index: 'by-time', prefix: [] };
}

function keyOf(prefix: string[], time: number): IDBValidKey {
  return prefix.length === 0 ? time : [...prefix, time];
}

/** A page of the log matching `filter`, newest first, starting after `after`. */
export async function queryFaults(
  filter: FaultFilter = {},
  pageSize = 50,
  after: FaultCursor | null = null,
): Promise<FaultPage> {
  const { index, prefix } = plan(filter);
  const upperTime = Math.min(filter.to ?? Infinity, after?.lastAt ?? Infinity);
  const range = IDBKeyRange.bound(keyOf(prefix, filter.from ?? -Infinity), keyOf(prefix, upperTime));
  const db = await database();
  const tx = db.transaction('faults');
  const entries: FaultEntry[] = [];
  let more = false;
  for (
    let cursor = await tx.store.index(index).openCursor(range, 'prev');
    cursor;
    cursor = await cursor.continue()
  ) {
    const row = cursor.value as FaultEntry;
    // Entries sharing the previous page's last time come in descending id order; skip those already shown.
    if (after && row.lastAt === after.lastAt && row.id >= after.id) continue;
    if (entries.length === pageSize) {
      more = true;
      break;
    }
    entries.push(row);
  }
  await tx.done;
  const last = entries.at(-1);
  return { entries, next: more && last ? { lastAt: last.lastAt, id: last.id } : null };
}

/** Every entry matching `filter`, newest first (for export and statistics), read page by page. */
export async function allFaults(filter: FaultFilter = {}, pageSize = 500): Promise<FaultEntry[]> {
  const all: FaultEntry[] = [];
  let after: FaultCursor | null = null;
  do {
    const page: FaultPage = await queryFaults(filter, pageSize, after);
    all.push(...page.entries);
    after = page.next;
  } while (after);
  return all;
}

/** A printer that appears in the log, for the filter list. */
export interface LoggedPrinter {
  printerKey: string;
  printer: PrinterIdentity | null;
}

/** Each distinct printer in the log, one cursor step per printer (it jumps over the rest of each group). */
export async function loggedPrinters(): Promise<LoggedPrinter[]> {
  const db = await database();
  const tx = db.transaction('faults');
  const found: LoggedPrinter[] = [];
  let cursor = await tx.store.index('by-printer').openCursor();
  while (cursor) {
    const { printerKey, printer } = cursor.value;
    found.push({ printerKey, printer });
    cursor = await cursor.continue([printerKey, Infinity]);
  }
  await tx.done;
  return found;
}
