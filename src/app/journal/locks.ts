/**
 * One Web Lock per receipt while it prints (Web Locks API): held locks vanish with their page, so a receipt
 * left `printing` whose lock nobody holds was interrupted, while one whose lock is held is printing in a
 * live tab and must be left alone. The print screen holds it for a whole tap (reading the journal, taking
 * the receipt, the job), so a tap in another tab at the same moment finds it taken.
 */
import type { JobOutcome } from '../../printer/job-outcome';

const lockName = (receiptId: string) => `receipt-rescue.printing.${receiptId}`;

function lockManager(): LockManager | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

/** Runs `work` holding receipt `receiptId`'s printing lock (or without one where the API is missing). */
export async function withReceiptLock(
  receiptId: string,
  work: () => Promise<JobOutcome>,
): Promise<JobOutcome> {
  const manager = lockManager();
  if (!manager) return work();
  return await manager.request(lockName(receiptId), work);
}

/**
 * Runs `work` holding receipt `receiptId`'s printing lock, unless a live page (this one included) holds it
 * already: then nothing runs and it resolves with null. Where the API is missing, `work` runs.
 */
export async function ifReceiptFree<T>(receiptId: string, work: () => Promise<T>): Promise<T | null> {
  const manager = lockManager();
  if (!manager) return work();
  return await manager.request(lockName(receiptId), { ifAvailable: true }, (lock) => (lock ? work() : null));
}

/** Whether a live page holds receipt `id`'s printing lock. */
export async function printingElsewhere(id: string): Promise<boolean> {
  const manager = lockManager();
  if (!manager) return false;
  const { held = [] } = await manager.query();
  return held.some((lock) => lock.name === lockName(id));
}

/**
 * Resolves once nobody holds receipt `id`'s printing lock any more (the live tab finished its job, or was
 * closed and its lock went with it). Resolves at once where the API is missing.
 */
export async function printingDoneElsewhere(id: string): Promise<void> {
  const manager = lockManager();
  if (!manager) return;
  // Taking the lock waits for its holder to let go; nothing is done while holding it.
  await manager.request(lockName(id), () => undefined);
}
