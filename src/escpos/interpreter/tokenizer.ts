/**
 * Splits an ESC/POS byte stream into whole commands. Pure: `nextToken(bytes)` returns `{ consumed, token }`,
 * with `consumed: 0` when the command at the front is incomplete (wait for more bytes). Lengths and
 * parameter layouts follow the Epson ESC/POS reference (one page per command, cited by mnemonic below);
 * ESC B n t (buzzer) and FS C 0xFF (UTF-8) follow the Xprinter/GPrinter and Sunmi manuals.
 */

/** One command (or run of text) with its parameters. `size` is the number of bytes it took. */
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
const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

type Build = (p: Uint8Array) => Token;
/** Fixed-length commands: total length including the prefix, and how to read the parameters. */
const FIXED: ReadonlyMap<number, readonly [number, Build]> = new Map<number, readonly [number, Build]>([
  [key(ESC, 0x40), [2, () => ({ op: 'init' })]], // ESC @
  [key(ESC, 0x21), [3, (p) => ({ op: 'print-mode', n: p[2]! })]], // ESC !
  [key(ESC, 0x45), [3, (p) => ({ op: 'bold', n: p[2]! })]], // ESC E
  [key(ESC, 0x47), [3, (p) => ({ op: 'bold', n: p[2]! })]], // ESC G double-strike prints as bold
  [key(ESC, 0x2d), [3, (p) => ({ op: 'underline', n: p[2]! })]], // ESC -
  [key(ESC, 0x61), [3, (p) => ({ op: 'align', n: p[2]! })]], // ESC a
  [key(ESC, 0x32), [2, () => ({ op: 'default-spacing' })]], // ESC 2
  [key(ESC, 0x33), [3, (p) => ({ op: 'line-spacing', n: p[2]! })]], // ESC 3
  [key(ESC, 0x64), [3, (p) => ({ op: 'feed-lines', n: p[2]! })]], // ESC d
  [key(ESC, 0x4a), [3, (p) => ({ op: 'feed-dots', n: p[2]! })]], // ESC J
  [key(ESC, 0x4d), [3, (p) => ({ op: 'font', n: p[2]! })]], // ESC M
  [key(ESC, 0x74), [3, (p) => ({ op: 'code-page', n: p[2]! })]], // ESC t
  [key(ESC, 0x52), [3, (p) => ({ op: 'intl', n: p[2]! })]], // ESC R
  [key(ESC, 0x20), [3, (p) => ({ op: 'char-spacing', n: p[2]! })]], // ESC SP
  [key(ESC, 0x7b), [3, (p) => ({ op: 'upside-down', n: p[2]! })]], // ESC {
  [key(ESC, 0x24), [4, (p) => ({ op: 'abs-position', dots: p[2]! | (p[3]! << 8) })]], // ESC $ nL nH
  [key(ESC, 0x5c), [4, (p) => ({ op: 'rel-position', dots: signed16(p[2]! | (p[3]! << 8)) })]], // ESC \
  [key(ESC, 0x70), [5, (p) => ({ op: 'drawer', pin: p[2]! & 1 ? 5 : 2, onUnits: p[3]!, offUnits: p[4]! })]], // ESC p
  [key(ESC, 0x42), [4, (p) => ({ op: 'beep', times: p[2]!, units: p[3]! })]], // ESC B n t (clones)
  [key(ESC, 0x69), [2, () => ({ op: 'cut', partial: true, feed: 0 })]], // ESC i (legacy partial cut)
  [key(ESC, 0x6d), [2, () => ({ op: 'cut', partial: true, feed: 0 })]], // ESC m (legacy partial cut)
  [key(ESC, 0x56), [3, () => ({ op: 'ignored', name: 'ESC V (90° rotation)' })]],
  [key(ESC, 0x3d), [3, () => ({ op: 'ignored', name: 'ESC = (select peripheral)' })]],
  [key(ESC, 0x25), [3, () => ({ op: 'ignored', name: 'ESC % (user-defined characters)' })]],
  [key(ESC, 0x55), [3, () => ({ op: 'ignored', name: 'ESC U (unidirectional)' })]],
  [key(ESC, 0x72), [3, () => ({ op: 'ignored', name: 'ESC r (colour)' })]],
  [key(ESC, 0x63), [4, () => ({ op: 'ignored', name: 'ESC c (panel / paper sensors)' })]],
  [key(ESC, 0x4c), [2, () => ({ op: 'ignored', name: 'ESC L (page mode)' })]],
  [key(ESC, 0x53), [2, () => ({ op: 'ignored', name: 'ESC S (standard mode)' })]],
  [key(ESC, 0x54), [3, () => ({ op: 'ignored', name: 'ESC T (page mode direction)' })]],
  [key(ESC, 0x57), [10, () => ({ op: 'ignored', name: 'ESC W (page mode area)' })]],
  [key(GS, 0x21), [3, (p) => ({ op: 'size', n: p[2]! })]], // GS !
  [key(GS, 0x42), [3, (p) => ({ op: 'reverse', n: p[2]! })]], // GS B
  [key(GS, 0x48), [3, (p) => ({ op: 'hri', n: p[2]! })]], // GS H
  [key(GS, 0x68), [3, (p) => ({ op: 'barcode-height', n: p[2]! })]], // GS h
  [key(GS, 0x77), [3, (p) => ({ op: 'barcode-width', n: p[2]! })]], // GS w
  [key(GS, 0x66), [3, () => ({ op: 'ignored', name: 'GS f (HRI font)' })]],
  [key(GS, 0x4c), [4, (p) => ({ op: 'left-margin', dots: p[2]! | (p[3]! << 8) })]], // GS L nL nH
  [key(GS, 0x57), [4, (p) => ({ op: 'print-width', dots: p[2]! | (p[3]! << 8) })]], // GS W nL nH
  [key(GS, 0x61), [3, (p) => ({ op: 'asb', n: p[2]! })]], // GS a
  [key(GS, 0x72), [3, (p) => ({ op: 'transmit-status', n: p[2]! })]], // GS r
  [key(GS, 0x49), [3, (p) => ({ op: 'printer-id', n: p[2]! })]], // GS I
  [key(GS, 0x50), [4, () => ({ op: 'ignored', name: 'GS P (motion units)' })]],
  [key(GS, 0x24), [4, () => ({ op: 'ignored', name: 'GS $ (page mode position)' })]],
  [key(GS, 0x5c), [4, () => ({ op: 'ignored', name: 'GS \\ (page mode position)' })]],
  [key(GS, 0x2f), [3, () => ({ op: 'ignored', name: 'GS / (downloaded image)' })]],
  [key(GS, 0x62), [3, () => ({ op: 'ignored', name: 'GS b (smoothing)' })]],
  [key(GS, 0x3a), [2, () => ({ op: 'ignored', name: 'GS : (macro)' })]],
  [key(FS, 0x26), [2, () => ({ op: 'kanji-on' })]], // FS &
  [key(FS, 0x2e), [2, () => ({ op: 'kanji-off' })]], // FS .
  [key(FS, 0x21), [3, (p) => ({ op: 'kanji-mode', n: p[2]! })]], // FS !
  [key(FS, 0x2d), [3, (p) => ({ op: 'ignored', name: `FS - ${p[2]} (kanji underline)` })]],
  [key(FS, 0x43), [3, (p) => ({ op: 'kanji-code', n: p[2]! })]], // FS C (0xFF = UTF-8 on Sunmi)
  [key(FS, 0x53), [4, () => ({ op: 'ignored', name: 'FS S (kanji spacing)' })]],
  [key(FS, 0x57), [3, () => ({ op: 'ignored', name: 'FS W (kanji quadruple)' })]],
  [key(FS, 0x70), [4, () => ({ op: 'ignored', name: 'FS p (NV bit image)' })]],
  [key(DLE, 0x04), [3, (p) => ({ op: 'realtime-status', n: p[2]! })]], // DLE EOT n
  [key(DLE, 0x05), [3, (p) => ({ op: 'realtime-request', n: p[2]! })]], // DLE ENQ n
]);

function key(prefix: number, code: number): number {
  return (prefix << 8) | code;
}

function signed16(value: number): number {
  return value >= 0x8000 ? value - 0x10000 : value;
}

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
  const total = 7 + (input[3]! | (input[4]! << 8) | (input[5]! << 16) | (input[6]! << 24));
  if (input.length < total) return INCOMPLETE;
  return { consumed: total, token: { op: 'unknown', reason: 'unsupported GS 8 L graphics function' } };
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
