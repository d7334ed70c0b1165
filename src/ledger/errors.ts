/** Why a bill could not be read, or a ledger question could not be answered: a code for programs, a message for people. */
export type LedgerErrorCode =
  /** The text is neither UTF-8 nor GB18030. */
  | 'bill-encoding'
  /** No known layout and no column mapping fits the file. */
  | 'bill-unknown-layout'
  /** A known layout, but the file stops before its data ends (no summary / end marker). */
  | 'bill-truncated'
  /** A known layout whose row breaks it (a bad amount or time), with the line number. */
  | 'bill-bad-row'
  /** A column mapping that does not fit the file. */
  | 'bill-bad-mapping'
  /** A time zone the platform does not know. */
  | 'bad-time-zone'
  /** A day that is not YYYY-MM-DD, or a start hour outside 0–23. */
  | 'bad-day';

export class LedgerError extends Error {
  override readonly name = 'LedgerError';
  constructor(
    readonly code: LedgerErrorCode,
    message: string,
    /** 1-based line of the file the problem is on, where there is one. */
    readonly line?: number,
  ) {
    super(message);
  }
}
