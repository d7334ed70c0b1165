/**
 * What each family of printer can do, as data. Code reads these fields; it never branches on a model name.
 * Figures come from the makers' spec sheets and programming manuals: 203 dpi heads print 384 dots on
 * 58 mm paper and 576 on 80 mm; Epson's 180 dpi TM-T88 prints 512. Font A is 12×24 dots and font B 9×17
 * (Epson ESC/POS reference, ESC ! and ESC M model notes), so a column is 12 dots in font A and 9 in font B;
 * a Chinese glyph is 24×24, two font-A columns. Some clones have an 8-dot font B (e.g. Fenix TK-41 manual,
 * "characters per line"): such a profile sets `dotsPerColumn.b` to 8.
 */
import type { BeeperKind } from './commands';
import type { CodePageName, TextEncoding } from './encode';

/** Replies a printer is known to give; see escpos-status.md. */
export type StatusQuery = 'dle-eot' | 'asb' | 'gs-r' | 'gs-i';

/** What the cutter can do; `none` means tear-off only. */
export type CutterKind = 'none' | 'partial' | 'full';

/** One printer family's capabilities. */
export interface PrinterProfile {
  readonly id: string;
  /** Name the merchant recognises. */
  readonly name: string;
  /** Printable width in dots. */
  readonly dots: number;
  /** Dots per character column for font A and font B. */
  readonly dotsPerColumn: { readonly a: number; readonly b: number };
  /** `GS ( k` QR printing; without it QR codes are sent as raster images. */
  readonly nativeQr: boolean;
  readonly cutter: CutterKind;
  readonly beeper: BeeperKind;
  /** Cash-drawer kick connector present. */
  readonly drawer: boolean;
  /** `ESC t n` table number for each single-byte code page the printer has. */
  readonly codePages: Readonly<Partial<Record<CodePageName, number>>>;
  /**
   * A double-byte Chinese font is resident (FS & Chinese mode works). Which set it reads — GB18030 on
   * mainland firmware, Big5 on Taiwan and Hong Kong firmware — is the encoding's business.
   */
  readonly chineseFont: boolean;
  /** Takes UTF-8 after `FS & FS C FF` (Sunmi built-in printers). */
  readonly utf8Mode: boolean;
  readonly defaultEncoding: TextEncoding;
  readonly statusQueries: readonly StatusQuery[];
  /** Largest single USB transfer we send; cheap clones drop data from bigger ones. */
  readonly usbChunkSize: number;
}

// Epson's ESC t numbering (PC437 0, WPC1252 16, PC866 17, PC858 19, Epson reference esc_lt); the Chinese
// clones' manuals (Xprinter, GPrinter, HPRT) and Star's ESC/POS emulation list the same numbers for
// these four tables. Verify on the device before relying on a table the shop actually needs.
const EPSON_PAGES = { cp437: 0, cp1252: 16, cp866: 17, cp858: 19 } as const;
const FONT_DOTS = { a: 12, b: 9 } as const;
const ALL_QUERIES: readonly StatusQuery[] = ['dle-eot', 'asb', 'gs-r', 'gs-i'];

const base = {
  dotsPerColumn: FONT_DOTS,
  drawer: true,
  codePages: EPSON_PAGES,
  utf8Mode: false,
  beeper: 'none',
} as const;

/** The built-in profiles, keyed by id. */
export const PROFILES = {
  'generic-58': {
    ...base,
    id: 'generic-58',
    name: 'ESC/POS 58 mm',
    dots: 384,
    nativeQr: false,
    cutter: 'none',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ['dle-eot'],
    usbChunkSize: 256,
  },
  'generic-80': {
    ...base,
    id: 'generic-80',
    name: 'ESC/POS 80 mm',
    dots: 576,
    nativeQr: false,
    cutter: 'partial',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ['dle-eot'],
    usbChunkSize: 512,
  },
  'epson-tm-t20': {
    ...base,
    id: 'epson-tm-t20',
    name: 'Epson TM-T20',
    dots: 576,
    nativeQr: true,
    cutter: 'partial',
    chineseFont: false,
    defaultEncoding: 'cp858',
    statusQueries: ALL_QUERIES,
    usbChunkSize: 4096,
  },
  'epson-tm-t88': {
    ...base,
    id: 'epson-tm-t88',
    name: 'Epson TM-T88',
    dots: 512,
    nativeQr: true,
    cutter: 'partial',
    chineseFont: false,
    defaultEncoding: 'cp858',
    statusQueries: ALL_QUERIES,
    usbChunkSize: 4096,
  },
  'xprinter-58': {
    ...base,
    id: 'xprinter-58',
    name: 'Xprinter 58 mm (XP-58)',
    dots: 384,
    nativeQr: false,
    cutter: 'none',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ['dle-eot'],
    usbChunkSize: 256,
  },
  'xprinter-80': {
    ...base,
    id: 'xprinter-80',
    name: 'Xprinter 80 mm (XP-80)',
    dots: 576,
    nativeQr: true,
    cutter: 'partial',
    beeper: 'esc-b',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ['dle-eot', 'gs-r'],
    usbChunkSize: 1024,
  },
  gprinter: {
    ...base,
    id: 'gprinter',
    name: 'GPrinter 80 mm',
    dots: 576,
    nativeQr: true,
    cutter: 'partial',
    beeper: 'esc-b',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ['dle-eot', 'gs-r'],
    usbChunkSize: 1024,
  },
  hprt: {
    ...base,
    id: 'hprt',
    name: 'HPRT 80 mm',
    dots: 576,
    nativeQr: true,
    cutter: 'partial',
    beeper: 'esc-b',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    // GS I 66 answers "HPRT" (HPRT "TP80K Programming Manual", GS I n, printer information B).
    statusQueries: ['dle-eot', 'asb', 'gs-r', 'gs-i'],
    usbChunkSize: 1024,
  },
  'gprinter-58': {
    ...base,
    id: 'gprinter-58',
    name: 'GPrinter 58 mm (GP-58)',
    dots: 384,
    nativeQr: false,
    cutter: 'none',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ['dle-eot'],
    usbChunkSize: 512,
  },
  // Rongta RP58 / RP80: ESC/POS with GB18030 Chinese mode and DLE EOT (Rongta "RP80 Command Set",
  // www.rongtatech.com); QR left to raster until a unit shows `GS ( k` works.
  'rongta-58': {
    ...base,
    id: 'rongta-58',
    name: 'Rongta 58 mm (RP58)',
    dots: 384,
    nativeQr: false,
    cutter: 'none',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ['dle-eot'],
    usbChunkSize: 512,
  },
  'rongta-80': {
    ...base,
    id: 'rongta-80',
    name: 'Rongta 80 mm (RP80)',
    dots: 576,
    nativeQr: false,
    cutter: 'partial',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ['dle-eot', 'gs-r'],
    usbChunkSize: 512,
  },
  // Epson TM-T82 as sold in mainland China: 203 dpi, 48 font-A columns on 80 mm (react-native-esc-pos-printer,
  // getFontACharsPerLine: TM-T82 → 48), a resident GB18030 font (GS I 2 bit 0 confirms it on the device).
  'epson-tm-t82': {
    ...base,
    id: 'epson-tm-t82',
    name: 'Epson TM-T82 (China)',
    dots: 576,
    nativeQr: true,
    cutter: 'partial',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ALL_QUERIES,
    usbChunkSize: 4096,
  },
  'sunmi-58': {
    ...base,
    id: 'sunmi-58',
    name: 'Sunmi built-in 58 mm',
    dots: 384,
    nativeQr: true,
    cutter: 'none',
    drawer: false,
    chineseFont: true,
    utf8Mode: true,
    defaultEncoding: 'utf8',
    statusQueries: ['dle-eot'],
    usbChunkSize: 1024,
  },
  'star-escpos': {
    ...base,
    id: 'star-escpos',
    name: 'Star (ESC/POS emulation)',
    dots: 576,
    nativeQr: true,
    cutter: 'partial',
    chineseFont: false,
    defaultEncoding: 'cp1252',
    statusQueries: ['dle-eot', 'asb'],
    usbChunkSize: 4096,
  },
  virtual: {
    ...base,
    id: 'virtual',
    name: 'Virtual printer',
    dots: 576,
    nativeQr: true,
    cutter: 'partial',
    beeper: 'esc-b',
    chineseFont: true,
    defaultEncoding: 'gb18030',
    statusQueries: ALL_QUERIES,
    usbChunkSize: 4096,
  },
} as const satisfies Record<string, PrinterProfile>;

/** Id of a built-in profile. */
export type ProfileId = keyof typeof PROFILES;

/** The built-in profile with this id, or `undefined`. */
export function findProfile(id: string): PrinterProfile | undefined {
  return Object.hasOwn(PROFILES, id) ? PROFILES[id as ProfileId] : undefined;
}

/** Character columns a profile prints per line in a font. */
export function profileColumns(profile: PrinterProfile, fontName: 'a' | 'b' = 'a'): number {
  return Math.floor(profile.dots / profile.dotsPerColumn[fontName]);
}

/** A copy of `profile` for paper of a different printable width (custom dots). */
export function withDots(profile: PrinterProfile, dots: number): PrinterProfile {
  if (!Number.isInteger(dots) || dots < 8 || dots > 4096) {
    throw new RangeError(`Printable width must be 8–4096 dots, got ${dots}.`);
  }
  return { ...profile, id: `${profile.id}@${dots}`, dots };
}
