/**
 * The money side's records: receipts by the sale's own time (for review and day close), imported bills and
 * closed days. Column mappings for other bill layouts are a setting.
 */
import type { Bill } from '../ledger/bill';
import type { DaySummary } from '../ledger/day-summary';
import type { ColumnMapping } from '../ledger/mapped-bill';
import { database, write } from './db';
import type { ClosedDay, JournalEntry, StoredBill } from './schema';

export type { ClosedDay, StoredBill } from './schema';

declare module './settings' {
  interface SettingValues {
    /** Column mappings the merchant made for bill layouts the app does not know. */
    billMappings: ColumnMapping[];
    /** Hour (0–23) the business day starts, for shops open past midnight. */
    dayStartHour: number;
  }
}

/** Journal entries whose sale happened in [from, to), oldest first; `limit` stops early. */
export async function receiptsBetween(from: number, to: number, limit = Infinity): Promise<JournalEntry[]> {
  const db = await database();
  const tx = db.transaction('receipts');
  const out: JournalEntry[] = [];
  const range = IDBKeyRange.bound(from, to, false, true);
  for (
    let cursor = await tx.store.index('by-receipt-time').openCursor(range);
    cursor && out.length < limit;
    cursor = await cursor.continue()
  )
    out.push(cursor.value);
  await tx.done;
  return out;
}

/** How many receipts the sale-time index holds in [from, to). */
export async function countReceiptsBetween(from: number, to: number): Promise<number> {
  return (await database()).countFromIndex(
    'receipts',
    'by-receipt-time',
    IDBKeyRange.bound(from, to, false, true),
  );
}

/** A bill's identity: the same bill imported twice is stored once. */
export function billId(bill: Bill): string {
  return [bill.platform, bill.layout, bill.merchantId ?? '', bill.days.join('+')].join('|');
}

/** Saves an imported bill (replacing the same bill imported before); resolves once on disk. */
export function saveBill(bill: Bill, fileName: string, at = Date.now()): Promise<StoredBill> {
  const stored: StoredBill = { id: billId(bill), fileName, importedAt: at, bill: structuredClone(bill) };
  return write(['bills'], async (tx) => {
    await tx.store.put(stored);
    return stored;
  });
}

/** Every imported bill, newest import first. */
export async function listBills(): Promise<StoredBill[]> {
  return (await (await database()).getAllFromIndex('bills', 'by-imported')).reverse();
}

export function deleteBill(id: string): Promise<void> {
  return write(['bills'], (tx) => tx.store.delete(id));
}

/**
 * Keeps a day's summary as closed (with each counted receipt's digest, when given); a day closed again keeps
 * its first figures unless `replace`.
 */
export function saveClosedDay(
  summary: DaySummary,
  at = Date.now(),
  replace = false,
  receiptDigests?: Record<string, string>,
): Promise<ClosedDay> {
  return write(['closedDays'], async (tx) => {
    const known = await tx.store.get(summary.day);
    if (known && !replace) return known;
    const closed: ClosedDay = {
      day: summary.day,
      closedAt: at,
      summary: structuredClone(summary),
      ...(receiptDigests ? { receiptDigests: { ...receiptDigests } } : {}),
    };
    await tx.store.put(closed);
    return closed;
  });
}

export async function getClosedDay(day: string): Promise<ClosedDay | undefined> {
  return (await database()).get('closedDays', day);
}

export async function listClosedDays(): Promise<ClosedDay[]> {
  return (await database()).getAll('closedDays');
}
