/** Keeps the fault log honest while the app runs: faults the printer no longer reports are ended. */
import { useEffect } from 'preact/hooks';
import { printerKeyOf } from '../../store/fault-entry';
import { settleClearedFaults } from '../../store/fault-settle';
import type { PrinterView } from '../printer-view';

/** Anything that reports printer views (the printer controller). */
export interface ViewSource {
  subscribe(listener: (view: PrinterView) => void): () => void;
}

/**
 * Watches `source`; each time a connected printer answers with a different set of faults, ends the open
 * entries of the faults that went away.
 */
export function useSettleClearedFaults(source: ViewSource): void {
  useEffect(() => {
    let last: string | null = null;
    return source.subscribe((view) => {
      if (view.state !== 'connected' || view.status === null) {
        last = null;
        return;
      }
      const key = `${printerKeyOf(view.identity)}|${view.faults.join(',')}`;
      if (key === last) return;
      last = key;
      settleClearedFaults(view.identity, view.faults).catch((error: unknown) =>
        console.warn('could not end cleared faults', error),
      );
    });
  }, [source]);
}
