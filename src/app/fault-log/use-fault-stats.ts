/** Statistics and the printer list for the fault log screen, loaded after the first page is on screen. */
import { useEffect, useState } from 'preact/hooks';
import { allFaults, loggedPrinters, type LoggedPrinter } from '../../store/index';
import { faultStats, type FaultStats } from './stats';
import { weekStart } from './time';

const WEEKS = 8;

/** Weekly statistics of the last eight weeks and the printers in the log; reloaded when `version` changes. */
export function useFaultSidebar(version: number): { stats: FaultStats | null; printers: LoggedPrinter[] } {
  const [stats, setStats] = useState<FaultStats | null>(null);
  const [printers, setPrinters] = useState<LoggedPrinter[]>([]);
  useEffect(() => {
    let cancelled = false;
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
    return () => {
      cancelled = true;
    };
  }, [version]);
  return { stats, printers };
}
