/**
 * Ending faults that are gone: when a printer's fresh status no longer shows a fault, its open entries end —
 * "fixed" when a person had to act (load paper, close the cover), "cleared by itself" otherwise.
 */
import type { FaultKind, FaultResolution } from '../printer/faults';
import type { PrinterIdentity } from '../transport/types';
import { database, emit, write } from './db';
import { printerKeyOf } from './fault-entry';

// Faults that only end because someone did something at the printer.
const NEEDS_A_PERSON: ReadonlySet<FaultKind> = new Set<FaultKind>([
  'paper-out',
  'paper-near-end',
  'cover-open',
  'cutter-jam',
  'recoverable-error',
  'unrecoverable-error',
  'disconnected',
  'access-denied',
  'claimed',
]);

/** How a fault that disappeared ended. */
export function endingOf(kind: FaultKind): FaultResolution {
  return NEEDS_A_PERSON.has(kind) ? 'fixed-by-merchant' : 'cleared-by-itself';
}

/**
 * Ends every open entry of `printer` whose kind is not in `present` (the faults of a status it just
 * answered). Reads first and writes only when something ended; resolves with how many ended.
 */
export async function settleClearedFaults(
  printer: PrinterIdentity,
  present: readonly FaultKind[],
  at = Date.now(),
): Promise<number> {
  const key = printerKeyOf(printer);
  const range = IDBKeyRange.bound([key], [key, []]);
  const open = (await (await database()).getAllFromIndex('faults', 'fold', range)).filter(
    (row) => row.resolved === 0 && !present.includes(row.kind),
  );
  if (open.length === 0) return 0;
  const ids = open.map((row) => row.id);
  const ended = await write(['faults'], async (tx) => {
    let count = 0;
    for (const id of ids) {
      if (id === undefined) continue;
      const row = await tx.store.get(id);
      // Re-read inside the transaction: another tab or a newer observation may have changed it.
      if (!row || row.resolved !== 0 || present.includes(row.kind)) continue;
      await tx.store.put({ ...row, resolved: 1, resolution: { how: endingOf(row.kind), at } });
      count += 1;
    }
    return count;
  });
  if (ended > 0) emit({ kind: 'faults-changed', ended: true });
  return ended;
}
