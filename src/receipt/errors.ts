/** Coded errors of the receipt layer: the app maps each code to zh/en text; the message names the field. */

/** Why a receipt was rejected. */
export type ReceiptErrorCode =
  | 'not-json'
  | 'wrong-type'
  | 'missing'
  | 'unknown-field'
  | 'too-short'
  | 'too-long'
  | 'too-few'
  | 'too-many'
  | 'pattern'
  | 'not-allowed'
  | 'out-of-range'
  | 'not-integer'
  | 'bad-time'
  | 'line-mismatch'
  | 'total-mismatch'
  | 'payment-mismatch';

/** A receipt that breaks the schema or does not add up; `path` is the field, e.g. `items[3].amount`. */
export class ReceiptError extends Error {
  override readonly name = 'ReceiptError';
  constructor(
    readonly code: ReceiptErrorCode,
    readonly path: string,
    detail: string,
  ) {
    super(path ? `${path}: ${detail}` : detail);
  }
}
