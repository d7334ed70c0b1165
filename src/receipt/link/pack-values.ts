/**
 * Writing the value codings of link format 1 that are not plain varints or text (see `read-values.ts` for
 * the codings and the reading side, re-exported here).
 */
import type { ByteWriter } from './byte-writer';
import { digitByteCount, EPOCH, formatTime } from './read-values';

export {
  bytesToDigits,
  CURRENCIES,
  digitByteCount,
  formatTime,
  LOCALES,
  readCode,
  readTime,
} from './read-values';

const CANONICAL_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(Z|([+-])(\d\d):(\d\d))$/;

/** Writes an RFC 3339 time: seconds from 2025 plus an offset code when canonical, else the text. */
export function writeTime(w: ByteWriter, time: string): void {
  const m = CANONICAL_TIME.exec(time);
  if (m) {
    const offset = m[7] === 'Z' ? null : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
    const seconds = Date.parse(time) / 1000;
    if (
      Number.isSafeInteger(seconds) &&
      (offset === null || (offset % 15 === 0 && Math.abs(offset) < 16 * 60))
    ) {
      if (formatTime(seconds, offset) === time) {
        w.uint(offset === null ? 1 : 2 + offset / 15 + 64);
        w.int(seconds - EPOCH);
        return;
      }
    }
  }
  w.uint(0);
  w.string(time);
}

/** Writes `value` as its index + 1 in `table`, or 0 and the text. */
export function writeCode(w: ByteWriter, table: readonly string[], value: string): void {
  const index = table.indexOf(value);
  w.uint(index + 1);
  if (index < 0) w.string(value);
}

/** A digit string as a big-endian number of `digitByteCount(length)` bytes. */
export function digitsToBytes(digits: string): Uint8Array {
  let value = BigInt(digits);
  const out = new Uint8Array(digitByteCount(digits.length));
  for (let i = out.length - 1; i >= 0; i--, value >>= 8n) out[i] = Number(value & 0xffn);
  return out;
}
