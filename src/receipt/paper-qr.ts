/**
 * The e-receipt QR on paper: the same compact symbol as on screen (`qr.ts`: alphanumeric scheme, host and
 * payload), a module size that fits the paper, or — when even that would be too fine to scan — a plain
 * printed sentence instead of an unreadable code.
 */
import type { QrModules } from '../escpos/barcode';
import type { PrinterProfile } from '../escpos/capabilities';
import { linkQrText, qrForLink, qrForText, QrTooLargeError, type QrLevel, type QrMatrix } from './qr';
import type { PaperLanguage } from './paper-language';

/** What became of the e-receipt QR on paper. */
export type PaperQr =
  | { kind: 'printed'; version: number; moduleDots: number; native: boolean }
  /** Not printed: at this paper width its modules would be under `MIN_MODULE_DOTS` (`version` null: beyond 40). */
  | { kind: 'too-long'; version: number | null };

/**
 * Narrowest module we print: 3 dots (0.375 mm at 203 dpi), Epson's own default module size (ESC/POS reference,
 * GS ( k function 167, default n = 3); finer modules smear on thermal paper and phones stop reading them.
 */
export const MIN_MODULE_DOTS = 3;
const MAX_MODULE_DOTS = 6;
// ISO/IEC 18004 §9.1: four light modules all round.
const QUIET_ZONE = 4;

/** Largest module size (≤ 6) at which a symbol of `size` modules and its quiet zones fit `dots`. */
function fit(size: number, dots: number): number {
  return Math.min(MAX_MODULE_DOTS, Math.floor(dots / (size + 2 * QUIET_ZONE)));
}

/** The data to store for the QR code and how it will print, for one profile. */
export interface PaperQrPlan {
  /** The link as the QR carries it (scheme and host upper-cased where that makes them alphanumeric). */
  text: string;
  result: PaperQr;
}

/** Plans the e-receipt QR of `link` on `profile`'s paper. */
export function planPaperQr(link: string, profile: PrinterProfile, level: QrLevel = 'M'): PaperQrPlan {
  const text = linkQrText(link);
  const symbol = symbolOrNull(() => qrForLink(text, level));
  if (!symbol) return { text, result: { kind: 'too-long', version: null } };
  let moduleDots = fit(symbol.size, profile.dots);
  if (profile.nativeQr) {
    // The printer encodes the data itself. Should it not split the modes as we do, a byte-mode symbol must
    // still fit the head (a symbol wider than the print area is not printed at all, GS ( k function 181
    // notes): take the module size that fits that worst case whenever it is wide enough to scan.
    const bytes = symbolOrNull(() => qrForText(text, level));
    const safe = bytes ? fit(bytes.size, profile.dots) : 0;
    if (safe >= MIN_MODULE_DOTS) moduleDots = Math.min(moduleDots, safe);
  }
  if (moduleDots < MIN_MODULE_DOTS) return { text, result: { kind: 'too-long', version: symbol.version } };
  return {
    text,
    result: { kind: 'printed', version: symbol.version, moduleDots, native: profile.nativeQr },
  };
}

/** The compact symbol's modules, for printers without native QR (`EscPosJob`'s `qrModules`). */
export function linkModules(data: string, level: QrLevel): QrModules {
  const symbol = qrForLink(data, level);
  return Array.from({ length: symbol.size }, (_, row) =>
    Array.from({ length: symbol.size }, (_, col) => symbol.isDark(row, col)),
  );
}

/** What is printed instead of a QR code too fine to scan, in the receipt's language. */
export const QR_TOO_LONG: Readonly<Record<PaperLanguage, string>> = {
  zh: '电子小票内容过长，无法打印二维码。请扫描收银屏幕上的二维码。',
  'zh-Hant': '電子收據內容過長，無法列印二維碼。請掃描收銀螢幕上的二維碼。',
  en: 'This e-receipt is too long for a QR code on paper. Please scan the code on the till screen.',
};

function symbolOrNull(make: () => QrMatrix): QrMatrix | null {
  try {
    return make();
  } catch (error) {
    if (error instanceof QrTooLargeError) return null;
    throw error;
  }
}
