/** The keys that group fault entries: which printer, and what the app was doing. Pure. */
import type { Activity } from '../printer/faults';
import type { PrinterIdentity } from '../transport/types';

/** Printer key of entries with no printer (none could be reached). */
export const NO_PRINTER = 'none';

const hex4 = (value: number | undefined) => (value === undefined ? '-' : value.toString(16).padStart(4, '0'));

/**
 * A stable key for one physical printer: transport, USB vendor/product, and the serial number when the device
 * reports one (else its name), so two identical models on one counter stay apart.
 */
export function printerKeyOf(identity: PrinterIdentity | null): string {
  if (!identity) return NO_PRINTER;
  const unit = identity.serialNumber ?? identity.name;
  return `${identity.transport}:${hex4(identity.vendorId)}:${hex4(identity.productId)}:${unit}`;
}

/** What folding compares: the kind of activity and, when printing, which receipt. */
export function activityKeyOf(activity: Activity): string {
  return activity.kind === 'printing-receipt' ? `printing-receipt:${activity.receiptId}` : activity.kind;
}
