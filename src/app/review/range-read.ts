/**
 * Reading the chosen range through the sale-time index a chunk at a time, each read going on exactly where the
 * one before stopped: the review's pages, the look past a page's end and the read of the whole range behind
 * complete flags. The store's read is passed in, so this runs (and is tested) without IndexedDB.
 */
import { DOUBLE_CHARGE_WINDOW_MS } from '../../ledger/review-flags';
import type { JournalEntry } from '../../store/journal';
import { saleTimeOf } from './model';

/** The store's read: entries with sale times in [from, to), by sale time, at most `limit` of them. */
export type ReadBetween = (from: number, to: number, limit: number) => Promise<JournalEntry[]>;

export interface SaleRange {
  from: number;
  to: number;
}

/** Where a read stopped: the last sale time read and the ids read at exactly that time. */
export interface Cursor {
  at: number;
  ids: Set<string>;
}

/** The cursor once `entry`, the next entry in sale-time order, has been read too. */
export function past(cursor: Cursor | null, entry: JournalEntry): Cursor {
  const at = saleTimeOf(entry);
  return cursor && cursor.at === at
    ? { at, ids: new Set(cursor.ids).add(entry.id) }
    : { at, ids: new Set([entry.id]) };
}

/**
 * Up to `size` entries after `cursor` (from the range's start without one) and before `until`, and whether
 * nothing more lies before `until`. The store cannot start after one id within a sale time, so the read starts
 * at the cursor's time and the entries already read there are skipped (and asked for on top of `size`).
 */
export async function readChunk(
  read: ReadBetween,
  range: SaleRange,
  cursor: Cursor | null,
  size: number,
  until = range.to,
): Promise<{ entries: JournalEntry[]; ended: boolean }> {
  const skip = cursor?.ids.size ?? 0;
  const chunk = await read(cursor?.at ?? range.from, until, size + skip);
  return {
    entries: chunk.filter((e) => !(cursor && saleTimeOf(e) === cursor.at && cursor.ids.has(e.id))),
    ended: chunk.length < size + skip,
  };
}

/**
 * The entries (at most `limit`) sold within the double-charge window after `cursor`, inside the range: what a
 * double charge straddling a page's end needs, without reading on to the range's end.
 */
export async function readWindow(
  read: ReadBetween,
  range: SaleRange,
  cursor: Cursor,
  limit: number,
): Promise<JournalEntry[]> {
  // The window includes its end (`reviewFlags` flags two payments exactly two minutes apart); `to` does not.
  const until = Math.min(cursor.at + DOUBLE_CHARGE_WINDOW_MS + 1, range.to);
  return (await readChunk(read, range, cursor, limit, until)).entries;
}

/**
 * Every entry after `cursor` to the range's end, read in chunks of `first` entries doubling up to `most`: one
 * readonly transaction per chunk, so a sale being journaled never waits long, and a read given up early (the
 * merchant typing into a filter) has read little. Checks `signal` between chunks and throws its reason once
 * it is aborted.
 */
export async function readRest(
  read: ReadBetween,
  range: SaleRange,
  cursor: Cursor | null,
  signal: AbortSignal,
  first: number,
  most: number,
): Promise<JournalEntry[]> {
  const out: JournalEntry[] = [];
  // A cursor of its own, grown in place: a long run of one sale time must not copy its ids per entry.
  let at = cursor && { at: cursor.at, ids: new Set(cursor.ids) };
  let size = first;
  for (;;) {
    signal.throwIfAborted();
    const { entries, ended } = await readChunk(read, range, at, size);
    signal.throwIfAborted();
    for (const entry of entries) {
      out.push(entry);
      const time = saleTimeOf(entry);
      if (at?.at === time) at.ids.add(entry.id);
      else at = { at: time, ids: new Set([entry.id]) };
    }
    if (ended) return out;
    size = Math.min(size * 2, most);
  }
}
