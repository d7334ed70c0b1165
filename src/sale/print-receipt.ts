/**
 * One sale's receipt, end to end: validate, journal, print to a confirmed end, and when paper fails issue
 * the signed e-receipt at once. Every state change is written before the next step starts (design.md,
 * "The flow of one sale's receipt"), so a reload or crash finds the receipt and offers to finish it. Only the
 * caller that takes the receipt out of `pending` (a compare-and-set in the journal) goes on with it: two tabs
 * tapping Print at once, or a tab and the automatic reprint, never both print it.
 */
import type { FaultKind, FaultObservation } from '../printer/faults';
import type { JobOutcome } from '../printer/job-outcome';
import { checkReceipt } from '../receipt/validate';
import type { Receipt } from '../receipt/types';
import { isStoreError } from '../store/errors';
import type { JournalChange } from '../store/journal';
import { sameReceipt } from '../store/journal-conflicts';
import { orFail } from './errors';
import { sentJournal } from './sent-journal';
import type { Readiness, SaleDeps, SaleOutcome } from './types';

/**
 * Prints `input` (anything: it is validated first) and resolves with how the receipt reached the customer.
 * Rejects only with a SaleError (journal or signing failed); printer faults end in an e-receipt.
 */
export async function printReceipt(input: unknown, deps: SaleDeps): Promise<SaleOutcome> {
  const check = checkReceipt(input);
  if (!check.ok) return { kind: 'rejected', error: check.error };
  const receipt = check.receipt;
  const id = receipt.id;
  const journaled = await orFail('journal-failed', 'The receipt could not be journaled', () =>
    deps.journal.save(receipt, deps.now()),
  );
  // One receipt per id: a different receipt under a journaled id is never printed as, nor in place of, it.
  if (!sameReceipt(journaled.receipt, receipt)) return { kind: 'id-taken', saved: journaled.receipt };
  deps.onStep?.({ kind: 'journaled', receiptId: id });

  const readiness = deps.printer.readiness();
  if (!readiness.ready) return notReady(receipt, readiness, deps);

  const job = deps.printer.render(receipt);
  const mine = await takeFirst(id, { state: 'printing' }, 'The printing state could not be journaled', deps);
  if (!mine) return { kind: 'not-claimed' };
  deps.onStep?.({ kind: 'printing', receiptId: id });
  const sent = sentJournal(id, deps.journal, deps.now);
  const outcome = await deps.printer.print(job, { kind: 'printing-receipt', receiptId: id }, sent.mark);
  await sent.written();
  return finish(receipt, outcome, deps);
}

/**
 * Takes receipt `id` out of `pending` with `change` (the journal's compare-and-set): resolves true for the one
 * caller that did, false for any other, which must leave the receipt to whoever has it.
 */
async function takeFirst(
  id: string,
  change: JournalChange,
  message: string,
  deps: SaleDeps,
): Promise<boolean> {
  const taken = await orFail('journal-failed', message, () =>
    deps.journal.claim(id, (entry) => entry.state === 'pending', change, deps.now()),
  );
  return taken !== null;
}

const NOT_SENT = 'Not sent: the printer was not ready.';

/** The printer cannot take the job: log why, then straight to the e-receipt. */
async function notReady(
  receipt: Receipt,
  readiness: Extract<Readiness, { ready: false }>,
  deps: SaleDeps,
): Promise<SaleOutcome> {
  const { cause } = readiness;
  // Taken before the screen hears of the failure: a caller that lost the receipt to another (which may be
  // printing it on its own printer) must neither show a QR for it nor write `failed` over that job.
  const change: JournalChange = { state: 'failed', cause, detail: NOT_SENT };
  if (!(await takeFirst(receipt.id, change, 'The failure could not be journaled', deps)))
    return { kind: 'not-claimed' };
  deps.onStep?.({ kind: 'failed', receiptId: receipt.id, cause });
  const link = startLink(receipt, deps);
  await logFault(deps, {
    kind: cause,
    at: deps.now(),
    printer: readiness.printer,
    status: readiness.status,
    raw: readiness.status?.raw ?? [],
    activity: { kind: 'printing-receipt', receiptId: receipt.id },
    detail: NOT_SENT,
  });
  return issued(receipt, cause, link, deps);
}

async function finish(receipt: Receipt, outcome: JobOutcome, deps: SaleDeps): Promise<SaleOutcome> {
  const id = receipt.id;
  switch (outcome.kind) {
    case 'printed':
      await orFail('journal-failed', 'The printed state could not be journaled', () =>
        deps.journal.setState(id, { state: 'printed' }, deps.now()),
      );
      return { kind: 'printed' };
    case 'sent-unconfirmed':
      // A printer that never answers status would otherwise leave every receipt unfinished for ever; the
      // bytes were accepted, so the journal counts it printed and the screen asks the merchant to look.
      await orFail('journal-failed', 'The printed state could not be journaled', () =>
        deps.journal.setState(id, { state: 'printed' }, deps.now()),
      );
      return { kind: 'sent-unconfirmed' };
    case 'failed': {
      // The session already logged the fault (its sink is awaited before a job is declared failed).
      deps.onStep?.({ kind: 'failed', receiptId: id, cause: outcome.cause });
      const link = startLink(receipt, deps);
      return failed(receipt, outcome.cause, outcome.detail, link, deps);
    }
  }
}

/** Journals the failure, then the issued link; the link was being signed meanwhile. */
async function failed(
  receipt: Receipt,
  cause: FaultKind,
  detail: string | undefined,
  link: Promise<string>,
  deps: SaleDeps,
): Promise<SaleOutcome> {
  await orFail('journal-failed', 'The failure could not be journaled', () =>
    deps.journal.setState(
      receipt.id,
      { state: 'failed', cause, ...(detail === undefined ? {} : { detail }) },
      deps.now(),
    ),
  );
  return issued(receipt, cause, link, deps);
}

/** Journals the issued link of a receipt already journaled `failed`, once it is signed. */
async function issued(
  receipt: Receipt,
  cause: FaultKind,
  link: Promise<string>,
  deps: SaleDeps,
): Promise<SaleOutcome> {
  const ready = await orFail('link-failed', 'The e-receipt link could not be made', () => link);
  await orFail('journal-failed', 'The issued e-receipt could not be journaled', () =>
    deps.journal.setState(receipt.id, { state: 'e-receipt-issued', link: ready }, deps.now()),
  );
  return { kind: 'e-receipt-issued', link: ready, cause };
}

/**
 * Logs the fault that kept the receipt off paper. A full disk does not keep the QR from the customer: the
 * store has already told the merchant that storage is full; any other failure stops the sale as before.
 */
async function logFault(deps: SaleDeps, observation: FaultObservation): Promise<void> {
  try {
    await deps.recordFault(observation);
  } catch (error) {
    if (!isStoreError(error, 'storage-full')) throw error;
  }
}

/** Starts signing at once (it runs beside the journal writes) and tells the screen the moment it is ready. */
function startLink(receipt: Receipt, deps: SaleDeps): Promise<string> {
  const link = deps.issueLink(receipt);
  void link.then(
    (ready) => deps.onStep?.({ kind: 'link', receiptId: receipt.id, link: ready }),
    // The rejection is reported by `failed`, which awaits the same promise.
    () => undefined,
  );
  return link;
}
