/** Statistics and the printer list for the fault log screen, loaded after the first page is on screen. */
import { useEffect, useState } from 'preact/hooks';
import { allFaults, loggedPrinters, type LoggedPrinter } from '../../store/index';
import { faultStats, type FaultStats } from './stats';
import { weekStart } from './time';

const WEEKS = 8;

/**
 * Weekly statistics of the last eight weeks and the printers in the log, loaded once `start` is true (after
 * the first page is on screen, so they never delay it) and again whenever `version` changes.
 */
export function useFaultSidebar(
  version: number,
  start: boolean,
): { stats: FaultStats | null; printers: LoggedPrinter[] } {
  const [stats, setStats] = useState<FaultStats | null>(null);
  const [printers, setPrinters] = useState<LoggedPrinter[]>([]);
  useEffect(() => {
    if (!start) return undefined;
    let cancelled = false;
    // Reading weeks of entries costs main-thread time: wait until the first page has been painted.
    const handle = requestIdleCallback(
      () => {
        const now = Date.now();
        let from = weekStart(now);
        for (let i = 1; i < WEEKS; i++) from = weekStart(from - 1);
        Promise.all([allFaults({ from }), loggedPrinters()]).then(
          ([entries, found]) => {
            if (cancelled) return;
            setStats(faultStats(entries, now, WEEKS));
            setPrinters(found);
          },
          (error: unknown) => console.error('fault statistics unavailable', error),
        );
      },
      { timeout: 1000 },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(handle);
    };
  }, [version, start]);
  return { stats, printers };
}
