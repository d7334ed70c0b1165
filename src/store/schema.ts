/**
 * The shape of everything the app keeps in IndexedDB: one `ReceiptRescueDB` schema and the record types of
 * each store. Records are plain data (structured-cloneable); keys that must be indexable avoid booleans.
 */
import type { Bill } from '../ledger/bill';
import type { DaySummary } from '../ledger/day-summary';
import type { DBSchema } from 'idb';
import type { PrinterStatus } from '../escpos/status-model';
import type { Activity, FaultKind, FaultResolution } from '../printer/faults';
import type { JobOutcome } from '../printer/job-outcome';
import type { PrinterSetup } from '../printer/profile';
import type { Receipt } from '../receipt/types';
import type { PrinterIdentity } from '../transport/types';

/** How a fault entry ended; absent while the fault is still open. */
export interface FaultEnding {
  how: FaultResolution;
  /** Epoch ms. */
  at: number;
}

interface FaultFields {
  kind: FaultKind;
  /** Epoch ms of the first observation. */
  at: number;
  /** Epoch ms of the latest observation folded into this entry (equals `at` when `count` is 1). */
  lastAt: number;
  /** How many identical observations this entry stands for. */
  count: number;
  /** `printerKeyOf(printer)`: groups entries by printer; `'none'` when no printer could be reached. */
  printerKey: string;
  printer: PrinterIdentity | null;
  /** The typed status of the latest observation, when it came from a status reply. */
  status: PrinterStatus | null;
  /** Raw reply bytes of the latest observation. */
  raw: number[];
  activity: Activity;
  /** `activityKeyOf(activity)`: what folding compares. */
  activityKey: string;
  detail?: string;
}

/** An open fault: indexable `resolved: 0`, no ending yet. */
export interface OpenFaultRow extends FaultFields {
  id?: number;
  resolved: 0;
}
/** A fault that ended: `resolved: 1` with how and when. */
export interface ResolvedFaultRow extends FaultFields {
  id?: number;
  resolved: 1;
  resolution: FaultEnding;
}
/** A fault-log record as stored (the id is assigned by the store on first write). */
export type FaultRow = OpenFaultRow | ResolvedFaultRow;
/** A fault-log entry as read back: always has its id. */
export type FaultEntry = FaultRow & { id: number };

/** JSON-like data a probe learned about a printer (columns, QR support, answers status, ...). */
export type CapabilityValue = string | number | boolean | null;

/** A printer the app has met: identity, what probing found, and the merchant's settings for it. */
export interface PrinterRecord {
  key: string;
  identity: PrinterIdentity;
  capabilities: Record<string, CapabilityValue>;
  /** `profile`: the printer profile the merchant set (absent: chosen automatically on each connect). */
  settings: { baudRate?: number; paperWidthMm?: 58 | 80; codePage?: string; profile?: PrinterSetup };
  firstSeen: number;
  lastSeen: number;
}

/**
 * Where a receipt is on its way to the customer. `sent`: every byte was accepted by the printer's connection,
 * its confirmation not yet in; `unconfirmed`: a page closed while the receipt was `sent`, so it is most
 * likely on paper but nobody saw the printer confirm it (the merchant looks and says).
 */
export type JournalState =
  'pending' | 'printing' | 'sent' | 'unconfirmed' | 'printed' | 'failed' | 'e-receipt-issued' | 'reprinted';

/** One sale's receipt in the journal. */
export interface JournalEntry {
  id: string;
  receipt: Receipt;
  state: JournalState;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
  /**
   * Epoch ms of the sale itself (`receipt.time`), for listing receipts by business time rather than by when
   * they were journaled (v3; the migration fills it on older entries).
   */
  receiptAt?: number;
  /** Why the last print failed; kept after a later success for the history. */
  failure: { cause: FaultKind; detail?: string; at: number } | null;
  /** The e-receipt link given to the customer, once issued. */
  eReceiptLink: string | null;
  /** Different receipts handed over later under this id, refused and kept for the record (absent: none). */
  conflicts?: IdConflict[];
}

/**
 * A different receipt that arrived under the id of a journaled one (code `id-taken`). It is never printed
 * nor put in place of the journaled receipt; `choice` is what the merchant decided, null until they do.
 */
export interface IdConflict {
  code: 'id-taken';
  receipt: Receipt;
  /** Epoch ms of the first and the latest arrival of this receipt. */
  at: number;
  lastAt: number;
  count: number;
  choice: 'printed-saved' | 'kept-saved' | null;
}

/** A print job's progress: `sending` until it ends (bytes sent and confirmed or not); `done` carries the outcome. */
export type JobProgress = { state: 'sending' } | { state: 'done'; outcome: JobOutcome };

/** One print job: what was printed, why, and how it ended. */
export type JobRecord = {
  id?: number;
  /** The journal receipt printed, or null for a test page. */
  receiptId: string | null;
  activity: Activity;
  printerKey: string;
  startedAt: number;
  updatedAt: number;
} & JobProgress;

/** A stored signing key pair; the private key is non-extractable. */
export interface KeyRecord {
  id: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  createdAt: number;
}

/** The database's one schema. Indexes marked v2 were added by the version 1 → 2 migration. */
export interface ReceiptRescueDB extends DBSchema {
  faults: {
    key: number;
    value: FaultRow;
    indexes: {
      'by-time': number;
      'by-kind': [string, number];
      'by-printer': [string, number];
      'by-resolved': [number, number];
      fold: [string, string, string, number];
      /** v2 */
      'by-printer-kind': [string, string, number];
    };
  };
  printers: { key: string; value: PrinterRecord; indexes: { 'by-last-seen': number } };
  receipts: {
    key: string;
    value: JournalEntry;
    indexes: {
      'by-created': number;
      /** v2 */
      'by-state': [string, number];
      /** v3 */
      'by-receipt-time': number;
    };
  };
  jobs: {
    key: number;
    value: JobRecord;
    indexes: { 'by-receipt': string; 'by-state': [string, number] };
  };
  settings: { key: string; value: unknown };
  keys: { key: string; value: KeyRecord };
  /** v3: payment platforms' bills the merchant imported. */
  bills: { key: string; value: StoredBill; indexes: { 'by-imported': number } };
  /** v3: business days the merchant closed, by day (`YYYY-MM-DD`). */
  closedDays: { key: string; value: ClosedDay };
  /** v3: practice drills on the virtual printer. */
  drills: { key: number; value: DrillRecord; indexes: { 'by-time': number } };
}

/** An imported bill: its rows as read, and the file it came from. */
export interface StoredBill {
  /** Platform, layout, merchant number and days: the same bill imported again replaces itself. */
  id: string;
  fileName: string;
  importedAt: number;
  bill: Bill;
}

/** A closed business day: the summary as it stood, which later changes to receipts do not move. */
export interface ClosedDay {
  day: string;
  closedAt: number;
  summary: DaySummary;
  /** SHA-256 of each counted receipt by id, to say which receipts changed after closing (absent on older days). */
  receiptDigests?: Record<string, string>;
}

/** One practice drill: what was rehearsed and how long each step took (ms from the fault). */
export interface DrillRecord {
  id?: number;
  scenario: string;
  startedAt: number;
  /** Fault → the customer's QR on screen. */
  toQrMs: number | null;
  /** Fault → the printer ready again. */
  toFixedMs: number | null;
  completed: boolean;
}
