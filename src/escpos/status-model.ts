/**
 * The one typed model of what any ESC/POS printer can tell us about itself.
 * Filled from DLE EOT 1–4, ASB (GS a) or GS r replies by the parser in `status.ts`; see
 * escpos-status.md (shared design notes) for the bit meanings.
 */

export type PaperLevel = 'ok' | 'near-end' | 'out';

/** Which reply a status field was last learned from; kept for support reports. */
export type StatusSource = 'dle-eot' | 'asb' | 'gs-r';

export interface PrinterStatus {
  /** False when the printer says it is offline (cover open, paper out, error, or feed in progress). */
  online: boolean;
  paper: PaperLevel;
  coverOpen: boolean;
  /** Autocutter error (jam or cutter not home). */
  cutterError: boolean;
  /** Auto-recoverable error: on thermal printers this is the print head's temperature protection. */
  headOverheated: boolean;
  /** Recoverable mechanical error other than the cutter (e.g. paper jam). */
  recoverableError: boolean;
  /** Unrecoverable error: the printer needs a power cycle or service. */
  unrecoverableError: boolean;
  /** Printing stopped because the paper ran out. */
  stoppedByPaperEnd: boolean;
  /** Waiting for online recovery after an error. */
  waitingForRecovery: boolean;
  /** Drawer kick-out connector pin 3 is high. Whether high means "open" differs by drawer model. */
  drawerPinHigh: boolean;
  feedButtonPressed: boolean;
  /** The reply bytes this status was built from, newest last, for support reports. */
  raw: readonly number[];
  source: StatusSource;
}

/** A status with nothing wrong; the parser starts from it and overlays what replies say. */
export const HEALTHY_STATUS: PrinterStatus = Object.freeze({
  online: true,
  paper: 'ok',
  coverOpen: false,
  cutterError: false,
  headOverheated: false,
  recoverableError: false,
  unrecoverableError: false,
  stoppedByPaperEnd: false,
  waitingForRecovery: false,
  drawerPinHigh: false,
  feedButtonPressed: false,
  raw: Object.freeze([]) as readonly number[],
  source: 'dle-eot',
}) as PrinterStatus;
