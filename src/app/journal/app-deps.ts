/**
 * The sale and the reprint wired to the app: the controller's session, the IndexedDB journal and fault log,
 * the tablet's signing key. A Web Lock is held per receipt while it prints, so another tab (or this one
 * after a reload) can tell a live job from one a closed page left behind.
 */
import type { PrintJob } from '../../printer/job-chunks';
import type { Activity } from '../../printer/faults';
import type { JobOutcome } from '../../printer/job-outcome';
import { encodeReceiptLink } from '../../receipt/link/encode';
import type { ReprintDeps } from '../../sale/reprint';
import { defaultProfile, sessionPrinter, watchingSent } from '../../sale/session-printer';
import { storeJournal } from '../../sale/store-deps';
import type { SaleDeps, SalePrinter, SaleStep } from '../../sale/types';
import { recordFault } from '../../store/fault-log';
import { receiptFingerprint } from '../ereceipt/paper-identity';
import { tabletSigner } from '../ereceipt/signing';
import { defaultViewerBase } from '../ereceipt/use-link';
import type { PrinterController } from '../printer-controller';
import { appJournal } from './app-journal';
import { withReceiptLock } from './locks';

/**
 * The controller's printer (which records each job in the store), holding the receipt's lock for the length
 * of each receipt job, unless the caller holds it already (`lockHeld`: Web Locks do not nest, so taking it
 * again would wait for ever on itself).
 */
function lockedPrinter(
  controller: PrinterController,
  keyFingerprint: string | undefined,
  lockHeld: boolean,
): SalePrinter {
  // Receipts are laid out for the connected printer's profile (58 mm paper gets 32 columns).
  const inner = sessionPrinter(
    () => controller.session,
    (session) => controller.active?.profile ?? defaultProfile(session),
    keyFingerprint ? { keyFingerprint } : {},
  );
  const run = (job: PrintJob, activity: Activity, onSent?: () => void): Promise<JobOutcome> =>
    watchingSent(controller.session, job, onSent, () => controller.print(job, activity));
  const print = (job: PrintJob, activity: Activity, onSent?: () => void): Promise<JobOutcome> =>
    activity.kind === 'printing-receipt' && !lockHeld
      ? withReceiptLock(activity.receiptId, () => run(job, activity, onSent))
      : run(job, activity, onSent);
  return { ...inner, print };
}

/** The signed link of a receipt, with this tablet's key, pointing at this app's viewer. */
export async function issueLink(receipt: Parameters<SaleDeps['issueLink']>[0]): Promise<string> {
  const { signer } = await tabletSigner();
  return encodeReceiptLink(defaultViewerBase(), receipt, { signer });
}

/**
 * Dependencies of `printReceipt` in the app (the key's fingerprint at the foot when the merchant asked for
 * it). `lockHeld`: the caller holds the receipt's printing lock for the whole sale (see `ifReceiptFree`).
 */
export async function appSaleDeps(
  controller: PrinterController,
  onStep?: (step: SaleStep) => void,
  lockHeld = false,
): Promise<SaleDeps> {
  return {
    printer: lockedPrinter(controller, await receiptFingerprint(), lockHeld),
    journal: appJournal(),
    recordFault,
    issueLink,
    now: Date.now,
    ...(onStep ? { onStep } : {}),
  };
}

/** Dependencies of `reprintReceipt` in the app; `lockHeld` as for `appSaleDeps`. */
export async function appReprintDeps(controller: PrinterController, lockHeld = false): Promise<ReprintDeps> {
  // Claims stay a compare-and-set on disk; the states after a claim may be kept in memory on a full disk.
  const held = appJournal();
  const journal = {
    claim: storeJournal.claim,
    setState: (...args: Parameters<typeof held.setState>) => held.setState(...args),
  };
  return { printer: lockedPrinter(controller, await receiptFingerprint(), lockHeld), journal, now: Date.now };
}
