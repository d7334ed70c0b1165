/**
 * The receipt journal: every receipt is saved before anything is printed, and each change of its state is
 * saved before the next step starts, so a reload finds the receipts that still need finishing.
 */
import type { FaultKind } from '../printer/faults';
import type { Receipt } from '../receipt/types';
import { database, write } from './db';
import { StoreError } from './errors';
import type { JournalEntry, JournalState } from './schema';

export type { JournalEntry, JournalState } from './schema';

/** A state change, with what each state needs. */
export type JournalChange =
  | { state: 'pending' }
  | { state: 'printing' }
  | { state: 'sent' }
  | { state: 'unconfirmed' }
  | { state: 'printed' }
  | { state: 'failed'; cause: FaultKind; detail?: string }
  | { state: 'e-receipt-issued'; link: string }
  | { state: 'reprinted' };

/** States a receipt can be left in that still need the merchant (or the app) to act. */
export const UNFINISHED: readonly JournalState[] = ['pending', 'printing', 'sent', 'unconfirmed', 'failed'];

/** Saves a receipt as `pending` (or replaces its content, keeping its state, if already journaled). */
export function saveReceipt(receipt: Receipt, at = Date.now()): Promise<JournalEntry> {
  const copy = structuredClone(receipt);
  return write(['receipts'], async (tx) => {
    const known = await tx.store.get(copy.id);
    const entry: JournalEntry = known
      ? { ...known, receipt: copy, receiptAt: saleTime(copy), updatedAt: at }
      : newEntry(copy, at);
    await tx.store.put(entry);
    return entry;
  });
}

/** A receipt's first journal entry: `pending`, no failure, no link. */
export function newEntry(receipt: Receipt, at: number): JournalEntry {
  return {
    id: receipt.id,
    receipt,
    state: 'pending',
    createdAt: at,
    updatedAt: at,
    receiptAt: saleTime(receipt),
    failure: null,
    eReceiptLink: null,
  };
}

/** When the sale happened, in epoch ms (a validated receipt's time always parses). */
function saleTime(receipt: Receipt): number {
  return Date.parse(receipt.time);
}

/**
 * Writes a whole entry that was kept in memory while storage was full, unless the journal meanwhile holds a
 * later change of that receipt. Resolves with whether it was written. Does not prune on a full disk: the
 * write that first failed already did, and a retry must not eat the fault log a little more each time.
 */
export function keepEntry(entry: JournalEntry): Promise<boolean> {
  const copy = structuredClone(entry);
  return write(
    ['receipts'],
    async (tx) => {
      const known = await tx.store.get(copy.id);
      if (known && known.updatedAt > copy.updatedAt) return false;
      await tx.store.put(copy);
      return true;
    },
    { prune: false },
  );
}

/** Moves a journaled receipt to a new state; rejects with `not-found` for an unknown id. */
export function setReceiptState(id: string, change: JournalChange, at = Date.now()): Promise<JournalEntry> {
  return write(['receipts'], async (tx) => {
    const known = await tx.store.get(id);
    if (!known) throw new StoreError('not-found', { store: 'receipts', id });
    const entry = applyChange(known, change, at);
    await tx.store.put(entry);
    return entry;
  });
}

/** Receipts left pending, printing or failed, oldest change first. */
export async function unfinishedReceipts(): Promise<JournalEntry[]> {
  const db = await database();
  const tx = db.transaction('receipts');
  const index = tx.store.index('by-state');
  const found = await Promise.all(
    UNFINISHED.map((state) => index.getAll(IDBKeyRange.bound([state, -Infinity], [state, Infinity]))),
  );
  await tx.done;
  return found.flat().sort((a, b) => a.updatedAt - b.updatedAt);
}

/** One journal entry by receipt id. */
export async function getReceipt(id: string): Promise<JournalEntry | undefined> {
  return (await database()).get('receipts', id);
}

/** The most recently created receipts, newest first. */
export async function recentReceipts(limit = 50): Promise<JournalEntry[]> {
  const db = await database();
  const tx = db.transaction('receipts');
  const entries: JournalEntry[] = [];
  for (
    let cursor = await tx.store.index('by-created').openCursor(null, 'prev');
    cursor && entries.length < limit;
    cursor = await cursor.continue()
  ) {
    entries.push(cursor.value);
  }
  await tx.done;
  return entries;
}

/**
 * Moves a receipt to a new state only if `when` holds for its current entry, in one transaction: the
 * compare-and-set that lets a reprint claim a receipt exactly once across tabs, reloads and racing events.
 * Resolves with the new entry, or null when the receipt is unknown or `when` refused it.
 */
export function updateReceiptIf(
  id: string,
  when: (entry: JournalEntry) => boolean,
  change: JournalChange,
  at = Date.now(),
): Promise<JournalEntry | null> {
  return write(['receipts'], async (tx) => {
    const known = await tx.store.get(id);
    if (!known || !when(known)) return null;
    const entry = applyChange(known, change, at);
    await tx.store.put(entry);
    return entry;
  });
}

/** The entry after `change`: a failure records its cause, an issued e-receipt its link. */
export function applyChange(known: JournalEntry, change: JournalChange, at: number): JournalEntry {
  const entry: JournalEntry = { ...known, state: change.state, updatedAt: at };
  if (change.state === 'failed') {
    entry.failure = {
      cause: change.cause,
      at,
      ...(change.detail === undefined ? {} : { detail: change.detail }),
    };
  }
  if (change.state === 'e-receipt-issued') entry.eReceiptLink = change.link;
  return entry;
}
