/** Types shared by the printer session and its job runner: events, timing, the fault sink. */
import type { PrinterStatus } from '../escpos/status-model';
import type { PrinterError } from '../transport/types';
import type { Activity, FaultObservation, StatusFaultKind } from './faults';
import type { PrintJob } from './job-chunks';

/** Whether the printer answers status queries. */
export type Answering = 'unknown' | 'yes' | 'no';

/**
 * Where faults go before the session acts on them: the app passes the fault log's `recordFault`. The
 * session awaits it, so a fault is on record before a job is declared failed or the printer lost.
 */
export type FaultSink = (observation: FaultObservation) => Promise<unknown>;

/** Events of a session, declared as a map like the transport's. */
export interface SessionEventMap {
  status: { status: PrinterStatus; faults: readonly StatusFaultKind[]; at: number };
  answering: { answering: Answering };
  printing: { printing: boolean };
  /**
   * Every byte of `job` was accepted by the transport; the printer has not confirmed it yet (the fence is
   * about to be asked). From here on a lost page most likely left paper behind, so callers journal it.
   */
  sent: { job: PrintJob; activity: Activity };
  /** The transport went away; the session is over. */
  lost: { error: PrinterError };
  /** The fault sink rejected; the session carried on without the record. */
  'sink-error': { error: unknown; observation: FaultObservation };
}

/** Every wait of the session, in milliseconds. Tests shorten them; nothing waits unbounded. */
export interface SessionTiming {
  /** How long a status query may take before the printer counts as not answering. */
  replyTimeoutMs: number;
  /** Status polling while idle and no ASB (the brief: at most 1 s). */
  pollIntervalMs: number;
  /** Liveness polling when ASB pushes changes, or when the printer does not answer at all. */
  slowPollIntervalMs: number;
  /** Status checks while waiting for a job's fence. */
  jobPollIntervalMs: number;
  /** Base wait for the fence after the last byte was accepted… */
  fenceTimeoutMs: number;
  /** …plus this much per byte of the job (printing speed). */
  fenceMsPerByte: number;
  /** How long an overheated head may pause a job before it counts as failed (it recovers by itself). */
  overheatWaitMs: number;
  /** Bytes sent between two mid-job status checks. */
  pieceBytes: number;
}

/** The waits used in the app. */
export const DEFAULT_TIMING: SessionTiming = Object.freeze({
  replyTimeoutMs: 800,
  pollIntervalMs: 1000,
  slowPollIntervalMs: 5000,
  jobPollIntervalMs: 400,
  fenceTimeoutMs: 15_000,
  fenceMsPerByte: 0.2,
  overheatWaitMs: 30_000,
  pieceBytes: 4096,
});
