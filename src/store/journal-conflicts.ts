/**
 * One receipt per id. A receipt handed over is journaled only when its id is free or already holds the very
 * same receipt; a different receipt under a journaled id is refused (code `id-taken`) and kept beside the
 * journaled one for the record, never put in its place. So whatever is printed under an id is what was
 * journaled under it, and nothing is lost: the merchant decides what happens next.
 */
import type { Receipt } from '../receipt/types';
import { write } from './db';
import type { IdConflict, JournalEntry } from './schema';

/** How a receipt that arrived met the journal. */
export type Arrival =
  /** The id was free: journaled now, `pending`. */
  | { kind: 'new'; entry: JournalEntry }
  /** The same receipt was journaled already (a reload, or the same sale sent twice): left as it is. */
  | { kind: 'same'; entry: JournalEntry }
  /** Another receipt holds the id: `offered` was refused and logged in `entry.conflicts`. */
  | { kind: 'id-taken'; entry: JournalEntry; offered: Receipt };

/** JSON of plain data with every object's keys sorted: equal text for equal content, whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** True when two receipts say the same thing (the same content, not the same object). */
export function sameReceipt(a: Receipt, b: Receipt): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Journals a receipt that arrived, unless its id is taken by a different one (then logs the conflict). */
export function journalArrival(receipt: Receipt, at = Date.now()): Promise<Arrival> {
  const copy = structuredClone(receipt);
  const content = canonicalJson(copy);
  return write(['receipts'], async (tx) => {
    const known = await tx.store.get(copy.id);
    if (!known) {
      const entry: JournalEntry = {
        id: copy.id,
        receipt: copy,
        state: 'pending',
        createdAt: at,
        updatedAt: at,
        failure: null,
        eReceiptLink: null,
      };
      await tx.store.put(entry);
      return { kind: 'new', entry };
    }
    if (canonicalJson(known.receipt) === content) return { kind: 'same', entry: known };
    // The same refused receipt again (a reload of its hand-off) counts on its open record; `updatedAt` is
    // left alone, since it is what the journal's compare-and-set steps compare.
    const conflicts = known.conflicts ?? [];
    const open = conflicts.findIndex((c) => c.choice === null && canonicalJson(c.receipt) === content);
    const logged: IdConflict[] =
      open < 0
        ? [...conflicts, { code: 'id-taken', receipt: copy, at, lastAt: at, count: 1, choice: null }]
        : conflicts.map((c, i) => (i === open ? { ...c, lastAt: at, count: c.count + 1 } : c));
    const entry: JournalEntry = { ...known, conflicts: logged };
    await tx.store.put(entry);
    return { kind: 'id-taken', entry, offered: copy };
  });
}

/** Records the merchant's choice on the open conflict of receipt `id` with `offered`; resolves with the entry. */
export function settleConflict(
  id: string,
  offered: Receipt,
  choice: NonNullable<IdConflict['choice']>,
): Promise<JournalEntry | undefined> {
  const content = canonicalJson(offered);
  return write(['receipts'], async (tx) => {
    const known = await tx.store.get(id);
    if (!known?.conflicts) return known;
    const conflicts = known.conflicts.map((c) =>
      c.choice === null && canonicalJson(c.receipt) === content ? { ...c, choice } : c,
    );
    const entry: JournalEntry = { ...known, conflicts };
    await tx.store.put(entry);
    return entry;
  });
}
