/**
 * The printer's modes — character style, alignment, line spacing, margins, character set, barcode and QR
 * setup — and the pure transitions the mode-setting commands make (Epson reference, one page per command).
 */
import type { CharMode, ChineseFont } from './charset';
import { hriPosition, INITIAL_QR, type BarcodeSetup, type QrState } from './graphics';
import { DEFAULT_LINE_SPACING, PLAIN_STYLE, type Align, type TextStyle } from './paper';
import type { Token } from './tokenizer';

/** Everything the mode commands set; ESC @ returns it to `initialModes`. */
export interface Modes {
  readonly style: TextStyle;
  /** FS ! double width / height for double-byte characters. */
  readonly kanjiDouble: { readonly width: boolean; readonly height: boolean };
  readonly align: Align;
  readonly lineSpacing: number;
  /** GS L left margin and GS W printable area width, in dots. */
  readonly margin: number;
  readonly area: number;
  /** ESC SP right-side character spacing, in dots. */
  readonly charSpacing: number;
  /** FS & / FS . Chinese (double-byte) mode, FS C 0xFF UTF-8 mode, ESC t table. */
  readonly kanji: boolean;
  readonly utf8: boolean;
  readonly table: number;
  /** ESC R international character set (swaps 12 ASCII codes). */
  readonly intl: number;
  readonly barcode: BarcodeSetup;
  readonly qr: QrState;
}

const ALIGNS: readonly Align[] = ['left', 'center', 'right', 'left'];
// Epson defaults: GS H 0 (no HRI), GS h 162, GS w 3.
const DEFAULT_BARCODE: BarcodeSetup = { hri: 'none', heightDots: 162, moduleDots: 3 };

/** The modes after power-on or ESC @, for a head `widthDots` wide. */
export function initialModes(widthDots: number, chineseByDefault: boolean): Modes {
  return {
    style: PLAIN_STYLE,
    kanjiDouble: { width: false, height: false },
    align: 'left',
    lineSpacing: DEFAULT_LINE_SPACING,
    margin: 0,
    area: widthDots,
    charSpacing: 0,
    kanji: chineseByDefault,
    utf8: false,
    table: 0,
    intl: 0,
    barcode: DEFAULT_BARCODE,
    qr: INITIAL_QR,
  };
}

// ESC R n swaps the codes 23 24 40 5B 5C 5D 5E 60 7B 7C 7D 7E for national characters (Epson ESC R; Brother
// ESC/P reference: "5Ch ESC R 08h 5Ch" prints "\¥"). Only the swaps confirmed there are applied.
const INTERNATIONAL: ReadonlyMap<number, ReadonlyMap<number, string>> = new Map([
  [8, new Map([[0x5c, '¥']])],
]);

/** The character an ASCII byte prints as under the ESC R set in effect. */
export function asciiChar(modes: Modes, byte: number): string {
  return INTERNATIONAL.get(modes.intl)?.get(byte) ?? String.fromCharCode(byte);
}

/** How the printer reads text bytes in these modes, its Chinese font reading `chineseFont` codes. */
export function charModeOf(modes: Modes, chineseFont: ChineseFont = 'gb18030'): CharMode {
  if (modes.utf8) return { kind: 'utf8' };
  return modes.kanji ? { kind: chineseFont } : { kind: 'single', table: modes.table };
}

/** The modes after a mode-setting command, or null when `token` sets no mode. */
export function applyMode(modes: Modes, token: Token, widthDots: number): Modes | null {
  const style = (change: Partial<TextStyle>): Modes => ({ ...modes, style: { ...modes.style, ...change } });
  switch (token.op) {
    case 'print-mode': {
      const n = token.n; // ESC !: b0 font B, b3 emphasized, b4 double height, b5 double width, b7 underline
      return style({
        font: n & 1 ? 'b' : 'a',
        bold: !!(n & 8),
        height: n & 16 ? 2 : 1,
        width: n & 32 ? 2 : 1,
        underline: n & 128 ? 1 : 0,
      });
    }
    case 'bold':
      return style({ bold: (token.n & 1) === 1 });
    case 'underline': // ESC - n: 0/48 off, 1/49 thin, 2/50 thick
      return style({ underline: (token.n & 3) === 3 ? 0 : ((token.n & 3) as 0 | 1 | 2) });
    case 'reverse':
      return style({ invert: (token.n & 1) === 1 });
    case 'size': // GS !: bits 4–6 width − 1, bits 0–2 height − 1
      return style({ width: ((token.n >> 4) & 7) + 1, height: (token.n & 7) + 1 });
    case 'font':
      return style({ font: token.n & 1 ? 'b' : 'a' });
    case 'upside-down':
      return style({ upsideDown: (token.n & 1) === 1 });
    case 'align':
      return { ...modes, align: ALIGNS[token.n & 3]! };
    case 'default-spacing':
      return { ...modes, lineSpacing: DEFAULT_LINE_SPACING };
    case 'line-spacing':
      return { ...modes, lineSpacing: token.n };
    case 'code-page':
      return { ...modes, table: token.n };
    case 'intl':
      return { ...modes, intl: token.n };
    case 'kanji-on':
      return { ...modes, kanji: true };
    case 'kanji-off':
      return { ...modes, kanji: false };
    case 'kanji-mode': // FS !: b2 double width, b3 double height
      return { ...modes, kanjiDouble: { width: !!(token.n & 4), height: !!(token.n & 8) } };
    case 'kanji-code': // FS C 0xFF: Sunmi UTF-8 mode; any other value selects a double-byte code system
      return { ...modes, utf8: token.n === 0xff };
    case 'char-spacing':
      return { ...modes, charSpacing: token.n };
    case 'left-margin': {
      const margin = Math.min(token.dots, widthDots - 1);
      return { ...modes, margin, area: Math.min(modes.area, widthDots - margin) };
    }
    case 'print-width':
      return { ...modes, area: Math.max(1, Math.min(token.dots, widthDots - modes.margin)) };
    case 'hri':
      return { ...modes, barcode: { ...modes.barcode, hri: hriPosition(token.n) } };
    case 'barcode-height':
      return { ...modes, barcode: { ...modes.barcode, heightDots: token.n } };
    case 'barcode-width':
      return { ...modes, barcode: { ...modes.barcode, moduleDots: token.n } };
    default:
      return null;
  }
}
