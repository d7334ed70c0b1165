/**
 * Splits an ESC/POS byte stream into whole commands. Pure: `nextToken(bytes)` returns `{ consumed, token }`,
 * with `consumed: 0` when the command at the front is incomplete (wait for more bytes). Lengths and
 * parameter layouts follow the Epson ESC/POS reference (one page per command, cited by mnemonic below);
 * ESC B n t (buzzer) and FS C 0xFF (UTF-8) follow the Xprinter/GPrinter and Sunmi manuals.
 */

import { DLE, ESC, FIXED, FS, GS, key } from './command-table';

/** One command (or run of text) with its parameters. */
export type Token =
  | { op: 'text'; bytes: Uint8Array }
  | { op: 'lf' | 'cr' | 'ht' | 'init' | 'kanji-on' | 'kanji-off' | 'default-spacing' | 'nul' }
  | {
      op: 'print-mode' | 'bold' | 'underline' | 'reverse' | 'size' | 'align' | 'font' | 'code-page';
      n: number;
    }
  | { op: 'intl' | 'kanji-mode' | 'kanji-code' | 'upside-down' | 'char-spacing' | 'line-spacing'; n: number }
  | { op: 'feed-lines' | 'feed-dots' | 'hri' | 'barcode-height' | 'barcode-width'; n: number }
  | { op: 'left-margin' | 'print-width' | 'abs-position' | 'rel-position'; dots: number }
  | { op: 'cut'; partial: boolean; feed: number }
  | { op: 'drawer'; pin: number; onUnits: number; offUnits: number }
  | { op: 'beep'; times: number; units: number }
  | { op: 'barcode'; m: number; data: Uint8Array }
  | { op: 'qr'; fn: number; params: Uint8Array }
  /** GS ( L / GS 8 L graphics function `fn` (m = 48) with its parameters after fn. */
  | { op: 'graphics'; fn: number; params: Uint8Array }
  | { op: 'raster'; mode: number; widthBytes: number; height: number; data: Uint8Array }
  | { op: 'bit-image'; mode: number; columns: number; data: Uint8Array }
  | { op: 'realtime-status'; n: number }
  | { op: 'realtime-request'; n: number }
  | { op: 'asb'; n: number }
  | { op: 'transmit-status'; n: number }
  | { op: 'printer-id'; n: number }
  | { op: 'completion-request'; id: string }
  /** Understood, but with no effect on the paper model (panel keys, peripheral select, page mode…). */
  | { op: 'ignored'; name: string }
  | { op: 'unknown'; reason: string };

/** One step of the tokenizer. */
export interface TokenStep {
  consumed: number;
  token: Token | null;
}

const INCOMPLETE: TokenStep = { consumed: 0, token: null };

/** Reads one command or text run from the front of `input`. */
export function nextToken(input: Uint8Array): TokenStep {
  if (input.length === 0) return INCOMPLETE;
  const b = input[0]!;
  if (b >= 0x20) {
    let end = 1;
    while (end < input.length && input[end]! >= 0x20) end++;
    return { consumed: end, token: { op: 'text', bytes: input.slice(0, end) } };
  }
  switch (b) {
    case 0x0a:
      return { consumed: 1, token: { op: 'lf' } };
    case 0x0d:
      return { consumed: 1, token: { op: 'cr' } };
    case 0x09:
      return { consumed: 1, token: { op: 'ht' } };
    case 0x00:
      return { consumed: 1, token: { op: 'nul' } };
    case ESC:
    case GS:
    case FS:
    case DLE:
      return prefixed(input);
    default:
      return { consumed: 1, token: { op: 'unknown', reason: `control byte 0x${hex(b)}` } };
  }
}

function prefixed(input: Uint8Array): TokenStep {
  if (input.length < 2) return INCOMPLETE;
  const [prefix, code] = [input[0]!, input[1]!];
  const fixed = FIXED.get(key(prefix, code));
  if (fixed) {
    const [length, build] = fixed;
    return input.length < length ? INCOMPLETE : { consumed: length, token: build(input.subarray(0, length)) };
  }
  if (code === 0x28 && prefix !== DLE) return lengthPrefixed(input); // ESC ( / GS ( / FS ( x pL pH …
  if (prefix === ESC && code === 0x2a) return bitImage(input);
  if (prefix === ESC && code === 0x44)
    return untilNul(input, 2, () => ({ op: 'ignored', name: 'ESC D (tab stops)' }));
  if (prefix === GS && code === 0x76) return raster(input);
  if (prefix === GS && code === 0x56) return gsCut(input);
  if (prefix === GS && code === 0x6b) return barcode(input);
  if (prefix === GS && code === 0x38 && input[2] === 0x4c) return graphics8L(input);
  if (prefix === GS && code === 0x2a) return downloadImage(input);
  if (prefix === DLE && code === 0x14) return dleDc4(input);
  return { consumed: 2, token: { op: 'unknown', reason: `unknown command ${hex(prefix)} ${hex(code)}` } };
}

/** `pre ( fn pL pH` followed by pL + 256·pH bytes (Epson: GS ( k, GS ( H, GS ( L, GS ( E, ESC ( A …). */
function lengthPrefixed(input: Uint8Array): TokenStep {
  if (input.length < 5) return INCOMPLETE;
  const total = 5 + input[3]! + (input[4]! << 8);
  if (input.length < total) return INCOMPLETE;
  const [prefix, fn] = [input[0]!, input[2]!];
  const body = input.subarray(5, total);
  if (prefix === GS && fn === 0x6b && body[0] === 0x31) {
    return { consumed: total, token: { op: 'qr', fn: body[1] ?? 0, params: body.slice(2) } }; // GS ( k cn=49 QR
  }
  if (prefix === GS && fn === 0x48 && body.length === 6 && body[0] === 0x30 && body[1] === 0x30) {
    const id = String.fromCharCode(...body.subarray(2)); // GS ( H fn=48 m=48 d1..d4
    return { consumed: total, token: { op: 'completion-request', id } };
  }
  if (prefix === GS && fn === 0x4c && body[0] === 0x30) {
    return { consumed: total, token: { op: 'graphics', fn: body[1] ?? 0, params: body.slice(2) } }; // GS ( L m=48
  }
  const name = `${prefix === GS ? 'GS' : prefix === FS ? 'FS' : 'ESC'} ( ${String.fromCharCode(fn)}`;
  return { consumed: total, token: { op: 'unknown', reason: `unsupported ${name} function` } };
}

/** ESC * m nL nH d1…dk: k = n for 8-dot modes (m 0, 1), 3n for 24-dot modes (m 32, 33) (Epson: ESC *). */
function bitImage(input: Uint8Array): TokenStep {
  if (input.length < 5) return INCOMPLETE;
  const mode = input[2]!;
  const columns = input[3]! | (input[4]! << 8);
  const bytesPerColumn = mode === 32 || mode === 33 ? 3 : mode === 0 || mode === 1 ? 1 : 0;
  if (bytesPerColumn === 0) return { consumed: 3, token: { op: 'unknown', reason: `ESC * mode ${mode}` } };
  const total = 5 + columns * bytesPerColumn;
  if (input.length < total) return INCOMPLETE;
  return { consumed: total, token: { op: 'bit-image', mode, columns, data: input.slice(5, total) } };
}

/** GS v 0 m xL xH yL yH d1…dk with k = x·y (Epson: GS v 0). */
function raster(input: Uint8Array): TokenStep {
  if (input.length < 8) return INCOMPLETE;
  if (input[2] !== 0x30) return { consumed: 3, token: { op: 'unknown', reason: 'GS v other than GS v 0' } };
  const widthBytes = input[4]! | (input[5]! << 8);
  const height = input[6]! | (input[7]! << 8);
  const total = 8 + widthBytes * height;
  if (input.length < total) return INCOMPLETE;
  const data = input.slice(8, total);
  return { consumed: total, token: { op: 'raster', mode: input[3]! & 0x03, widthBytes, height, data } };
}

/** GS V m (m 0, 1, 48, 49) or GS V m n (m 65, 66, 97, 98, 103, 104) (Epson: GS V functions A–D). */
function gsCut(input: Uint8Array): TokenStep {
  if (input.length < 3) return INCOMPLETE;
  const m = input[2]!;
  if (m === 0 || m === 1 || m === 48 || m === 49)
    return { consumed: 3, token: { op: 'cut', partial: (m & 1) === 1, feed: 0 } };
  if ([65, 66, 97, 98, 103, 104].includes(m)) {
    if (input.length < 4) return INCOMPLETE;
    return { consumed: 4, token: { op: 'cut', partial: m % 2 === 0, feed: input[3]! } };
  }
  return { consumed: 3, token: { op: 'unknown', reason: `GS V ${m}` } };
}

/** GS k m d1…dk NUL (m 0–6, function A) or GS k m n d1…dn (m 65–79, function B) (Epson: GS k). */
function barcode(input: Uint8Array): TokenStep {
  if (input.length < 3) return INCOMPLETE;
  const m = input[2]!;
  if (m <= 6) return untilNul(input, 3, (data) => ({ op: 'barcode', m, data }));
  if (input.length < 4) return INCOMPLETE;
  const total = 4 + input[3]!;
  if (input.length < total) return INCOMPLETE;
  return { consumed: total, token: { op: 'barcode', m, data: input.slice(4, total) } };
}

/** GS 8 L p1 p2 p3 p4 m fn …: the 4-byte-length form of GS ( L (Epson: GS 8 L). */
function graphics8L(input: Uint8Array): TokenStep {
  if (input.length < 7) return INCOMPLETE;
  const total = 7 + input[3]! + input[4]! * 0x100 + input[5]! * 0x10000 + input[6]! * 0x1000000;
  if (input.length < total) return INCOMPLETE;
  const body = input.subarray(7, total);
  if (body[0] !== 0x30)
    return { consumed: total, token: { op: 'unknown', reason: 'unsupported GS 8 L graphics function' } };
  return { consumed: total, token: { op: 'graphics', fn: body[1] ?? 0, params: body.slice(2) } };
}

/** GS * x y d1…d(x·y·8) (Epson: GS *). */
function downloadImage(input: Uint8Array): TokenStep {
  if (input.length < 4) return INCOMPLETE;
  const total = 4 + input[2]! * input[3]! * 8;
  if (input.length < total) return INCOMPLETE;
  return { consumed: total, token: { op: 'ignored', name: 'GS * (define downloaded image)' } };
}

/** DLE DC4 fn …: fn 8 (clear buffers) takes 10 bytes, the others 5 (Epson: DLE DC4). */
function dleDc4(input: Uint8Array): TokenStep {
  if (input.length < 3) return INCOMPLETE;
  const fn = input[2]!;
  const total = fn === 8 ? 10 : 5;
  if (input.length < total) return INCOMPLETE;
  if (fn === 1) {
    const token: Token = { op: 'drawer', pin: input[3]! & 1 ? 5 : 2, onUnits: input[4]! * 50, offUnits: 0 };
    return { consumed: total, token };
  }
  return { consumed: total, token: { op: 'ignored', name: `DLE DC4 ${fn}` } };
}

function untilNul(input: Uint8Array, start: number, build: (data: Uint8Array) => Token): TokenStep {
  const end = input.indexOf(0x00, start);
  if (end < 0)
    return input.length - start > 255
      ? { consumed: 2, token: { op: 'unknown', reason: 'no NUL terminator' } }
      : INCOMPLETE;
  return { consumed: end + 1, token: build(input.slice(start, end)) };
}

function hex(b: number): string {
  return b.toString(16).padStart(2, '0').toUpperCase();
}
