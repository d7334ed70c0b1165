/** The types of the virtual printer's public API (see `virtual-printer.ts` for its semantics). */
import type { ChineseFont } from './interpreter/charset';
import type { VirtualIdentity } from './virtual-status';

/** Faults the virtual printer can be put into. */
export type VirtualFault =
  | 'paper-near-end'
  | 'paper-out'
  | 'cover-open'
  | 'cutter-jam'
  | 'overheated'
  | 'offline'
  | 'unrecoverable-error';

/** How the printer sends its replies. */
export type ReplyMode =
  { kind: 'normal' } | { kind: 'silent' } | { kind: 'garbled' } | { kind: 'slow'; delayMs: number };

/** The part of a printer profile the virtual printer uses (structurally compatible with `PrinterProfile`). */
export interface VirtualProfile {
  name?: string;
  dots?: number;
  chineseFont?: boolean;
  /** The set its Chinese font reads: GB18030 (default, mainland firmware) or Big5 (Taiwan, Hong Kong firmware). */
  chineseFontCodes?: ChineseFont;
  cutter?: 'none' | 'partial' | 'full';
  /** Which replies it gives: 'dle-eot', 'asb', 'gs-r', 'gs-i'. Default: all. */
  statusQueries?: readonly string[];
}

/** Options of a new virtual printer. */
export interface VirtualPrinterOptions {
  profile?: VirtualProfile;
  /** Printable width in dots; overrides the profile's. Default 576 (80 mm). */
  widthDots?: number;
  /** Whether GS a is honoured; default from the profile's status queries. */
  asbCapable?: boolean;
  /** Whether GS ( H fn 48 is answered; default true. */
  completionCapable?: boolean;
  identity?: Partial<VirtualIdentity>;
  /** Largest incomplete command the receive buffer holds (bytes); default 16 MiB. */
  receiveBufferBytes?: number;
  /** Timer for slow replies; default `setTimeout`. */
  schedule?: (run: () => void, delayMs: number) => void;
}

/** A snapshot of what the simulated printer knows about itself. */
export interface VirtualPrinterState {
  faults: readonly VirtualFault[];
  /** A blocking fault is on: print data and in-order replies wait. */
  blocked: boolean;
  /** GS a mask in effect (0 = ASB off). */
  asbMask: number;
  /** Bytes received but not yet processed. */
  bufferedBytes: number;
  /** Bytes lost because one incomplete command outgrew the receive buffer. */
  droppedBytes: number;
  drawerOpen: boolean;
  drawerPulses: number;
  beeps: number;
  /** Printed lines (text lines and graphics) since the printer was created. */
  linesPrinted: number;
  /** Lines left before the paper runs out, or null when it will not. */
  paperOutAfter: number | null;
  replyMode: ReplyMode;
}
