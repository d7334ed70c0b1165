/**
 * Pure ESC/POS command builders. Each returns a `Command` — the intent (`name`) beside the exact bytes —
 * so tests and the support view can check both. Byte values are from the Epson ESC/POS Command
 * Reference (download4.epson.biz/sec_pubs/pos/reference_en/escpos/…), cross-checked against vendor
 * command sets (Xprinter, Rongta, GPrinter) where clones differ.
 */

/** One ESC/POS command: what it means and the bytes that say it. */
export interface Command {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Why an encoder call was refused; every misuse names its code and says what was wrong. */
export type EscPosErrorCode = 'out-of-range' | 'invalid-barcode' | 'unsupported' | 'too-large';

/** The one error type of the encoder side of `src/escpos/`. */
export class EscPosError extends Error {
  override readonly name = 'EscPosError';
  constructor(
    readonly code: EscPosErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Text alignment as ESC a understands it. */
export type Alignment = 'left' | 'center' | 'right';
/** Resident fonts selectable with ESC M. */
export type Font = 'a' | 'b';
/** Underline thickness for ESC -. */
export type Underline = 'none' | 'thin' | 'thick';
/** Which cut GS V performs. */
export type CutKind = 'full' | 'partial';

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;

function cmd(name: string, ...bytes: number[]): Command {
  return { name, bytes: Uint8Array.from(bytes) };
}

/** Throws at once when an integer parameter is outside what the command accepts. */
export function checkRange(what: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new EscPosError('out-of-range', `${what} must be an integer from ${min} to ${max}, got ${value}.`);
  }
  return value;
}

/** Raw bytes (already encoded text, or data for a command that was started elsewhere). */
export function raw(name: string, bytes: Uint8Array): Command {
  return { name, bytes };
}

/* ESC @ = initialize printer: clears the buffer and resets modes (Epson: esc_atsign). */
export const initialize = (): Command => cmd('initialize', ESC, 0x40);

/* LF = print and line feed (Epson: lf). */
export const lineFeed = (): Command => cmd('line feed', 0x0a);

/* ESC E n = emphasized mode; LSB of n turns it on (Epson: esc_ce). */
export const bold = (on: boolean): Command => cmd(on ? 'bold on' : 'bold off', ESC, 0x45, on ? 1 : 0);

/* ESC - n = underline off (0), 1-dot (1), 2-dot (2) (Epson: esc_minus). */
export function underline(mode: Underline): Command {
  const n = mode === 'none' ? 0 : mode === 'thin' ? 1 : 2;
  return cmd(`underline ${mode}`, ESC, 0x2d, n);
}

/* GS B n = white/black reverse print; LSB of n turns it on (Epson: gs_cb). */
export const inverse = (on: boolean): Command => cmd(on ? 'inverse on' : 'inverse off', GS, 0x42, on ? 1 : 0);

/**
 * GS ! n = character size: bits 4–6 width magnification − 1, bits 0–2 height − 1, each 1..8
 * (Epson: gs_exclamation).
 */
export function charSize(width: number, height: number): Command {
  checkRange('character width', width, 1, 8);
  checkRange('character height', height, 1, 8);
  return cmd(`size ${width}x${height}`, GS, 0x21, ((width - 1) << 4) | (height - 1));
}

/** Double width and/or height through GS ! (same bytes as `charSize`). */
export const doubleSize = (wide: boolean, tall: boolean): Command => charSize(wide ? 2 : 1, tall ? 2 : 1);

/* ESC a n = justification 0 left, 1 centre, 2 right (Epson: esc_la). */
export function align(alignment: Alignment): Command {
  const n = alignment === 'left' ? 0 : alignment === 'center' ? 1 : 2;
  return cmd(`align ${alignment}`, ESC, 0x61, n);
}

/* ESC 3 n = line spacing n motion units (Epson: esc_3). */
export const lineSpacing = (dots: number): Command =>
  cmd(`line spacing ${dots}`, ESC, 0x33, checkRange('line spacing', dots, 0, 255));

/* ESC 2 = default line spacing, about 1/6 inch (Epson: esc_2). */
export const defaultLineSpacing = (): Command => cmd('default line spacing', ESC, 0x32);

/* ESC d n = print the buffer and feed n lines (Epson: esc_ld). */
export const feedLines = (lines: number): Command =>
  cmd(`feed ${lines} lines`, ESC, 0x64, checkRange('feed lines', lines, 0, 255));

/* ESC M n = font A (0) or font B (1) (Epson: esc_cm). */
export const font = (which: Font): Command => cmd(`font ${which}`, ESC, 0x4d, which === 'a' ? 0 : 1);

/** ESC t n = select character code table; `n` differs per printer model, see capabilities.ts. */
export const codePage = (table: number): Command =>
  cmd(`code page ${table}`, ESC, 0x74, checkRange('code table', table, 0, 255));

/* FS & = select Kanji/Chinese character mode: bytes ≥ 0x80 pair up as GB18030/GBK (Epson: fs_ampersand). */
export const chineseModeOn = (): Command => cmd('chinese mode on', FS, 0x26);

/* FS . = cancel Kanji/Chinese mode; never sent at start-up, Chinese models boot in this mode (Epson: fs_period). */
export const chineseModeOff = (): Command => cmd('chinese mode off', FS, 0x2e);

/* FS & FS C 0xFF = Sunmi built-in printers: take text as UTF-8 (Sunmi ESC/POS manual, "UTF-8 mode"). */
export const utf8Mode = (): Command => cmd('utf-8 mode', FS, 0x26, FS, 0x43, 0xff);

/**
 * Cut. Without `feed`, GS V m (0 full, 1 partial) cuts where the paper is; with `feed`, GS V 65/66 n feeds
 * n motion units to the cutter first — the form most clones accept (Epson: gs_cv, functions A and B).
 */
export function cut(kind: CutKind, feed?: number): Command {
  if (feed === undefined) return cmd(`${kind} cut`, GS, 0x56, kind === 'full' ? 0 : 1);
  checkRange('cut feed', feed, 0, 255);
  return cmd(`feed ${feed} and ${kind} cut`, GS, 0x56, kind === 'full' ? 65 : 66, feed);
}

/**
 * ESC p m t1 t2 = drawer kick pulse on connector pin 2 (m 0) or pin 5 (m 1), on for t1×2 ms and off for
 * t2×2 ms (Epson: esc_lp). Times are rounded to the 2 ms unit.
 */
export function drawerPulse(pin: 2 | 5 = 2, onMs = 100, offMs = 200): Command {
  const t1 = checkRange('drawer pulse on-time units', Math.round(onMs / 2), 0, 255);
  const t2 = checkRange('drawer pulse off-time units', Math.round(offMs / 2), 0, 255);
  return cmd(`drawer pulse pin ${pin}`, ESC, 0x70, pin === 2 ? 0 : 1, t1, t2);
}

/** How a profile makes its buzzer sound; `none` when it has no buzzer. */
export type BeeperKind = 'esc-b' | 'none';

/**
 * ESC B n t = sound the buzzer n times for t×50 ms each, on many Chinese models (Xprinter, GPrinter, HPRT
 * command sets; not in Epson's reference, where ESC B does not exist).
 */
export function beep(kind: BeeperKind, times = 1, unit50ms = 2): Command {
  if (kind === 'none') throw new EscPosError('unsupported', 'This printer has no buzzer.');
  checkRange('beep count', times, 1, 9);
  checkRange('beep duration', unit50ms, 1, 9);
  return cmd(`beep ${times}x`, ESC, 0x42, times, unit50ms);
}

/** Concatenates the bytes of many commands into one buffer. */
export function concatCommands(commands: readonly Command[]): Uint8Array {
  let size = 0;
  for (const c of commands) size += c.bytes.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of commands) {
    out.set(c.bytes, at);
    at += c.bytes.length;
  }
  return out;
}
