/**
 * Receipt Rescue as a library.
 * - In a web POS (browser): `printReceipt(receipt, options?)` validates, journals (IndexedDB), prints over
 *   WebUSB / Web Serial in the POS's own origin to a confirmed end, and when paper fails resolves with a signed
 *   e-receipt link to show as a QR. `openPrinter` keeps one printer open across sales.
 * - In Node (server side): `validateReceipt`, `receiptToEscPos`, `encodeReceiptLink` and friends need no DOM.
 * See docs/integration.md.
 */
import type { PrinterProfile } from './escpos/capabilities';
import type { FaultObservation } from './printer/faults';
import { PrinterSession, type SessionOptions } from './printer/session';
import type { ReceiptSigner } from './receipt/sign';
import { encodeReceiptLink } from './receipt/link/encode';
import { signerFromKeyPair } from './receipt/sign';
import { printReceipt as runSale } from './sale/print-receipt';
import { profileForPrinter } from './printer/profile';
import { sessionPrinter } from './sale/session-printer';
import type { SaleJournal, SaleOutcome, SalePrinter, SaleStep } from './sale/types';
import { isPrinterError, type PrinterTransport } from './transport/types';

export type { Receipt, ReceiptItem, ReceiptPayment, ReceiptShop } from './receipt/types';
export { checkReceipt, parseReceipt, validateReceipt } from './receipt/validate';
export { ReceiptError, type ReceiptErrorCode } from './receipt/errors';
export { receiptToEscPos, renderReceiptEscPos, type EscPosReceiptOptions } from './receipt/render-escpos';
export { PROFILES, type PrinterProfile } from './escpos/capabilities';
export { encodeReceiptLink, encodeReceiptPayload } from './receipt/link/encode';
export { decodeReceiptLink, type LinkResult } from './receipt/link/decode';
export { qrForLink, qrForText, qrSvg, type QrMatrix } from './receipt/qr';
export { generateSigningKeyPair, signerFromJwk, signerFromKeyPair, type ReceiptSigner } from './receipt/sign';
export { PrinterSession } from './printer/session';
export { PrinterError, type PrinterTransport } from './transport/types';
export { SaleError, type SaleErrorCode } from './sale/errors';
export type { SaleJournal, SaleOutcome, SaleStep } from './sale/types';

/** Which printer to print on: an open session (kept open), a transport, or a browser chooser (needs a tap). */
export type PrinterChoice = PrinterSession | PrinterTransport | 'usb' | 'serial';

/** Options of `printReceipt`; every one has a browser default. */
export interface PrintOptions {
  /** Default `'usb'`: the browser's USB chooser (call from a click). A session you pass stays open. */
  printer?: PrinterChoice;
  /** Paper width and code page; default the one chosen for the printer (model table, probe), else 80 mm. */
  profile?: PrinterProfile;
  /** Where customers open e-receipts (a copy of this app's build); default this origin's root. */
  viewerBase?: string;
  /** Signs e-receipt links; default this browser's non-extractable key kept in IndexedDB. */
  signer?: ReceiptSigner;
  /** Where the receipt's states are written (its `claim` a compare-and-set); default the IndexedDB journal. */
  journal?: SaleJournal;
  /** Where faults are logged; default the IndexedDB fault log. */
  recordFault?: (observation: FaultObservation) => Promise<unknown>;
  onStep?: (step: SaleStep) => void;
}

/** Opens a printer session: a chooser (`'usb'`, `'serial'`; needs a user gesture) or a transport you made. */
export async function openPrinter(
  choice: 'usb' | 'serial' | PrinterTransport,
  options: SessionOptions = {},
): Promise<PrinterSession> {
  let transport: PrinterTransport;
  if (choice === 'usb') transport = await (await import('./transport/webusb')).WebUsbTransport.request();
  else if (choice === 'serial')
    transport = await (await import('./transport/webserial')).WebSerialTransport.request();
  else transport = choice;
  return PrinterSession.open(transport, options);
}

/** A printer that could not be opened: the sale goes straight to the e-receipt with the reason. */
function unreachable(error: unknown): SalePrinter {
  const cause = isPrinterError(error) ? error.code : 'not-found';
  return {
    readiness: () => ({ ready: false, cause, printer: null, status: null }),
    render: () => new Uint8Array(0),
    print: () => Promise.resolve({ kind: 'failed', cause }),
  };
}

/** Prints one receipt and resolves with how it reached the customer (see `SaleOutcome`). */
export async function printReceipt(receipt: unknown, options: PrintOptions = {}): Promise<SaleOutcome> {
  const recordFault = options.recordFault ?? (await import('./store/fault-log')).recordFault;
  const journal = options.journal ?? (await import('./sale/store-deps')).storeJournal;
  const given = options.printer ?? 'usb';
  let session: PrinterSession | null = given instanceof PrinterSession ? given : null;
  let printer: SalePrinter;
  // A recognised 58 mm printer gets receipts laid out for 32 columns unless the caller names a profile.
  const profileOf = (open: PrinterSession) =>
    options.profile ?? profileForPrinter(open.transport.identity, open.capabilities);
  if (session) {
    const kept = session;
    printer = sessionPrinter(
      () => kept,
      () => profileOf(kept),
    );
  } else {
    try {
      session = await openPrinter(given as 'usb' | 'serial' | PrinterTransport, { onFault: recordFault });
      const opened = session;
      printer = sessionPrinter(
        () => opened,
        () => profileOf(opened),
      );
    } catch (error) {
      printer = unreachable(error);
    }
  }
  const viewerBase = options.viewerBase ?? new URL('/', location.href).href;
  const signer = async () =>
    options.signer ?? signerFromKeyPair(await (await import('./store/keys')).getOrCreateSigningKey());
  try {
    return await runSale(receipt, {
      printer,
      journal,
      recordFault,
      issueLink: async (valid) => encodeReceiptLink(viewerBase, valid, { signer: await signer() }),
      now: Date.now,
      ...(options.onStep ? { onStep: options.onStep } : {}),
    });
  } finally {
    if (session && session !== given) await session.close();
  }
}
