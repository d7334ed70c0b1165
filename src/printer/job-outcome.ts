/** How a print job ended. Every job ends in exactly one of these, within a bounded time. */
import type { FaultKind } from './faults';

export type JobOutcome =
  /** The printer confirmed (status fence answered, no fault) that it processed every byte. */
  | { kind: 'printed' }
  /** The job did not print completely; `cause` is the fault that stopped it. */
  | { kind: 'failed'; cause: FaultKind; detail?: string }
  /** Every byte was accepted, but the printer does not answer status queries, so nobody can confirm it printed. */
  | { kind: 'sent-unconfirmed' };
