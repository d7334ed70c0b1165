/**
 * Barcodes through `GS k` (CODE128 with code set selection, EAN-13 with check digit, CODE39), native QR
 * through `GS ( k`, and a raster QR for printers without it, drawn from a module matrix (`qr-modules.ts`).
 */
import { EscPosError, checkRange, type Command } from './commands';
import { rasterCommands, type Bitmap, type RasterOptions } from './image';

const GS = 0x1d;

/** Where the human-readable interpretation (HRI) of a barcode prints. */
export type HriPosition = 'none' | 'above' | 'below' | 'both';

/** Options shared by the 1D barcodes. */
export interface BarcodeOptions {
  /** Bar height in dots (GS h, 1–255; default 80). */
  height?: number;
  /** Narrow module width in dots (GS w, 2–6; default 2). */
  moduleWidth?: number;
  hri?: HriPosition;
}

const HRI: Record<HriPosition, number> = { none: 0, above: 1, below: 2, both: 3 };

/* GS H n = HRI position 0 none, 1 above, 2 below, 3 both; GS h n = height; GS w n = module width
   (Epson: gs_ch, gs_lh, gs_lw). */
function barcodeSetup(options: BarcodeOptions): number[] {
  const height = checkRange('barcode height', options.height ?? 80, 1, 255);
  const width = checkRange('barcode module width', options.moduleWidth ?? 2, 2, 6);
  return [GS, 0x48, HRI[options.hri ?? 'below'], GS, 0x68, height, GS, 0x77, width];
}

function barcodeCommand(name: string, options: BarcodeOptions, m: number, data: number[]): Command {
  /* GS k m n d1…dn = print barcode, function B (m ≥ 65) with explicit length n (Epson: gs_lk). */
  return { name, bytes: Uint8Array.from([...barcodeSetup(options), GS, 0x6b, m, data.length, ...data]) };
}

/** CODE128 code sets: A (upper case + controls), B (printable ASCII), C (digit pairs). */
export type Code128Set = 'A' | 'B' | 'C';

/** Picks the code set that prints `data` shortest: C for an even run of digits, else B, else A. */
export function chooseCode128Set(data: string): Code128Set {
  if (/^(\d\d)+$/.test(data)) return 'C';
  if (/^[\x20-\x7e]*$/.test(data)) return 'B';
  return 'A';
}

/**
 * CODE128 (m = 73). The data starts with `{A`, `{B` or `{C` to select the code set; in set C each pair of
 * digits travels as one byte 0–99 (Epson: gs_lk, CODE128 notes).
 */
export function code128(data: string, options: BarcodeOptions & { codeSet?: Code128Set } = {}): Command {
  const set = options.codeSet ?? chooseCode128Set(data);
  let body: number[];
  if (set === 'C') {
    if (!/^(\d\d)+$/.test(data)) {
      throw new EscPosError('invalid-barcode', 'CODE128 set C needs an even number of digits.');
    }
    body = data.match(/\d\d/g)!.map(Number);
  } else {
    const ok = set === 'B' ? /^[\x20-\x7e]+$/ : /^[\x00-\x5f]+$/; // eslint-disable-line no-control-regex
    if (!ok.test(data)) {
      throw new EscPosError('invalid-barcode', `CODE128 set ${set} cannot carry "${data}".`);
    }
    body = [...data].map((c) => c.charCodeAt(0));
    // A literal "{" is sent as "{{" so the printer does not take it for a code set switch.
    body = body.flatMap((b) => (b === 0x7b ? [0x7b, 0x7b] : [b]));
  }
  const bytes = [0x7b, set.charCodeAt(0), ...body];
  if (bytes.length > 255) throw new EscPosError('too-large', 'CODE128 data is longer than 253 bytes.');
  return barcodeCommand(`code128 ${set} ${data}`, options, 73, bytes);
}

/** The EAN-13 check digit for the first 12 digits (weights 1,3,1,3…; GS1 General Specifications 7.9). */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** EAN-13 / JAN-13 (m = 67). Takes 12 digits (check digit added) or 13 (check digit verified). */
export function ean13(digits: string, options: BarcodeOptions = {}): Command {
  if (!/^\d{12,13}$/.test(digits)) throw new EscPosError('invalid-barcode', 'EAN-13 needs 12 or 13 digits.');
  const check = ean13CheckDigit(digits);
  if (digits.length === 13 && Number(digits[12]) !== check) {
    throw new EscPosError('invalid-barcode', `EAN-13 check digit of ${digits} should be ${check}.`);
  }
  const full = digits.slice(0, 12) + String(check);
  return barcodeCommand(
    `ean13 ${full}`,
    options,
    67,
    [...full].map((c) => c.charCodeAt(0)),
  );
}

/** CODE39 (m = 69): digits, upper-case letters, space and $ % + - . / (the printer adds the * start/stop). */
export function code39(data: string, options: BarcodeOptions = {}): Command {
  if (!/^[0-9A-Z $%+\-./]+$/.test(data)) {
    throw new EscPosError('invalid-barcode', `CODE39 cannot carry "${data}".`);
  }
  return barcodeCommand(
    `code39 ${data}`,
    options,
    69,
    [...data].map((c) => c.charCodeAt(0)),
  );
}

/** QR error-correction level. */
export type QrLevel = 'L' | 'M' | 'Q' | 'H';

/** Options for QR codes, native or raster. */
export interface QrOptions {
  /** Dots per module (native: 1–16; default 6). */
  moduleSize?: number;
  level?: QrLevel;
}

const LEVEL_BYTE: Record<QrLevel, number> = { L: 48, M: 49, Q: 50, H: 51 };

/**
 * Native QR via `GS ( k`, cn = 49 (Epson: gs_lparen_lk, functions 165/167/169/180/181): select model 2
 * (fn 65, n1 50), module size (fn 67), error level (fn 69, 48–51 = L–H), store data (fn 80, m 48), print
 * (fn 81, m 48). Data are bytes (UTF-8 for text).
 */
export function qrNative(data: string, options: QrOptions = {}): Command[] {
  const size = checkRange('QR module size', options.moduleSize ?? 6, 1, 16);
  const payload = new TextEncoder().encode(data);
  const storeLength = payload.length + 3;
  if (storeLength > 7092) throw new EscPosError('too-large', 'QR data is longer than 7089 bytes.');
  const store = new Uint8Array(8 + payload.length);
  store.set([GS, 0x28, 0x6b, storeLength & 0xff, storeLength >> 8, 0x31, 0x50, 0x30]);
  store.set(payload, 8);
  return [
    { name: 'qr model 2', bytes: Uint8Array.from([GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 50, 0]) },
    { name: `qr module ${size}`, bytes: Uint8Array.from([GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, size]) },
    {
      name: `qr level ${options.level ?? 'M'}`,
      bytes: Uint8Array.from([GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, LEVEL_BYTE[options.level ?? 'M']]),
    },
    { name: `qr store ${payload.length} bytes`, bytes: store },
    { name: 'qr print', bytes: Uint8Array.from([GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30]) },
  ];
}

/** A QR symbol's modules, row by row, `true` for dark; no quiet zone. */
export type QrModules = readonly (readonly boolean[])[];

/** Light modules kept around the symbol, as ISO/IEC 18004 requires for reliable scanning. */
const QUIET_ZONE = 4;

/** The QR symbol as a 1-bit bitmap: each module `moduleSize` dots square, with a 4-module quiet zone. */
export function qrBitmap(modules: QrModules, moduleSize = 6): Bitmap {
  const scale = checkRange('QR module size', moduleSize, 1, 32);
  const size = modules.length + 2 * QUIET_ZONE;
  const width = size * scale;
  const bytesPerRow = (width + 7) >> 3;
  const bits = new Uint8Array(bytesPerRow * width);
  modules.forEach((row, my) => {
    row.forEach((dark, mx) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const base = ((my + QUIET_ZONE) * scale + dy) * bytesPerRow;
        for (let dx = 0; dx < scale; dx++) {
          const x = (mx + QUIET_ZONE) * scale + dx;
          bits[base + (x >> 3)]! |= 0x80 >> (x & 7);
        }
      }
    });
  });
  return { width, height: width, bytesPerRow, data: bits };
}

/** QR as raster commands, for profiles without native QR; the module size shrinks to fit `maxDots`. */
export function qrRaster(
  modules: QrModules,
  maxDots: number,
  options: { moduleSize?: number } & RasterOptions = {},
): Command[] {
  const fit = Math.floor(maxDots / (modules.length + 2 * QUIET_ZONE));
  if (fit < 1) {
    throw new EscPosError('too-large', `A ${modules.length}-module QR code does not fit in ${maxDots} dots.`);
  }
  return rasterCommands(qrBitmap(modules, Math.min(options.moduleSize ?? 6, fit)), options);
}
