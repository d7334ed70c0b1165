/**
 * QR module matrices from the `uqr` encoder, for printers without native QR. Kept out of the `index.ts`
 * barrel on purpose: the matrix encoder is a third of the encoder's weight, and only printers without
 * `GS ( k` need it, so an integrator imports it (and passes it to `EscPosJob`) only when they do.
 */
import { encode } from 'uqr';
import type { QrLevel, QrModules } from './barcode';

/** The dark/light modules of `data` as a QR symbol (no quiet zone; `qrBitmap` adds it). */
export function qrModules(data: string, level: QrLevel = 'M'): QrModules {
  return encode(data, { ecc: level, border: 0 }).data;
}
