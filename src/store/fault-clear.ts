/**
 * Pruning policy, the merchant's part: "Clear old entries" (offered once storage is full, after exporting
 * the log) deletes every resolved fault entry. Open faults and receipts are never deleted. The store's own
 * part, when a write finds the disk full, deletes the older half of the resolved entries (`db.ts`).
 */
import { emit, write } from './db';

/** Deletes every resolved fault entry; resolves with how many were deleted. */
export async function clearResolvedFaults(): Promise<number> {
  const deleted = await write(
    ['faults'],
    async (tx) => {
      const range = IDBKeyRange.bound([1, -Infinity], [1, Infinity]);
      let count = 0;
      for (
        let cursor = await tx.store.index('by-resolved').openCursor(range);
        cursor;
        cursor = await cursor.continue()
      ) {
        await cursor.delete();
        count += 1;
      }
      return count;
    },
    // Deleting needs no room; pruning first would only delete some of the same entries.
    { prune: false },
  );
  emit({ kind: 'faults-changed' });
  return deleted;
}
