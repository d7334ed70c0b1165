/**
 * The status bytes a printer in a given state sends: DLE EOT 1–4, ASB, GS r and GS I. The inverse of
 * `status-fold.ts`, written from the same tables (Epson ESC/POS reference; escpos-status.md).
 */
import type { VirtualFault } from './virtual-types';

/** What the virtual printer reports about itself to GS I. */
export interface VirtualIdentity {
  /** GS I 1: model ID byte. */
  modelId: number;
  /** GS I 65–69 texts. */
  firmware: string;
  maker: string;
  model: string;
  serial: string;
  fontLanguage: string;
  /** GS I 2 type ID b0: a multi-byte (Chinese) font is present. */
  multibyte: boolean;
  /** GS I 2 type ID b1: an autocutter is installed. */
  autocutter: boolean;
}

/** The parts of the printer's state that status bytes describe. */
export interface StatusSnapshot {
  faults: ReadonlySet<VirtualFault>;
  drawerOpen: boolean;
}

const ERRORS: readonly VirtualFault[] = ['cutter-jam', 'overheated', 'unrecoverable-error'];
/** Faults that take the printer offline: print data and in-order replies wait while one is on. */
export const BLOCKING_FAULTS: readonly VirtualFault[] = ['paper-out', 'cover-open', 'offline', ...ERRORS];

/** GS I 69 from a printer whose Chinese font reads Big5 (the default identity's font reads GB18030). */
export const BIG5_FONT_LANGUAGE = 'TAIWAN BIG-5';

/** What the virtual printer says about itself unless told otherwise. */
export const DEFAULT_IDENTITY: VirtualIdentity = {
  modelId: 0x20,
  firmware: '1.00 RR',
  maker: 'RECEIPT RESCUE',
  model: 'VIRTUAL PRINTER',
  serial: 'VP0000001',
  fontLanguage: 'CHINA GB18030',
  multibyte: true,
  autocutter: true,
};

const has = (s: StatusSnapshot, fault: VirtualFault): boolean => s.faults.has(fault);
const flag = (on: boolean, mask: number): number => (on ? mask : 0);
const offline = (s: StatusSnapshot): boolean => BLOCKING_FAULTS.some((f) => s.faults.has(f));
const error = (s: StatusSnapshot): boolean => ERRORS.some((f) => s.faults.has(f));

/** The one-byte answer to DLE EOT n: fixed bits 0x12 plus the state bits of that table. */
export function realtimeByte(n: 1 | 2 | 3 | 4, s: StatusSnapshot): number {
  switch (n) {
    case 1: // b2 drawer pin 3, b3 offline, b5 waiting for online recovery
      return 0x12 | flag(s.drawerOpen, 0x04) | flag(offline(s), 0x08) | flag(error(s), 0x20);
    case 2: // b2 cover open, b5 stopped by paper end, b6 error
      return 0x12 | flag(has(s, 'cover-open'), 0x04) | flag(has(s, 'paper-out'), 0x20) | flag(error(s), 0x40);
    case 3: // b3 autocutter, b5 unrecoverable, b6 auto-recoverable (head temperature)
      return (
        0x12 |
        flag(has(s, 'cutter-jam'), 0x08) |
        flag(has(s, 'unrecoverable-error'), 0x20) |
        flag(has(s, 'overheated'), 0x40)
      );
    case 4: // b2+b3 near end, b5+b6 paper end (a printer out of paper also reports near end)
      return (
        0x12 | flag(has(s, 'paper-near-end') || has(s, 'paper-out'), 0x0c) | flag(has(s, 'paper-out'), 0x60)
      );
  }
}

/** The 4-byte Automatic Status Back for a state. */
export function asbBytes(s: StatusSnapshot): readonly number[] {
  const first = 0x10 | flag(s.drawerOpen, 0x04) | flag(offline(s), 0x08) | flag(has(s, 'cover-open'), 0x20);
  const second =
    flag(error(s), 0x01) |
    flag(has(s, 'cutter-jam'), 0x08) |
    flag(has(s, 'unrecoverable-error'), 0x20) |
    flag(has(s, 'overheated'), 0x40);
  const third = flag(has(s, 'paper-near-end') || has(s, 'paper-out'), 0x03) | flag(has(s, 'paper-out'), 0x0c);
  return [first, second, third, 0x00];
}

// Which ASB bits each GS a n category covers: b0 drawer, b1 online/offline (and cover), b2 errors,
// b3 roll paper, b6 panel switch (Epson: GS a).
const CATEGORY_BITS: readonly (readonly [number, readonly number[]])[] = [
  [0x01, [0x04, 0, 0, 0]],
  [0x02, [0x28, 0, 0, 0]],
  [0x04, [0, 0x6d, 0, 0]],
  [0x08, [0, 0, 0x0f, 0]],
  [0x40, [0x40, 0x02, 0, 0]],
];

/** True when two ASB statuses differ in a category enabled in `mask`. */
export function asbChanged(before: readonly number[], after: readonly number[], mask: number): boolean {
  return CATEGORY_BITS.some(
    ([category, bits]) =>
      (mask & category) !== 0 && bits.some((b, i) => ((before[i]! ^ after[i]!) & b) !== 0),
  );
}

/** The answer to GS r n: n 1/49 paper sensor (b0+b1 near end, b2+b3 end), n 2/50 drawer (b0); null otherwise. */
export function transmitStatusByte(n: number, s: StatusSnapshot): number | null {
  if (n === 1 || n === 49)
    return flag(has(s, 'paper-near-end') || has(s, 'paper-out'), 0x03) | flag(has(s, 'paper-out'), 0x0c);
  if (n === 2 || n === 50) return flag(s.drawerOpen, 0x01);
  return null;
}

/** The answer to GS I n: one byte for n 1–3 / 49–51, a `5F text 00` block for 65–69; null when not supported. */
export function gsIReply(n: number, id: VirtualIdentity): readonly number[] | null {
  switch (n) {
    case 1:
    case 49:
      return [id.modelId & 0x6f];
    case 2:
    case 50: // type ID: b0 multi-byte font, b1 autocutter (Epson: GS I, type ID table)
      return [flag(id.multibyte, 0x01) | flag(id.autocutter, 0x02)];
    case 3:
    case 51:
      return [0x01];
  }
  const text = (
    { 65: id.firmware, 66: id.maker, 67: id.model, 68: id.serial, 69: id.fontLanguage } as Record<
      number,
      string
    >
  )[n];
  if (text === undefined) return null;
  const ascii = [...text].map((c) => c.charCodeAt(0)).filter((c) => c >= 0x20 && c < 0x7f);
  return [0x5f, ...ascii, 0x00];
}
