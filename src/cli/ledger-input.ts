/** Shared by the ledger commands: a receipts file (a JSON array of receipts), bill files, time zone options. */
import { readFileSync } from 'node:fs';
import { ReceiptError } from '../receipt/errors';
import { parseReceipt } from '../receipt/validate';
import type { Receipt } from '../receipt/types';
import { decodeTextFile } from '../text/text-file';
import { localTimeZone, wallClockAt } from '../ledger/zoned-time';
import { LedgerError } from '../ledger/errors';
import { UsageError } from './receipt-input';

/** A file the command cannot use; main prints the message and exits 1 (or 3 for an invalid receipt). */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: 'unreadable' | 'not-a-list' | 'invalid-receipt' | 'bad-bill',
    message: string,
  ) {
    super(message);
  }
}

/** Every receipt of a `receipts.json` (the app's export), each validated; the first bad one is named. */
export function readReceiptsFile(path: string): Receipt[] {
  const text = decodeTextFile(readFileSync(path === '-' ? 0 : path));
  if (!text.ok) throw new InputError('unreadable', `${path}: ${text.problem}`);
  let list: unknown;
  try {
    list = JSON.parse(text.text);
  } catch (error) {
    throw new InputError('unreadable', `${path}: not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(list)) throw new InputError('not-a-list', `${path}: expected a JSON array of receipts`);
  return list.map((item, i) => {
    try {
      return parseReceipt(JSON.stringify(item));
    } catch (error) {
      if (!(error instanceof ReceiptError)) throw error;
      throw new InputError('invalid-receipt', `${path}: receipt [${i}]: (${error.code}) ${error.message}`);
    }
  });
}

/** `--tz`: an IANA zone this platform knows, else the machine's. */
export function timeZoneOption(options: Map<string, string>): string {
  const zone = options.get('tz') ?? localTimeZone();
  try {
    wallClockAt(0, zone);
  } catch (error) {
    if (error instanceof LedgerError) throw new UsageError(`--tz: ${error.message}`);
    throw error;
  }
  return zone;
}

/** A whole-number option within bounds. */
export function integerOption(
  options: Map<string, string>,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const raw = options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}
