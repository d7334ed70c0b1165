/**
 * The review's list: receipts of the chosen days by the sale's own time, read through the sale-time index a
 * chunk at a time, so the first page costs the same with 10,000 receipts as with 10.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { reviewFlags, type ReviewFlag } from '../../ledger/review-flags';
import { receiptsBetween, type JournalEntry } from '../../store/index';
import { matches, recordOf, saleTimeOf, type ReviewInput } from './model';

/** Rows per page shown. */
export const PAGE = 50;
/** Entries read by the first store request; each further one reads twice as many, up to `MAX_CHUNK`. */
const FIRST_CHUNK = PAGE + 10;
const MAX_CHUNK = 1600;

/** Where the previous read stopped: the last sale time read and the ids read at exactly that time. */
interface Cursor {
  at: number;
  ids: Set<string>;
}

export type ReviewList =
  | { phase: 'loading' }
  | { phase: 'failed' }
  | {
      phase: 'ready';
      rows: JournalEntry[];
      flags: Map<string, ReviewFlag[]>;
      more: boolean;
      loadingMore: boolean;
    };

interface Loaded {
  rows: JournalEntry[];
  /** Every entry read so far, matching or not: flags compare a receipt with its neighbours. */
  scanned: JournalEntry[];
  cursor: Cursor | null;
  done: boolean;
}

/** Reads on from `loaded` until `PAGE` more rows match or the range ends. */
async function readPage(
  range: { from: number; to: number },
  input: ReviewInput,
  loaded: Loaded,
): Promise<Loaded> {
  const rows = [...loaded.rows];
  const scanned = [...loaded.scanned];
  let cursor = loaded.cursor;
  const want = rows.length + PAGE;
  let size = FIRST_CHUNK;
  while (rows.length < want) {
    const skip = cursor?.ids.size ?? 0;
    const chunk = await receiptsBetween(cursor?.at ?? range.from, range.to, size + skip);
    const fresh = chunk.filter((e) => !(cursor && saleTimeOf(e) === cursor.at && cursor.ids.has(e.id)));
    for (const entry of fresh) {
      // Stop at a full page: the cursor stays on the last entry read, where the next page starts.
      if (rows.length >= want) return { rows, scanned, cursor, done: false };
      scanned.push(entry);
      if (matches(entry, input)) rows.push(entry);
      const at = saleTimeOf(entry);
      cursor =
        cursor && cursor.at === at
          ? { at, ids: new Set(cursor.ids).add(entry.id) }
          : { at, ids: new Set([entry.id]) };
    }
    if (chunk.length < size + skip) return { rows, scanned, cursor, done: true };
    // A filter that keeps few receipts reads on in larger steps.
    size = Math.min(size * 2, MAX_CHUNK);
  }
  return { rows, scanned, cursor, done: false };
}

/** The list for `input` over `range`, and `more()` for the next page; reading restarts when either changes. */
export function useReviewList(input: ReviewInput, range: { from: number; to: number } | null) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [state, setState] = useState<'loading' | 'failed' | 'ready' | 'more'>('loading');

  useEffect(() => {
    if (!range) return;
    let live = true;
    setState('loading');
    readPage(range, input, { rows: [], scanned: [], cursor: null, done: false }).then(
      (page) => {
        if (!live) return;
        setLoaded(page);
        setState('ready');
      },
      (error: unknown) => {
        console.error('review list not read', error);
        if (live) setState('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [range, input]);

  const more = useCallback(() => {
    if (!range || !loaded || loaded.done) return;
    setState('more');
    readPage(range, input, loaded).then(
      (page) => {
        setLoaded(page);
        setState('ready');
      },
      (error: unknown) => {
        console.error('review page not read', error);
        setState('failed');
      },
    );
  }, [range, input, loaded]);

  const flags = useMemo(() => reviewFlags((loaded?.scanned ?? []).map(recordOf)), [loaded]);
  const list: ReviewList =
    state === 'loading' || !loaded
      ? { phase: state === 'failed' ? 'failed' : 'loading' }
      : state === 'failed'
        ? { phase: 'failed' }
        : { phase: 'ready', rows: loaded.rows, flags, more: !loaded.done, loadingMore: state === 'more' };
  return { list, more };
}
