/**
 * Printing a journaled receipt again, exactly once: the receipt is claimed in the journal (a compare-and-set
 * to `printing`) before a byte is sent, so racing status events, two tabs or a reload cannot print it twice.
 */
import type { FaultKind } from '../printer/faults';
import type { JournalChange, JournalEntry } from '../store/journal';
import type { SaleJournal, SalePrinter } from './types';

/** How a reprint ended. */
export type ReprintOutcome =
  | { kind: 'printed' }
  | { kind: 'sent-unconfirmed' }
  | { kind: 'failed'; cause: FaultKind }
  /** The printer cannot take it now; the journal was not touched. */
  | { kind: 'not-ready'; cause: FaultKind }
  /** Someone else already claimed it (or it no longer needs paper); nothing was printed. */
  | { kind: 'not-claimed' };

/** The journal as a reprint needs it: the sale's writes plus a compare-and-set (the store's `updateReceiptIf`). */
export interface ReprintJournal extends Pick<SaleJournal, 'setState'> {
  claim(
    id: string,
    when: (entry: JournalEntry) => boolean,
    change: JournalChange,
    at: number,
  ): Promise<JournalEntry | null>;
}

/** What `reprintReceipt` needs. */
export interface ReprintDeps {
  printer: SalePrinter;
  journal: ReprintJournal;
  now(): number;
}

/** True for a receipt whose customer still has no paper: never printed, failed, or given an e-receipt after a failure. */
export function needsPaper(entry: JournalEntry): boolean {
  return (
    entry.state === 'pending' ||
    entry.state === 'printing' ||
    entry.state === 'failed' ||
    (entry.state === 'e-receipt-issued' && entry.failure !== null)
  );
}

/** True when a receipt may be claimed for printing now (`printing` means a job is already on its way). */
export function claimable(entry: JournalEntry): boolean {
  return needsPaper(entry) && entry.state !== 'printing';
}

/** Claims receipt `id`, prints it and journals how it ended. */
export async function reprintReceipt(id: string, deps: ReprintDeps): Promise<ReprintOutcome> {
  const readiness = deps.printer.readiness();
  if (!readiness.ready) return { kind: 'not-ready', cause: readiness.cause };
  const claimed = await deps.journal.claim(id, claimable, { state: 'printing' }, deps.now());
  if (!claimed) return { kind: 'not-claimed' };
  // A receipt that never reached the printer (still pending when the app closed) is printed for the first time.
  const done: JournalChange = { state: claimed.failure === null ? 'printed' : 'reprinted' };
  const outcome = await deps.printer.print(deps.printer.render(claimed.receipt), {
    kind: 'printing-receipt',
    receiptId: id,
  });
  if (outcome.kind === 'failed') {
    await deps.journal.setState(
      id,
      {
        state: 'failed',
        cause: outcome.cause,
        ...(outcome.detail === undefined ? {} : { detail: outcome.detail }),
      },
      deps.now(),
    );
    return { kind: 'failed', cause: outcome.cause };
  }
  await deps.journal.setState(id, done, deps.now());
  return outcome;
}

/**
 * Receipts left `printing` by a page that closed mid-job become `failed` (cause `disconnected`), so they are
 * offered again and reprinted once. `busy(id)` says whether a live page still owns the job (e.g. a held lock).
 * Resolves with the receipts it moved.
 */
export async function recoverInterrupted(
  entries: readonly JournalEntry[],
  journal: Pick<ReprintJournal, 'claim'>,
  now: () => number,
  busy: (id: string) => Promise<boolean> = () => Promise.resolve(false),
): Promise<JournalEntry[]> {
  const moved: JournalEntry[] = [];
  for (const entry of entries) {
    if (entry.state !== 'printing' || (await busy(entry.id))) continue;
    const same = (now: JournalEntry) => now.state === 'printing' && now.updatedAt === entry.updatedAt;
    const change: JournalChange = {
      state: 'failed',
      cause: 'disconnected',
      detail: 'Interrupted: the app closed while printing.',
    };
    const updated = await journal.claim(entry.id, same, change, now());
    if (updated) moved.push(updated);
  }
  return moved;
}
