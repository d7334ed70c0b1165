/**
 * Value codings of link format 1 that are not plain varints or text: the sale time, table codes for
 * currency and locale, and digit-only references. Part of format 1: tables are only ever appended to.
 */
import { DamagedLinkError, type ByteReader, type ByteWriter } from './bytes';

/** Currency codes with a one-byte code (index + 1); others travel as text after a 0. */
export const CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'HKD',
  'TWD',
  'JPY',
  'GBP',
  'SGD',
  'MOP',
  'KRW',
  'AUD',
  'CAD',
  'CHF',
];
/** Locale tags with a one-byte code, likewise. */
export const LOCALES = [
  'zh-CN',
  'en',
  'zh-TW',
  'zh-HK',
  'en-US',
  'en-GB',
  'zh',
  'zh-Hans',
  'zh-Hant',
  'fr',
  'de',
  'ja',
];
const EPOCH = Date.UTC(2025, 0, 1) / 1000;

const CANONICAL_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(Z|([+-])(\d\d):(\d\d))$/;

/** RFC 3339 text of a UTC instant seen at `offsetMinutes` (`null` = "Z"). */
export function formatTime(seconds: number, offsetMinutes: number | null): string {
  const local = new Date((seconds + (offsetMinutes ?? 0) * 60) * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${String(local.getUTCFullYear()).padStart(4, '0')}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
  const clock = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  if (offsetMinutes === null) return `${date}T${clock}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${clock}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

// Time code: 0 = the text follows as is; 1 = "Z"; 2 + (offset in quarter hours + 64) otherwise.
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

/** Reads a time written by `writeTime`. */
export function readTime(r: ByteReader): string {
  const code = r.uint();
  if (code === 0) return r.string();
  if (code > 2 + 127) throw new DamagedLinkError('time offset out of range');
  const seconds = r.int() + EPOCH;
  if (Math.abs(seconds) > 8.64e12) throw new DamagedLinkError('time out of range');
  return formatTime(seconds, code === 1 ? null : (code - 2 - 64) * 15);
}

/** Writes `value` as its index + 1 in `table`, or 0 and the text. */
export function writeCode(w: ByteWriter, table: readonly string[], value: string): void {
  const index = table.indexOf(value);
  w.uint(index + 1);
  if (index < 0) w.string(value);
}

/** Reads a value written by `writeCode`. */
export function readCode(r: ByteReader, table: readonly string[]): string {
  const index = r.uint();
  if (index === 0) return r.string();
  const value = table[index - 1];
  if (value === undefined) throw new DamagedLinkError('unknown table code');
  return value;
}

/** Bytes that hold a decimal number of `length` digits. */
export function digitByteCount(length: number): number {
  return Math.ceil((length * Math.log2(10)) / 8);
}

/** A digit string as a big-endian number of `digitByteCount(length)` bytes. */
export function digitsToBytes(digits: string): Uint8Array {
  let value = BigInt(digits);
  const out = new Uint8Array(digitByteCount(digits.length));
  for (let i = out.length - 1; i >= 0; i--, value >>= 8n) out[i] = Number(value & 0xffn);
  return out;
}

/** The digit string of `length` digits written by `digitsToBytes`. */
export function bytesToDigits(bytes: Uint8Array, length: number): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  const text = value.toString().padStart(length, '0');
  if (text.length !== length) throw new DamagedLinkError('reference digits overflow');
  return text;
}
