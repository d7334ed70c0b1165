/**
 * One printer's profile as the merchant sees and changes it: paper width, text encoding, cutter, native QR,
 * chunk size. Chosen automatically from what we know about the printer (model table, probe), or set by the
 * merchant; every job is laid out from `printingProfile(setup)`, never from a fixed 80 mm.
 */
import { PROFILES, findProfile, withDots, type PrinterProfile, type ProfileId } from '../escpos/capabilities';
import { PAPER_DOTS } from '../escpos/interpreter/paper';
import { isDoubleByte, type DoubleByteEncoding, type TextEncoding } from '../escpos/encode';
import type { PrinterIdentity } from '../transport/types';
import type { PrinterCapabilities } from './capabilities';
import { findModel } from './models';

/** Paper: one of the two common rolls, or a custom printable width in dots. */
export type PaperWidth = { mm: 58 } | { mm: 80 } | { mm: 'custom'; dots: number };

/** Encodings the merchant can choose, in the order the settings offer them. */
export const ENCODINGS: readonly TextEncoding[] = [
  'gb18030',
  'big5',
  'utf8',
  'cp437',
  'cp858',
  'cp866',
  'cp1252',
];

/** How the profile came about, for the merchant ("recognised as Xprinter XP-58") and for support. */
export type SetupOrigin =
  { kind: 'model'; model: string } | { kind: 'probe' } | { kind: 'default' } | { kind: 'merchant' };

/** A printer's profile. */
export interface PrinterSetup {
  /** Capabilities nobody asks the merchant about (code page numbers, status replies, drawer, beeper). */
  family: ProfileId;
  paper: PaperWidth;
  encoding: TextEncoding;
  cutter: boolean;
  nativeQr: boolean;
  /** Most bytes sent in one piece between status checks. */
  chunkSize: number;
  origin: SetupOrigin;
}

/** Smallest and largest custom widths and chunk sizes the settings accept. */
export const CUSTOM_DOTS = { min: 192, max: 832 } as const;
export const CHUNK_SIZE = { min: 64, max: 16384 } as const;

/** Printable dots of a paper width on a printer of `family` (Epson's 180 dpi heads print 512 on 80 mm). */
export function paperDots(paper: PaperWidth, family: ProfileId): number {
  if (paper.mm === 'custom') return paper.dots;
  const familyDots = PROFILES[family].dots;
  if (paper.mm === 80 && familyDots > PAPER_DOTS[58]) return familyDots;
  return PAPER_DOTS[paper.mm];
}

/** The paper width a family's printable dots stand for. */
export function paperOf(dots: number): PaperWidth {
  if (dots === PAPER_DOTS[58]) return { mm: 58 };
  if (dots === PAPER_DOTS[80] || dots === 512) return { mm: 80 };
  return { mm: 'custom', dots };
}

/** A family's own profile, as the model table or the probe picked it. */
export function familySetup(family: ProfileId, origin: SetupOrigin): PrinterSetup {
  const p = PROFILES[family];
  return {
    family,
    paper: paperOf(p.dots),
    encoding: p.defaultEncoding,
    cutter: p.cutter !== 'none',
    nativeQr: p.nativeQr,
    chunkSize: p.usbChunkSize,
    origin,
  };
}

/**
 * The profile chosen automatically: the model the printer is (USB pair, its own name, GS I replies), else
 * generic 80 mm, as receipts printed before profiles existed. A probe that found no Chinese font turns
 * Chinese off; one that found a Chinese font where the model table assumed none turns it on, reading the
 * set the printer names (Big5 on Taiwan and Hong Kong firmware, else GB18030).
 */
export function chooseSetup(identity: PrinterIdentity, caps: PrinterCapabilities | null): PrinterSetup {
  if (identity.transport === 'virtual') return familySetup('virtual', { kind: 'default' });
  const model = findModel({ identity, maker: caps?.maker, model: caps?.model });
  const setup = model
    ? familySetup(model.family, { kind: 'model', model: model.id })
    : familySetup('generic-80', { kind: 'default' });
  const encoding = probedEncoding(setup.encoding, caps);
  const nativeQr = caps?.nativeQr ?? setup.nativeQr;
  if (encoding === setup.encoding && nativeQr === setup.nativeQr) return setup;
  return { ...setup, encoding, nativeQr, origin: model ? setup.origin : { kind: 'probe' } };
}

/**
 * The encoding once the probe has said whether a Chinese font is resident (GS I 2 type bit 0) and which
 * set it reads (GS I 69). A model table row cannot tell a Taiwan unit from a mainland one (same USB ids,
 * same names), so the printer's own answer wins.
 */
function probedEncoding(encoding: TextEncoding, caps: PrinterCapabilities | null): TextEncoding {
  const font = caps?.multibyteFont ?? null;
  if (font === false && isDoubleByte(encoding)) return 'cp858';
  if (font !== true || encoding === 'utf8') return encoding;
  return fontSet(caps?.fontLanguage ?? null) ?? (isDoubleByte(encoding) ? encoding : 'gb18030');
}

/** The set a GS I 69 font language names: "TAIWAN BIG-5" → Big5, "CHINA GB18030" / "GB2312" → GB18030. */
export function fontSet(language: string | null): DoubleByteEncoding | null {
  if (language === null) return null;
  if (/BIG[\s-]?5|TAIWAN|HONG\s?KONG|TRADITIONAL/i.test(language)) return 'big5';
  if (/\bGB|CHINA|SIMPLIFIED/i.test(language)) return 'gb18030';
  return null;
}

/** The name of the model table's row this printer is (whoever set its profile), or null. */
export function recognisedModel(identity: PrinterIdentity, caps: PrinterCapabilities | null): string | null {
  return findModel({ identity, maker: caps?.maker, model: caps?.model })?.name ?? null;
}

/** The encoder's profile chosen automatically for a printer (the library's default for a session). */
export function profileForPrinter(
  identity: PrinterIdentity,
  caps: PrinterCapabilities | null,
): PrinterProfile {
  return printingProfile(chooseSetup(identity, caps));
}

/** The encoder's profile for jobs on a printer with this setup. */
export function printingProfile(setup: PrinterSetup): PrinterProfile {
  const family = PROFILES[setup.family];
  const dots = paperDots(setup.paper, setup.family);
  return {
    ...withDots(family, dots),
    nativeQr: setup.nativeQr,
    // A cutter the family does not know the kind of is driven with a partial cut (GS V 1), which every
    // ESC/POS cutter accepts (Epson, "GS V").
    cutter: setup.cutter ? (family.cutter === 'none' ? 'partial' : family.cutter) : 'none',
    chineseFont: family.chineseFont || isDoubleByte(setup.encoding),
    utf8Mode: family.utf8Mode || setup.encoding === 'utf8',
    defaultEncoding: setup.encoding,
    codePages: family.codePages,
    usbChunkSize: setup.chunkSize,
  };
}

/** A stored setup read back; null when it is not one (an older or damaged record). */
export function parseSetup(value: unknown): PrinterSetup | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const family = typeof v.family === 'string' ? findProfile(v.family) : undefined;
  const paper = parsePaper(v.paper);
  const encoding = ENCODINGS.find((e) => e === v.encoding);
  const origin = parseOrigin(v.origin);
  if (!family || !paper || !encoding || !origin) return null;
  if (typeof v.cutter !== 'boolean' || typeof v.nativeQr !== 'boolean') return null;
  if (!isChunkSize(v.chunkSize)) return null;
  return {
    family: family.id as ProfileId,
    paper,
    encoding,
    cutter: v.cutter,
    nativeQr: v.nativeQr,
    chunkSize: v.chunkSize,
    origin,
  };
}

/** Whether `n` is a custom printable width the settings accept (a whole number of bytes, 8 dots each). */
export function isCustomDots(n: unknown): n is number {
  return (
    Number.isInteger(n) &&
    (n as number) % 8 === 0 &&
    (n as number) >= CUSTOM_DOTS.min &&
    (n as number) <= CUSTOM_DOTS.max
  );
}

/** Whether `n` is a chunk size the settings accept. */
export function isChunkSize(n: unknown): n is number {
  return Number.isInteger(n) && (n as number) >= CHUNK_SIZE.min && (n as number) <= CHUNK_SIZE.max;
}

function parsePaper(value: unknown): PaperWidth | null {
  if (typeof value !== 'object' || value === null) return null;
  const { mm, dots } = value as { mm?: unknown; dots?: unknown };
  if (mm === 58 || mm === 80) return { mm };
  return mm === 'custom' && isCustomDots(dots) ? { mm, dots } : null;
}

function parseOrigin(value: unknown): SetupOrigin | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, model } = value as { kind?: unknown; model?: unknown };
  if (kind === 'model') return typeof model === 'string' ? { kind, model } : null;
  return kind === 'probe' || kind === 'default' || kind === 'merchant' ? { kind } : null;
}
