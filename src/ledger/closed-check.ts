/**
 * Whether a closed day's receipts are still the ones it counted: the day's SHA-256 says whether anything moved,
 * and one digest per receipt, kept with the closed day, says how many receipts differ (changed, added, gone).
 */
import { receiptsDigest } from './day-summary';
import type { Receipt } from '../receipt/types';

/** SHA-256 (hex) of each receipt alone, by id. */
export async function receiptDigests(receipts: readonly Receipt[]): Promise<Record<string, string>> {
  const pairs = await Promise.all(receipts.map(async (r) => [r.id, await receiptsDigest([r])] as const));
  return Object.fromEntries(pairs);
}

/** What a day was closed with, and what its receipts are now. */
export interface DayDigests {
  digest: string;
  /** Per-receipt digests by id. */
  receipts: Record<string, string>;
}

export type ClosedCheck =
  | { kind: 'unchanged' }
  | { kind: 'changed'; changed: string[]; added: string[]; removed: string[]; differ: number };

/** Compares a closed day with the same day summed again now. */
export function checkClosedDay(closed: DayDigests, now: DayDigests): ClosedCheck {
  if (closed.digest === now.digest) return { kind: 'unchanged' };
  const changed: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  for (const [id, digest] of Object.entries(now.receipts)) {
    const before = closed.receipts[id];
    if (before === undefined) added.push(id);
    else if (before !== digest) changed.push(id);
  }
  for (const id of Object.keys(closed.receipts)) if (!(id in now.receipts)) removed.push(id);
  // The day's digest moved, so at least one receipt differs even when the per-receipt record cannot say which.
  const differ = Math.max(1, changed.length + added.length + removed.length);
  return { kind: 'changed', changed: changed.sort(), added: added.sort(), removed: removed.sort(), differ };
}
