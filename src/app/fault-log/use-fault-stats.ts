/**
 * Statistics and the printer list for the fault log screen: read from the log once (after the first page is on
 * screen), then kept current from what each recorded fault reports, so a fault written while the screen is open
 * costs no read of the log at all.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PrinterIdentity } from '../../transport/types';
import {
  allFaults,
  loggedPrinters,
  onStoreEvent,
  type FaultEntry,
  type LoggedPrinter,
} from '../../store/index';
import { faultStats, isCurrent, withRecorded, type Counted, type FaultStats } from './stats';
import { weekStart } from './time';
import { throttle } from './throttle';
import { REFRESH_MS } from './use-fault-log';

const WEEKS = 8;

/** The window's first moment: local midnight of the Monday `WEEKS - 1` weeks before this one. */
function windowStart(now: number): number {
  let from = weekStart(now);
  for (let i = 1; i < WEEKS; i++) from = weekStart(from - 1);
  return from;
}

/** What the screen shows, and what it counted of each entry (by id) to fold later observations in. */
interface Totals {
  stats: FaultStats;
  counted: Map<number, Counted>;
}

/** `totals` with one more stored entry; an entry already counted at this count (or later) changes nothing. */
function fold(totals: Totals, entry: FaultEntry): Totals {
  const before = totals.counted.get(entry.id);
  if (before && before.count >= entry.count) return totals;
  totals.counted.set(entry.id, { lastAt: entry.lastAt, count: entry.count });
  return { stats: withRecorded(totals.stats, entry, before), counted: totals.counted };
}

function withPrinter(list: LoggedPrinter[], key: string, printer: PrinterIdentity | null): LoggedPrinter[] {
  return list.some((known) => known.printerKey === key) ? list : [...list, { printerKey: key, printer }];
}

/**
 * Weekly statistics of the last eight weeks and the printers in the log, read once `start` is true (after the
 * first page is on screen, so they never delay it), again only when the week turns or old entries were pruned.
 */
export function useFaultSidebar(start: boolean): { stats: FaultStats | null; printers: LoggedPrinter[] } {
  const [totals, setTotals] = useState<Totals | null>(null);
  const [printers, setPrinters] = useState<LoggedPrinter[]>([]);
  const [reads, setReads] = useState(0);
  const shown = useRef<Totals | null>(null);
  // Entries recorded while the log is being read: the read may or may not have seen them (see `fold`).
  const pending = useRef<FaultEntry[] | null>(null);
  const show = (next: Totals) => {
    shown.current = next;
    setTotals(next);
  };
  // Totals follow every fault at once; the chart repaints at once, then at most once per REFRESH_MS.
  const [repaint] = useState(() => throttle(() => setTotals(shown.current), REFRESH_MS));
  const showSoon = (next: Totals) => {
    shown.current = next;
    repaint.call();
  };
  useEffect(() => () => repaint.cancel(), []);

  useEffect(
    () =>
      onStoreEvent((event) => {
        if (event.kind !== 'faults-changed' && event.kind !== 'pruned') return;
        // Resolving entries changes no count; deleting them does, and then only a read can tell.
        if (event.kind === 'pruned' || (!event.recorded && !event.ended)) setReads((n) => n + 1);
        if (event.kind !== 'faults-changed' || !event.recorded) return;
        const entry = event.recorded;
        setPrinters((list) => withPrinter(list, entry.printerKey, entry.printer));
        if (pending.current) pending.current.push(entry);
        else if (shown.current && !isCurrent(shown.current.stats, Date.now())) setReads((n) => n + 1);
        else if (shown.current) showSoon(fold(shown.current, entry));
      }),
    [],
  );

  useEffect(() => {
    if (!start) return undefined;
    let cancelled = false;
    // Reading weeks of entries costs main-thread time: wait until the first page has been painted.
    const handle = requestIdleCallback(
      () => {
        const now = Date.now();
        const during: FaultEntry[] = [];
        pending.current = during;
        const done = () => {
          if (pending.current === during) pending.current = null;
        };
        Promise.all([allFaults({ from: windowStart(now) }), loggedPrinters()]).then(
          ([entries, found]) => {
            done();
            if (cancelled) return;
            const counted = new Map(entries.map((e) => [e.id, { lastAt: e.lastAt, count: e.count }]));
            show(during.reduce(fold, { stats: faultStats(entries, now, WEEKS), counted }));
            setPrinters(during.reduce((list, e) => withPrinter(list, e.printerKey, e.printer), found));
          },
          (error: unknown) => {
            done();
            console.error('fault statistics unavailable', error);
          },
        );
      },
      { timeout: 1000 },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(handle);
    };
  }, [start, reads]);
  return { stats: totals?.stats ?? null, printers };
}
