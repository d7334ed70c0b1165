/** Practice drills on the virtual printer: each one's times, newest last in the index. */
import { database, write } from './db';
import type { DrillRecord } from './schema';

export type { DrillRecord } from './schema';

/** Records a drill; resolves with its id. */
export function saveDrill(drill: DrillRecord): Promise<number> {
  const copy = structuredClone(drill);
  return write(['drills'], async (tx) => (await tx.store.put(copy)) as number);
}

/** The most recent drill, if any. */
export async function lastDrill(): Promise<DrillRecord | undefined> {
  const db = await database();
  const cursor = await db.transaction('drills').store.index('by-time').openCursor(null, 'prev');
  return cursor?.value;
}

export async function listDrills(): Promise<DrillRecord[]> {
  return (await (await database()).getAllFromIndex('drills', 'by-time')).reverse();
}
