/** A fault entry from an observation, and the keys that group entries (printer, activity). Pure. */
import type { Activity, FaultObservation } from '../printer/faults';
import type { OpenFaultRow } from './schema';
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

/** Turns an observation into a fresh, open entry (no I/O). */
export function entryOf(obs: FaultObservation): OpenFaultRow {
  return {
    kind: obs.kind,
    at: obs.at,
    lastAt: obs.at,
    count: 1,
    printerKey: printerKeyOf(obs.printer),
    printer: obs.printer ? { ...obs.printer } : null,
    status: obs.status ? { ...obs.status, raw: [...obs.status.raw] } : null,
    raw: [...obs.raw],
    activity: { ...obs.activity },
    activityKey: activityKeyOf(obs.activity),
    resolved: 0,
    ...(obs.detail === undefined ? {} : { detail: obs.detail }),
  };
}
