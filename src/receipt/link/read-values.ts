/**
 * Reading the value codings of link format 1 that are not plain varints or text: the sale time, table codes
 * for currency and locale, and digit-only references. Part of format 1: tables are only ever appended to.
 * The writing side is `pack-values.ts`.
 */
import { DamagedLinkError, type ByteReader } from './bytes';

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
/** Link times count seconds from 2025-01-01T00:00:00Z. */
export const EPOCH = Date.UTC(2025, 0, 1) / 1000;

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
/** Reads a time written by `writeTime`. */
export function readTime(r: ByteReader): string {
  const code = r.uint();
  if (code === 0) return r.string();
  if (code > 2 + 127) throw new DamagedLinkError('time offset out of range');
  const seconds = r.int() + EPOCH;
  if (Math.abs(seconds) > 8.64e12) throw new DamagedLinkError('time out of range');
  return formatTime(seconds, code === 1 ? null : (code - 2 - 64) * 15);
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

/** The digit string of `length` digits written by `digitsToBytes`. */
export function bytesToDigits(bytes: Uint8Array, length: number): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  const text = value.toString().padStart(length, '0');
  if (text.length !== length) throw new DamagedLinkError('reference digits overflow');
  return text;
}
