/**
 * What one printer answers and supports, learned by probing it once. The caller remembers it per printer
 * (the store persists it) and passes it back on the next connect, so probing is not repeated.
 */
import type { RealtimeStatusKind } from '../escpos/status';

/** A flat, JSON-like value, as the printer store keeps capabilities. */
export type FlatValue = string | number | boolean | null;

/** How the end of a job is confirmed: GS ( H print completion, GS r in-order status, or not at all. */
export type FenceKind = 'gs-h' | 'gs-r' | 'none';

/** The result of probing one printer. */
export interface PrinterCapabilities {
  /** DLE EOT n queries that answered; empty for a printer that never talks back. */
  realtime: readonly RealtimeStatusKind[];
  /** Automatic Status Back (GS a) pushes status changes on its own. */
  asb: boolean;
  fence: FenceKind;
  /** GS I 2 type byte bit 0: a multibyte (Chinese) font is resident; null when the printer did not say. */
  multibyteFont: boolean | null;
  /**
   * GS I 69 text: which language the multibyte font is for ("CHINA GB18030", "TAIWAN BIG-5"…; wording
   * varies by maker); null when not asked or not answered.
   */
  fontLanguage: string | null;
  /** Whether `GS ( k` QR printing works: no status query reveals it, so null until the merchant's profile says. */
  nativeQr: boolean | null;
  /** GS I 66 / 67 text, when answered (clones may claim to be someone else). */
  maker: string | null;
  model: string | null;
  /** Epoch ms of the probe. */
  probedAt: number;
}

/** True when the printer answers at least one status query, so its jobs can be confirmed. */
export function answersStatus(capabilities: PrinterCapabilities): boolean {
  return capabilities.realtime.length > 0;
}

/** The capabilities of a printer that answered nothing. */
export function silentCapabilities(at: number): PrinterCapabilities {
  return {
    realtime: [],
    asb: false,
    fence: 'none',
    multibyteFont: null,
    fontLanguage: null,
    nativeQr: null,
    maker: null,
    model: null,
    probedAt: at,
  };
}

/** Capabilities as a flat record for storage (the printer store keeps JSON-like values only). */
export function flattenCapabilities(caps: PrinterCapabilities): Record<string, FlatValue> {
  return { ...caps, realtime: caps.realtime.join(',') };
}

/** Capabilities back from a stored flat record; null when the record holds no (or a partial) probe. */
export function unflattenCapabilities(flat: Readonly<Record<string, FlatValue>>): PrinterCapabilities | null {
  const { realtime, asb, fence, multibyteFont, fontLanguage, nativeQr, maker, model, probedAt } = flat;
  if (typeof realtime !== 'string' || typeof asb !== 'boolean' || typeof probedAt !== 'number') return null;
  if (fence !== 'gs-h' && fence !== 'gs-r' && fence !== 'none') return null;
  const kinds = realtime
    .split(',')
    .filter(Boolean)
    .map(Number)
    .filter((n): n is RealtimeStatusKind => n === 1 || n === 2 || n === 3 || n === 4);
  const flag = (v: FlatValue | undefined) => (typeof v === 'boolean' ? v : null);
  const text = (v: FlatValue | undefined) => (typeof v === 'string' ? v : null);
  return {
    realtime: kinds,
    asb,
    fence,
    multibyteFont: flag(multibyteFont),
    // Absent from probes stored before the question was asked.
    fontLanguage: text(fontLanguage),
    nativeQr: flag(nativeQr),
    maker: text(maker),
    model: text(model),
    probedAt,
  };
}
