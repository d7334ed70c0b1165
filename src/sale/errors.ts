/** Coded errors of the sale layer: what stopped the orchestration itself (not the printer, not the receipt). */

/** Why a sale could not be carried through. */
export type SaleErrorCode =
  /** The receipt could not be written to the journal, so nothing was printed (it would be lost on reload). */
  | 'journal-failed'
  /** The e-receipt link could not be made (no signing key, no crypto). */
  | 'link-failed';

/** A sale that stopped; `cause` is the underlying error. */
export class SaleError extends Error {
  override readonly name = 'SaleError';
  constructor(
    readonly code: SaleErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Awaits `work`, turning any failure into a SaleError with `code`. */
export async function orFail<T>(code: SaleErrorCode, message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new SaleError(code, `${message}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
