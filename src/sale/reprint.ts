/**
 * Printing a journaled receipt again, exactly once: the receipt is claimed in the journal (a compare-and-set
 * to `printing`) before a byte is sent, so racing status events, two tabs or a reload cannot print it twice.
 */
import type { FaultKind } from '../printer/faults';
import type { JournalChange, JournalEntry } from '../store/journal';
import { sentJournal } from './sent-journal';
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

/** The journal as a reprint needs it: state changes and the compare-and-set (the store's `updateReceiptIf`). */
export type ReprintJournal = Pick<SaleJournal, 'setState' | 'claim'>;

/** What `reprintReceipt` needs. */
export interface ReprintDeps {
  printer: SalePrinter;
  journal: ReprintJournal;
  now(): number;
}

/**
 * True for a receipt whose customer may still have no paper: never printed, failed, given an e-receipt after
 * a failure, or sent with nobody seeing the printer confirm it (the merchant looks).
 */
export function needsPaper(entry: JournalEntry): boolean {
  return (
    entry.state === 'pending' ||
    entry.state === 'printing' ||
    entry.state === 'sent' ||
    entry.state === 'unconfirmed' ||
    entry.state === 'failed' ||
    (entry.state === 'e-receipt-issued' && entry.failure !== null)
  );
}

/** True when a receipt may be claimed for printing now (`printing` and `sent`: a job is on its way). */
export function claimable(entry: JournalEntry): boolean {
  return needsPaper(entry) && entry.state !== 'printing' && entry.state !== 'sent';
}

/**
 * True when the app may print a receipt again by itself: it failed for sure. A `pending` receipt may be a
 * sale between its journal entry and its first byte; an `unconfirmed` one is most likely on paper already,
 * so only the merchant, who can look at the printer, may ask for it again.
 */
export function autoReprintable(entry: JournalEntry): boolean {
  return claimable(entry) && entry.state !== 'pending' && entry.state !== 'unconfirmed';
}

/** Claims receipt `id`, prints it and journals how it ended. */
export async function reprintReceipt(id: string, deps: ReprintDeps): Promise<ReprintOutcome> {
  const readiness = deps.printer.readiness();
  if (!readiness.ready) return { kind: 'not-ready', cause: readiness.cause };
  // The state the claim found (the claim itself leaves `printing`).
  const found: { state: JournalEntry['state'] | null } = { state: null };
  const claimed = await deps.journal.claim(
    id,
    (entry) => {
      found.state = entry.state;
      return claimable(entry);
    },
    { state: 'printing' },
    deps.now(),
  );
  if (!claimed) return { kind: 'not-claimed' };
  // A receipt that never reached the printer (still pending when the app closed) is printed for the first
  // time; one that failed, or may already be on paper (`unconfirmed`), is printed again.
  const again = claimed.failure !== null || found.state === 'unconfirmed';
  const done: JournalChange = { state: again ? 'reprinted' : 'printed' };
  const job = deps.printer.render(claimed.receipt);
  const sent = sentJournal(id, deps.journal, deps.now);
  const outcome = await deps.printer.print(job, { kind: 'printing-receipt', receiptId: id }, sent.mark);
  await sent.written();
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
 * offered again and reprinted once. Receipts left `sent` (every byte had reached the printer) become
 * `unconfirmed`: most likely on paper, so they are not reprinted unless the merchant asks. `busy(id)` says
 * whether a live page still owns the job (e.g. a held lock). Resolves with the receipts it moved.
 */
export async function recoverInterrupted(
  entries: readonly JournalEntry[],
  journal: Pick<ReprintJournal, 'claim'>,
  now: () => number,
  busy: (id: string) => Promise<boolean> = () => Promise.resolve(false),
): Promise<JournalEntry[]> {
  const moved: JournalEntry[] = [];
  for (const entry of entries) {
    if ((entry.state !== 'printing' && entry.state !== 'sent') || (await busy(entry.id))) continue;
    const left = entry.state;
    const same = (now: JournalEntry) => now.state === left && now.updatedAt === entry.updatedAt;
    const change: JournalChange =
      left === 'sent'
        ? { state: 'unconfirmed' }
        : { state: 'failed', cause: 'disconnected', detail: 'Interrupted: the app closed while printing.' };
    const updated = await journal.claim(entry.id, same, change, now());
    if (updated) moved.push(updated);
  }
  return moved;
}

/**
 * The merchant looked at the printer and the receipt is there: an `unconfirmed` receipt becomes `printed`
 * without a byte sent. Resolves with the new entry, or null if the receipt had moved on meanwhile.
 */
export function confirmPrinted(
  id: string,
  journal: Pick<ReprintJournal, 'claim'>,
  now: () => number,
): Promise<JournalEntry | null> {
  return journal.claim(id, (entry) => entry.state === 'unconfirmed', { state: 'printed' }, now());
}
