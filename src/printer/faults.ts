/**
 * Faults: what stops (or threatens) a receipt, as one closed set of kinds shared by the printer session,
 * the fault log, the status screen and the troubleshooting wizard.
 */
import type { PrinterStatus } from '../escpos/status-model';
import type { PrinterErrorCode, PrinterIdentity } from '../transport/types';

/** Faults read from the printer's own status replies. */
export type StatusFaultKind =
  | 'paper-out'
  | 'paper-near-end'
  | 'cover-open'
  | 'cutter-jam'
  | 'overheated'
  | 'recoverable-error'
  | 'unrecoverable-error'
  | 'offline';

/** Faults of the connection: the printer could not be reached or did not answer sensibly. */
export type ConnectionFaultKind = 'no-answer' | PrinterErrorCode;

export type FaultKind = StatusFaultKind | ConnectionFaultKind;

/** Faults after which a receipt cannot be printed until someone acts. */
const BLOCKING: ReadonlySet<FaultKind> = new Set<FaultKind>([
  'paper-out',
  'cover-open',
  'cutter-jam',
  'overheated',
  'recoverable-error',
  'unrecoverable-error',
  'offline',
]);

/** True when a fault stops printing (paper near end, for example, does not). */
export function isBlocking(kind: FaultKind): boolean {
  return BLOCKING.has(kind) || !isStatusFault(kind);
}

export function isStatusFault(kind: FaultKind): kind is StatusFaultKind {
  return (STATUS_FAULT_ORDER as readonly string[]).includes(kind);
}

/** Most specific first: a cover-open printer is also offline, and "cover open" is what helps the merchant. */
const STATUS_FAULT_ORDER: readonly StatusFaultKind[] = [
  'cover-open',
  'paper-out',
  'cutter-jam',
  'overheated',
  'unrecoverable-error',
  'recoverable-error',
  'offline',
  'paper-near-end',
];

/** Every fault a status shows, most specific first; `offline` only when no more specific cause explains it. */
export function faultsOf(status: PrinterStatus): StatusFaultKind[] {
  const present: Record<StatusFaultKind, boolean> = {
    'cover-open': status.coverOpen,
    'paper-out': status.paper === 'out' || status.stoppedByPaperEnd,
    'cutter-jam': status.cutterError,
    overheated: status.headOverheated,
    'unrecoverable-error': status.unrecoverableError,
    'recoverable-error': status.recoverableError,
    offline: !status.online,
    'paper-near-end': status.paper === 'near-end',
  };
  const found = STATUS_FAULT_ORDER.filter((kind) => present[kind]);
  const explained = found.some((kind) => kind !== 'offline' && kind !== 'paper-near-end');
  return explained ? found.filter((kind) => kind !== 'offline') : found;
}

/** What the app was doing when a fault was seen. */
export type Activity =
  | { kind: 'idle' }
  | { kind: 'connecting' }
  | { kind: 'printing-receipt'; receiptId: string }
  | { kind: 'test-page' }
  /** The day-close summary (settlement slip). */
  | { kind: 'day-summary' }
  | { kind: 'troubleshooting' };

/**
 * One observation of a fault, as the printer session reports it. The app writes it to the fault log
 * (and waits for the write) before the session acts on it.
 */
export interface FaultObservation {
  kind: FaultKind;
  /** Epoch milliseconds. */
  at: number;
  /** Which printer; null when the fault is that no printer could be reached at all. */
  printer: PrinterIdentity | null;
  /** The typed status the fault was read from, when it came from a status reply. */
  status: PrinterStatus | null;
  /** The raw reply bytes behind the observation, for support (empty when there was no reply). */
  raw: readonly number[];
  activity: Activity;
  /** Technical detail for the support report (e.g. the browser's error message); never shown as the headline. */
  detail?: string;
}

/** How a logged fault ended. */
export type FaultResolution =
  'cleared-by-itself' | 'fixed-by-merchant' | 'receipt-reprinted' | 'e-receipt-issued' | 'gave-up';
