/** The sale's journal backed by the app's IndexedDB store, and the reprint queue read from it. */
import {
  getReceipt,
  keepEntry,
  recentReceipts,
  setReceiptState,
  unfinishedReceipts,
  updateReceiptIf,
} from '../store/journal';
import type { JournalEntry } from '../store/journal';
import { journalArrival } from '../store/journal-conflicts';
import type { HoldingStore } from './held-journal';
import { needsPaper, type ReprintJournal } from './reprint';
import type { SaleJournal } from './types';

/** The store's journal functions in the shapes `printReceipt` and `reprintReceipt` take. */
export const storeJournal: SaleJournal & ReprintJournal = {
  // Never replaces a journaled receipt: a different one under its id is logged beside it and the journaled
  // entry comes back, which `printReceipt` then refuses to print as the new one.
  save: async (receipt, at) => (await journalArrival(receipt, at)).entry,
  setState: (id, change, at) => setReceiptState(id, change, at),
  claim: (id, when, change, at) => updateReceiptIf(id, when, change, at),
};

/** The store's journal as a `HeldJournal` writes through it. */
export const storeHolding: HoldingStore = {
  ...storeJournal,
  get: (id) => getReceipt(id),
  keep: (entry) => keepEntry(entry),
};

/**
 * Every receipt whose customer still has no paper, oldest change first: unfinished ones plus e-receipts
 * issued after a failure among the `recent` newest receipts.
 */
export async function reprintQueue(recent = 200): Promise<JournalEntry[]> {
  const [unfinished, latest] = await Promise.all([unfinishedReceipts(), recentReceipts(recent)]);
  const byId = new Map<string, JournalEntry>();
  for (const entry of [...unfinished, ...latest]) if (needsPaper(entry)) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => a.updatedAt - b.updatedAt);
}
