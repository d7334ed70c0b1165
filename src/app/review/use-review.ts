/**
 * The review's list: receipts of the chosen days by the sale's own time, read through the sale-time index a
 * chunk at a time, so the first page costs the same with 10,000 receipts as with 10. Flags compare a receipt
 * with others anywhere in the range, so once the range's first page shows, the whole range is read in the
 * background (once per range: flags do not depend on the filters) and the shown rows' flags are completed
 * from all of it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DOUBLE_CHARGE_WINDOW_MS, reviewFlags, type ReviewFlag } from '../../ledger/review-flags';
import { receiptsBetween, type JournalEntry } from '../../store/index';
import { matches, recordOf, saleTimeOf, type ReviewInput } from './model';
import { past, readChunk, readRest, readWindow, type Cursor, type SaleRange } from './range-read';

/** Rows per page shown. */
export const PAGE = 50;
/** Entries read by the first store request; each further one reads twice as many, up to `MAX_CHUNK`. */
const FIRST_CHUNK = PAGE + 10;
const MAX_CHUNK = 1600;
/** The background read of the whole range starts with chunks of this size (doubling up to `MAX_CHUNK`). */
const REST_FIRST_CHUNK = 200;
/**
 * At most this many entries are read past a page's end for its flags until the whole range is read: two
 * minutes of sales in a shop, and cheap even when a busy two minutes holds more (the whole read finds those).
 */
const WINDOW_LIMIT = 4 * PAGE;

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
  /** Every entry read up to the page's end, matching or not: flags compare a receipt with its neighbours. */
  scanned: JournalEntry[];
  /**
   * Entries already read past the page's end (the rest of its last chunk, then the double-charge window after
   * it), for flags only: the next page reads on from `cursor` and takes them again.
   */
  ahead: JournalEntry[];
  cursor: Cursor | null;
  done: boolean;
}

const NOTHING_READ: Loaded = { rows: [], scanned: [], ahead: [], cursor: null, done: false };

/** Reads on from `loaded` until `PAGE` more rows match or the range ends. */
async function readPage(range: SaleRange, input: ReviewInput, loaded: Loaded): Promise<Loaded> {
  const rows = [...loaded.rows];
  const scanned = [...loaded.scanned];
  let cursor = loaded.cursor;
  const want = rows.length + PAGE;
  let size = FIRST_CHUNK;
  while (rows.length < want) {
    const { entries, ended } = await readChunk(receiptsBetween, range, cursor, size);
    for (let i = 0; i < entries.length; i++) {
      // Stop at a full page: the cursor stays on the last entry taken, where the next page starts.
      if (rows.length >= want) return { rows, scanned, ahead: entries.slice(i), cursor, done: false };
      const entry = entries[i]!;
      scanned.push(entry);
      if (matches(entry, input)) rows.push(entry);
      cursor = past(cursor, entry);
    }
    if (ended) return { rows, scanned, ahead: [], cursor, done: true };
    // A filter that keeps few receipts reads on in larger steps.
    size = Math.min(size * 2, MAX_CHUNK);
  }
  return { rows, scanned, ahead: [], cursor, done: false };
}

/** Whether `page.ahead` may stop short of the double-charge window after the page's last entry. */
function windowUnread(page: Loaded): page is Loaded & { cursor: Cursor } {
  if (page.done || !page.cursor) return false;
  const last = page.ahead.at(-1);
  return !last || saleTimeOf(last) <= page.cursor.at + DOUBLE_CHARGE_WINDOW_MS;
}

/**
 * Reads the double-charge window after `page` if its last chunk did not reach that far, and puts it in
 * `page.ahead` (unless another page has been shown meanwhile): a double charge across the page's end is
 * flagged at once. A failed read only leaves the flags to the whole range's read.
 */
async function readAhead(
  range: SaleRange,
  page: Loaded,
  signal: AbortSignal,
  update: (change: (shown: Loaded | null) => Loaded | null) => void,
): Promise<void> {
  if (!windowUnread(page)) return;
  try {
    const near = await readWindow(receiptsBetween, range, page.cursor, WINDOW_LIMIT);
    if (signal.aborted) return;
    const known = new Set(page.ahead.map((e) => e.id));
    const ahead = [...page.ahead, ...near.filter((e) => !known.has(e.id))];
    update((shown) => (shown === page ? { ...page, ahead } : shown));
  } catch (error) {
    if (!signal.aborted) console.error('review window not read', error);
  }
}

/**
 * The list for `input` over `range`, and `more()` for the next page. The pages are read again when either
 * changes; the whole range behind the flags only when the range does (flags do not depend on the filters),
 * and only once a first page for it is on screen, so it never slows that page down.
 */
export function useReviewList(input: ReviewInput, range: SaleRange | null) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [state, setState] = useState<'loading' | 'failed' | 'ready' | 'more'>('loading');
  /** The first page shown for a range: the read of the whole range waits for it and goes on from its end. */
  const [firstPage, setFirstPage] = useState<{ range: SaleRange; page: Loaded } | null>(null);
  /** The flags over every receipt in `of`, once it has been read to its end. */
  const [whole, setWhole] = useState<{ of: SaleRange; flags: Map<string, ReviewFlag[]> } | null>(null);
  /** Aborted when the range or the filters change or the screen goes: no read for an old list lands after. */
  const reading = useRef<AbortSignal | null>(null);

  useEffect(() => {
    if (!range) return;
    const controller = new AbortController();
    const { signal } = controller;
    reading.current = signal;
    setState('loading');
    const show = async () => {
      let page: Loaded;
      try {
        page = await readPage(range, input, NOTHING_READ);
      } catch (error) {
        console.error('review list not read', error);
        if (!signal.aborted) setState('failed');
        return;
      }
      if (signal.aborted) return;
      setLoaded(page);
      setState('ready');
      // Kept per range, not per filter: a filter change must not start the whole read again.
      setFirstPage((first) => (first?.range === range ? first : { range, page }));
      await readAhead(range, page, signal, setLoaded);
    };
    void show();
    return () => controller.abort();
  }, [range, input]);

  useEffect(() => {
    if (!range || firstPage?.range !== range) return;
    const { page } = firstPage;
    const controller = new AbortController();
    const rest = page.done
      ? Promise.resolve([])
      : readRest(receiptsBetween, range, page.cursor, controller.signal, REST_FIRST_CHUNK, MAX_CHUNK);
    rest.then(
      (read) => {
        if (!controller.signal.aborted)
          setWhole({ of: range, flags: reviewFlags([...page.scanned, ...read].map(recordOf)) });
      },
      (error: unknown) => {
        // The rows stay; their flags stay those over what was read.
        if (!controller.signal.aborted) console.error('review range not read for flags', error);
      },
    );
    return () => controller.abort();
  }, [range, firstPage]);

  const wholeFlags = whole && whole.of === range ? whole.flags : null;
  const more = useCallback(() => {
    const signal = reading.current;
    if (!range || !loaded || loaded.done || !signal) return;
    setState('more');
    readPage(range, input, loaded).then(
      (page) => {
        if (signal.aborted) return;
        setLoaded(page);
        setState('ready');
        if (!wholeFlags) void readAhead(range, page, signal, setLoaded);
      },
      (error: unknown) => {
        console.error('review page not read', error);
        if (!signal.aborted) setState('failed');
      },
    );
  }, [range, input, loaded, wholeFlags]);

  // Until the whole range is read, the flags over what has been read, all of it in the range: a flag, or a
  // receipt a flag names, may still be missing then, but none shown is false.
  const flags = useMemo(
    () => wholeFlags ?? reviewFlags(loaded ? [...loaded.scanned, ...loaded.ahead].map(recordOf) : []),
    [loaded, wholeFlags],
  );
  const list: ReviewList =
    state === 'loading' || !loaded
      ? { phase: state === 'failed' ? 'failed' : 'loading' }
      : state === 'failed'
        ? { phase: 'failed' }
        : { phase: 'ready', rows: loaded.rows, flags, more: !loaded.done, loadingMore: state === 'more' };
  return { list, more };
}
