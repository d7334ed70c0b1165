/**
 * Graphics commands → paper items: raster images (GS v 0), column bit images (ESC *), 1D barcodes (GS k)
 * decoded back to the data they carry, and the QR code store-and-print state of GS ( k.
 */
import type { BarcodeItem, ImageItem, QrItem, Symbology, Align } from './paper';

/**
 * GS v 0: data is already row-major, x bytes per row, MSB leftmost. m bit 0 doubles width, bit 1 doubles
 * height (Epson: GS v 0, m = 0–3 / 48–51).
 */
export function rasterImage(
  mode: number,
  widthBytes: number,
  height: number,
  data: Uint8Array,
  align: Align,
): ImageItem {
  return {
    kind: 'image',
    align,
    widthDots: widthBytes * 8,
    heightDots: height,
    bits: data,
    scaleX: mode & 1 ? 2 : 1,
    scaleY: mode & 2 ? 2 : 1,
    source: 'raster',
  };
}

/**
 * ESC * m: column format, each column 1 byte (8-dot modes 0, 1) or 3 bytes (24-dot modes 32, 33), MSB at the
 * top. Modes 0 and 32 are single density: each column prints two dots wide (Epson: ESC *).
 */
export function bitImage(mode: number, columns: number, data: Uint8Array, align: Align): ImageItem {
  const bytesPerColumn = mode >= 32 ? 3 : 1;
  const height = bytesPerColumn * 8;
  const rowBytes = Math.ceil(columns / 8);
  const bits = new Uint8Array(rowBytes * height);
  for (let x = 0; x < columns; x++) {
    for (let k = 0; k < bytesPerColumn; k++) {
      const byte = data[x * bytesPerColumn + k]!;
      for (let bit = 0; bit < 8; bit++) {
        if (byte & (0x80 >> bit)) {
          const y = k * 8 + bit;
          bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
        }
      }
    }
  }
  const single = mode === 0 || mode === 32;
  return {
    kind: 'image',
    align,
    widthDots: columns,
    heightDots: height,
    bits,
    scaleX: single ? 2 : 1,
    scaleY: 1,
    source: 'bit-image',
  };
}

/**
 * GS ( L / GS 8 L fn 112: store a raster graphic in the print buffer. Parameters after fn: a (48 = monochrome;
 * multi-tone data keeps its first plane), bx, by (1 or 2: magnification), c (colour), xL xH yL yH, then
 * ceil(x / 8) · y bytes, row-major, MSB leftmost (Epson: GS ( L <Function 112>). Null when malformed.
 */
export function storedGraphic(params: Uint8Array): ImageItem | null {
  if (params.length < 8) return null;
  const width = params[4]! | (params[5]! << 8);
  const height = params[6]! | (params[7]! << 8);
  const size = Math.ceil(width / 8) * height;
  if (width === 0 || height === 0 || params.length < 8 + size) return null;
  const scale = (n: number): number => (n === 2 ? 2 : 1);
  const bits = params.slice(8, 8 + size);
  return {
    kind: 'image',
    align: 'left',
    widthDots: width,
    heightDots: height,
    bits,
    scaleX: scale(params[1]!),
    scaleY: scale(params[2]!),
    source: 'graphics',
  };
}

/** Appends `band` below `image` when both are ESC * bands of the same geometry; returns the merged item or null. */
export function mergeBands(image: ImageItem, band: ImageItem): ImageItem | null {
  if (image.source !== 'bit-image' || band.source !== 'bit-image') return null;
  if (image.widthDots !== band.widthDots || image.scaleX !== band.scaleX || image.align !== band.align)
    return null;
  const bits = new Uint8Array(image.bits.length + band.bits.length);
  bits.set(image.bits);
  bits.set(band.bits, image.bits.length);
  return { ...image, heightDots: image.heightDots + band.heightDots, bits };
}

// GS k m: function A m = 0–6 and function B m = 65–73 name the same symbologies in this order (Epson: GS k).
const SYMBOLOGIES: readonly Symbology[] = [
  'UPC-A',
  'UPC-E',
  'EAN13',
  'EAN8',
  'CODE39',
  'ITF',
  'CODABAR',
  'CODE93',
  'CODE128',
];

/** Barcode geometry set by GS H / GS h / GS w. */
export interface BarcodeSetup {
  hri: BarcodeItem['hri'];
  heightDots: number;
  moduleDots: number;
}

/** GS H n: 0 none, 1 above, 2 below, 3 both (also 48–51). */
export function hriPosition(n: number): BarcodeItem['hri'] {
  return (['none', 'above', 'below', 'both'] as const)[n & 3]!;
}

/** Builds a barcode item from GS k m and its data, or null for a symbology outside the reference. */
export function barcodeItem(
  m: number,
  data: Uint8Array,
  setup: BarcodeSetup,
  align: Align,
): BarcodeItem | null {
  const index = m <= 6 ? m : m - 65;
  const symbology = SYMBOLOGIES[index];
  if (symbology === undefined || (m > 6 && m < 65)) return null;
  const text = symbology === 'CODE128' ? code128Text(data) : String.fromCharCode(...data);
  return { kind: 'barcode', align, symbology, data: text, raw: [...data], ...setup };
}

/**
 * CODE128 data as sent to GS k: `{A`, `{B`, `{C` select a code set, `{S` shifts, `{1`–`{4` are FNC1–4,
 * `{{` is a literal `{`; in set C each byte 0–99 is a digit pair (Epson: GS k, CODE128 notes).
 */
function code128Text(data: Uint8Array): string {
  let set: 'A' | 'B' | 'C' = 'B';
  let out = '';
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (b === 0x7b && i + 1 < data.length) {
      const next = String.fromCharCode(data[++i]!);
      if (next === 'A' || next === 'B' || next === 'C') set = next;
      else if (next === '{') out += '{';
      continue; // shift and FNC codes print nothing
    }
    out += set === 'C' ? String(b).padStart(2, '0') : String.fromCharCode(b);
  }
  return out;
}

/** What GS ( k cn=49 functions have set up so far for the next QR print (Epson: GS ( k, fn 65–81). */
export interface QrState {
  moduleDots: number;
  ecc: QrItem['ecc'];
  stored: Uint8Array | null;
}

/** The state after ESC @. */
export const INITIAL_QR: QrState = { moduleDots: 3, ecc: 'L', stored: null };

/** Applies one QR function; returns the new state and, for fn 81 (print), the item to print. */
export function qrFunction(
  state: QrState,
  fn: number,
  params: Uint8Array,
  align: Align,
): { state: QrState; print: QrItem | null } {
  switch (fn) {
    case 0x43: // fn 67: module size n (1–16 dots)
      return { state: { ...state, moduleDots: params[0] ?? state.moduleDots }, print: null };
    case 0x45: // fn 69: error correction 48 L, 49 M, 50 Q, 51 H
      return {
        state: { ...state, ecc: (['L', 'M', 'Q', 'H'] as const)[(params[0] ?? 48) - 48] ?? 'L' },
        print: null,
      };
    case 0x50: // fn 80: store data; params = m (48) then the data
      return { state: { ...state, stored: params.slice(1) }, print: null };
    case 0x51: // fn 81: print the stored symbol
      if (!state.stored) return { state, print: null };
      return {
        state,
        print: {
          kind: 'qr',
          align,
          data: bytesToText(state.stored),
          bytes: state.stored,
          ecc: state.ecc,
          moduleDots: state.moduleDots,
        },
      };
    default: // fn 65 model, fn 82 size info: no effect on the paper
      return { state, print: null };
  }
}

function bytesToText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // Not UTF-8: the printer stores raw bytes, so show them one character per byte.
    if (!(error instanceof TypeError)) throw error;
    return String.fromCharCode(...bytes);
  }
}
