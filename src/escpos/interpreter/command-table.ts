/**
 * The fixed-length ESC/POS commands as data: prefix and command byte → total length and how to read the
 * parameters. Lengths from the Epson ESC/POS reference (one page per mnemonic, named in each comment);
 * ESC B n t (buzzer) from the Xprinter/GPrinter manuals.
 */
import type { Token } from './tokenizer';

/** Command prefixes. */
export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;

type Build = (p: Uint8Array) => Token;
/** Fixed-length commands: total length including the prefix, and how to read the parameters. */
export const FIXED: ReadonlyMap<number, readonly [number, Build]> = new Map<number, readonly [number, Build]>(
  [
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
    [key(ESC, 0x65), [3, () => ({ op: 'ignored', name: 'ESC e (reverse feed)' })]],
    [key(ESC, 0x75), [3, () => ({ op: 'ignored', name: 'ESC u (peripheral status)' })]],
    [key(ESC, 0x76), [2, () => ({ op: 'ignored', name: 'ESC v (paper sensor status)' })]],
    [key(GS, 0x54), [3, () => ({ op: 'ignored', name: 'GS T (print position to line start)' })]],
    [key(GS, 0x67), [5, () => ({ op: 'ignored', name: 'GS g (maintenance counter)' })]],
    [key(GS, 0x6a), [3, () => ({ op: 'ignored', name: 'GS j (ink ASB)' })]],
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
  ],
);

/** The table key of a prefix and command byte. */
export function key(prefix: number, code: number): number {
  return (prefix << 8) | code;
}

function signed16(value: number): number {
  return value >= 0x8000 ? value - 0x10000 : value;
}
