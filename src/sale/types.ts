/**
 * The contracts of one sale's receipt: how it ended (`SaleOutcome`), what the orchestration needs from the
 * layers below (printer, journal, fault log, signer, clock) and the steps it reports on the way.
 */
import type { PrinterStatus } from '../escpos/status-model';
import type { Activity, FaultKind, FaultObservation } from '../printer/faults';
import type { JobOutcome } from '../printer/job-outcome';
import type { PrintJob } from '../printer/job-chunks';
import type { ReceiptError } from '../receipt/errors';
import type { Receipt } from '../receipt/types';
import type { JournalChange, JournalEntry } from '../store/journal';
import type { PrinterIdentity } from '../transport/types';

/** How one sale's receipt reached the customer. */
export type SaleOutcome =
  /** The printer confirmed the receipt was printed. */
  | { kind: 'printed' }
  /** Paper failed (or the printer was not ready): the customer gets the signed link as a QR instead. */
  | { kind: 'e-receipt-issued'; link: string; cause: FaultKind }
  /** Every byte was accepted but the printer cannot say whether it printed; the merchant should look. */
  | { kind: 'sent-unconfirmed' }
  /** The receipt itself is wrong (a line does not add up, a field is missing); nothing was journaled. */
  | { kind: 'rejected'; error: ReceiptError }
  /**
   * Another receipt is journaled under this id (`saved`): nothing was printed, and the journaled receipt was
   * left as it is (the store logs the refused one beside it, code `id-taken`).
   */
  | { kind: 'id-taken'; saved: Receipt }
  /**
   * The receipt was no longer `pending` when this call went to take it: another tab, the automatic reprint or
   * an earlier call has it (printing it, or done with it). Nothing was printed, logged or issued here.
   */
  | { kind: 'not-claimed' };

/** Whether a receipt can be sent to the printer now, and if not, why. */
export type Readiness =
  | { ready: true }
  | {
      ready: false;
      cause: FaultKind;
      printer: PrinterIdentity | null;
      status: PrinterStatus | null;
    };

/** The printer as the sale sees it: a readiness check and a job run to a confirmed end. */
export interface SalePrinter {
  readiness(): Readiness;
  /**
   * Runs one job; resolves with how it ended (never rejects for printer faults). `onSent` is called once
   * every byte was accepted, before the printer confirms (see the session's `sent` event).
   */
  print(job: PrintJob, activity: Activity, onSent?: () => void): Promise<JobOutcome>;
  /** The job for a receipt on this printer (its profile decides columns and code page). */
  render(receipt: Receipt): PrintJob;
}

/** The receipt journal (the store's `saveReceipt` / `setReceiptState` / `updateReceiptIf` fit). */
export interface SaleJournal {
  save(receipt: Receipt, at: number): Promise<JournalEntry>;
  setState(id: string, change: JournalChange, at: number): Promise<JournalEntry>;
  /**
   * A compare-and-set: applies `change` only if `when` holds for the receipt's entry, read and written as one
   * step (one IndexedDB transaction), so of callers racing for one receipt exactly one gets it. Resolves with
   * the new entry, or null when the receipt is unknown or `when` refused it.
   */
  claim(
    id: string,
    when: (entry: JournalEntry) => boolean,
    change: JournalChange,
    at: number,
  ): Promise<JournalEntry | null>;
}

/** Everything `printReceipt` needs, injected so it runs in Node with fakes and in the app with the store. */
export interface SaleDeps {
  printer: SalePrinter;
  journal: SaleJournal;
  /** The fault log's `recordFault`; awaited. */
  recordFault(observation: FaultObservation): Promise<unknown>;
  /** The signed e-receipt link of a receipt (viewer base + signing key chosen by the caller). */
  issueLink(receipt: Receipt): Promise<string>;
  now(): number;
  /**
   * Told each step as soon as it is known, before it is written (for a screen that must not wait); a printer
   * not ready is known once the journal has given this call the receipt (see `not-claimed`).
   */
  onStep?(step: SaleStep): void;
}

/** Steps of a sale as they happen, for screens and tests. */
export type SaleStep =
  | { kind: 'journaled'; receiptId: string }
  | { kind: 'printing'; receiptId: string }
  | { kind: 'failed'; receiptId: string; cause: FaultKind }
  | { kind: 'link'; receiptId: string; link: string };
