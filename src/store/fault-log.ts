/**
 * The fault log: every fault is written here, and the write awaited, before the app acts on it. Repeated
 * identical observations of a still-open fault fold into one entry with a count and a last-seen time.
 */
import type { FaultKind, FaultObservation, FaultResolution } from '../printer/faults';
import type { PrinterIdentity } from '../transport/types';
import { database, emit, write, type StoreEvent } from './db';
import { StoreError } from './errors';
import { entryOf, printerKeyOf } from './fault-entry';
import type { FaultEntry, FaultRow } from './schema';

export { activityKeyOf, entryOf, NO_PRINTER, printerKeyOf } from './fault-entry';
export type { FaultEntry, FaultEnding } from './schema';

/** Which open entry an observation folds into: same printer, kind and activity, still unresolved. */
function foldKey(row: FaultRow): [string, string, string, number] {
  return [row.printerKey, row.kind, row.activityKey, 0];
}

/**
 * Records one observation and resolves once it is on disk: a new entry, or the open identical entry with
 * its count raised and its last-seen time, status and raw bytes updated. Resolves with the stored entry.
 */
export async function recordFault(obs: FaultObservation): Promise<FaultEntry> {
  const fresh = entryOf(obs);
  const recorded = await write(['faults'], async (tx): Promise<FaultEntry> => {
    const open = await tx.store.index('fold').get(foldKey(fresh));
    if (open && open.id !== undefined && open.resolved === 0) {
      const folded: FaultEntry = {
        ...open,
        id: open.id,
        count: open.count + 1,
        lastAt: Math.max(open.lastAt, fresh.at),
        status: fresh.status ?? open.status,
        raw: fresh.raw.length > 0 ? fresh.raw : open.raw,
        ...(fresh.detail === undefined ? {} : { detail: fresh.detail }),
      };
      await tx.store.put(folded);
      return folded;
    }
    const id = await tx.store.add(fresh);
    return { ...fresh, id };
  });
  // What changed travels with the event, so a screen showing totals adds it up instead of reading the log again.
  emit({ kind: 'faults-changed', recorded });
  return recorded;
}

/** Marks one entry as ended. Rejects with `not-found` when it does not exist; an ended entry keeps its first ending. */
export function resolveFault(id: number, how: FaultResolution, at = Date.now()): Promise<FaultEntry> {
  return changed(
    write(['faults'], async (tx) => {
      const row = await tx.store.get(id);
      if (!row || row.id === undefined) throw new StoreError('not-found', { store: 'faults', id });
      if (row.resolved === 1) return { ...row, id: row.id };
      const ended: FaultEntry = { ...row, id: row.id, resolved: 1, resolution: { how, at } };
      await tx.store.put(ended);
      return ended;
    }),
    ENDED,
  );
}

/**
 * Ends every open entry of `printer` whose kind is in `kinds` (e.g. the paper is back: paper-out and
 * paper-near-end). Resolves with how many entries were ended.
 */
export function resolveOpenFaults(
  printer: PrinterIdentity | string | null,
  kinds: readonly FaultKind[],
  how: FaultResolution,
  at = Date.now(),
): Promise<number> {
  const key = typeof printer === 'string' ? printer : printerKeyOf(printer);
  return changed(
    write(['faults'], async (tx) => {
      const index = tx.store.index('fold');
      let ended = 0;
      for (const kind of new Set(kinds)) {
        // All activities of this printer and kind: [key, kind, '' ...] up to [key, kind, <any array>].
        const range = IDBKeyRange.bound([key, kind], [key, kind, []]);
        for (let cursor = await index.openCursor(range); cursor; cursor = await cursor.continue()) {
          const row = cursor.value;
          if (row.resolved !== 0) continue;
          await cursor.update({ ...row, resolved: 1, resolution: { how, at } });
          ended += 1;
        }
      }
      return ended;
    }),
    ENDED,
  );
}

/** Open (unresolved) entries, newest first. */
export async function openFaults(limit = 100): Promise<FaultEntry[]> {
  const db = await database();
  const range = IDBKeyRange.bound([0, -Infinity], [0, Infinity]);
  const rows: FaultEntry[] = [];
  const tx = db.transaction('faults');
  for (
    let cursor = await tx.store.index('by-resolved').openCursor(range, 'prev');
    cursor && rows.length < limit;
    cursor = await cursor.continue()
  ) {
    rows.push(cursor.value as FaultEntry);
  }
  await tx.done;
  return rows;
}

/** One entry by id, or undefined. */
export async function getFault(id: number): Promise<FaultEntry | undefined> {
  const row = await (await database()).get('faults', id);
  return row as FaultEntry | undefined;
}

/** Passes a committed write's result through, telling this tab's listeners that the log changed. */
async function changed<T>(written: Promise<T>, event: StoreEvent = { kind: 'faults-changed' }): Promise<T> {
  const result = await written;
  emit(event);
  return result;
}

/** The event of a change that only resolved entries: every count in the log stands. */
const ENDED: StoreEvent = { kind: 'faults-changed', ended: true };
