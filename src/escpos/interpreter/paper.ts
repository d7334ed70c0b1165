/**
 * The interpreter's model of printed paper: what a real printer would have put on the roll, item by item.
 * Text keeps its decoded characters and styles, images their bits, barcodes and QR codes the data they
 * encode (not pixels), cuts their kind. Renderers (text, HTML, SVG) read only this model.
 */

/** Horizontal placement of a line or a graphic (ESC a). */
export type Align = 'left' | 'center' | 'right';

/** Character styles in effect when a character was printed. */
export interface TextStyle {
  /** ESC E / ESC ! bit 3. */
  bold: boolean;
  /** ESC - / ESC ! bit 7: 0 none, 1 thin, 2 thick. */
  underline: 0 | 1 | 2;
  /** GS B: white on black. */
  invert: boolean;
  /** ESC M / ESC ! bit 0. */
  font: 'a' | 'b';
  /** GS ! / ESC ! magnification, 1–8. */
  width: number;
  height: number;
  /** ESC { upside-down printing. */
  upsideDown: boolean;
}

/** A run of characters with one style. `widthDots` is what the run occupies on the paper. */
export interface TextSpan {
  text: string;
  style: TextStyle;
  widthDots: number;
}

/** One printed line of text (possibly empty: a blank line). */
export interface TextLine {
  kind: 'text';
  align: Align;
  /** Start of the printable area (GS L left margin) in dots. */
  marginDots: number;
  /** Width of the printable area (GS W) in dots: alignment is within it. */
  areaDots: number;
  spans: TextSpan[];
  /** Total width of the spans in dots. */
  widthDots: number;
  /** Paper advance after the line, in dots (line spacing, or ESC J's amount). */
  feedDots: number;
}

/** A raster graphic: `bits` is row-major, 1 bit per dot, rows padded to whole bytes, MSB = leftmost dot. */
export interface ImageItem {
  kind: 'image';
  align: Align;
  widthDots: number;
  heightDots: number;
  bits: Uint8Array;
  /** Magnification the printer applied (GS v 0 double width/height, ESC * single density, GS ( L bx/by). */
  scaleX: number;
  scaleY: number;
  /** Which command printed it; consecutive ESC * bands are merged into one item. */
  source: 'raster' | 'bit-image' | 'graphics';
}

/** Symbologies of GS k. */
export type Symbology =
  'UPC-A' | 'UPC-E' | 'EAN13' | 'EAN8' | 'CODE39' | 'ITF' | 'CODABAR' | 'CODE93' | 'CODE128';

/** A 1D barcode, kept as the data it encodes. */
export interface BarcodeItem {
  kind: 'barcode';
  align: Align;
  symbology: Symbology;
  /** The characters the barcode encodes (CODE128 set selectors removed, set C pairs as digits). */
  data: string;
  /** The bytes as sent after GS k m (n), for support. */
  raw: readonly number[];
  hri: 'none' | 'above' | 'below' | 'both';
  heightDots: number;
  moduleDots: number;
}

/** A QR code printed with GS ( k, kept as the data it encodes. */
export interface QrItem {
  kind: 'qr';
  align: Align;
  /** The stored data decoded as text (UTF-8 when valid, else Latin-1). */
  data: string;
  bytes: Uint8Array;
  ecc: 'L' | 'M' | 'Q' | 'H';
  moduleDots: number;
}

/** A cut of the paper (GS V, ESC i, ESC m). */
export interface CutItem {
  kind: 'cut';
  partial: boolean;
}

/** Blank paper fed without printing (ESC J on an empty line, GS V 65 n), in dots. */
export interface FeedItem {
  kind: 'feed';
  dots: number;
}

/** Anything that can appear on the paper. */
export type PaperItem = TextLine | ImageItem | BarcodeItem | QrItem | CutItem | FeedItem;

/** A length of printed paper. */
export interface Paper {
  /** Printable width of the head in dots (384 on 58 mm, 576 on 80 mm at 203 dpi). */
  widthDots: number;
  items: PaperItem[];
}

/** A command the interpreter did not understand or could not carry out; never fatal. */
export interface UnknownCommand {
  /** Byte offset in the stream since the interpreter was created. */
  offset: number;
  bytes: readonly number[];
  reason: string;
}

/** Dots per character column of font A; the unit of the plain-text rendering's columns. */
export const FONT_A_DOTS = 12;
/** Default line spacing (ESC 2), in dots: about 1/6 inch at 180–203 dpi (Epson TM-T20/T88 specs say 30). */
export const DEFAULT_LINE_SPACING = 30;

/** Printable widths for the common paper widths at 203 dpi (Epson TM-T20 / Xprinter XP-58 specifications). */
export const PAPER_DOTS = { 58: 384, 80: 576 } as const;

/** The default style after ESC @. */
export const PLAIN_STYLE: TextStyle = Object.freeze({
  bold: false,
  underline: 0,
  invert: false,
  font: 'a',
  width: 1,
  height: 1,
  upsideDown: false,
});

/** Plain text of a line, spans joined. */
export function lineText(line: TextLine): string {
  return line.spans.map((span) => span.text).join('');
}
