/**
 * The wizard's use of the store: recent faults for the fault-history check and the support report, the
 * printer's saved settings, and saving a finished run in the fault log.
 */
import type { FaultObservation } from '../../printer/faults';
import type { PrinterIdentity } from '../../transport/types';
import { allFaults, getPrinter, printerKeyOf, recordFault, resolveFault } from '../../store';
import { RECURRING_WINDOW_MS } from '../../wizard/observe';
import { observationOfRun, resolutionOfRun } from '../../wizard/run-record';
import type { WizardState } from '../../wizard/types';

/** Fault-log entries of the past week (the window the fault-history check uses), as observations. */
export async function recentFaults(now: number): Promise<FaultObservation[]> {
  const entries = await allFaults({ from: now - RECURRING_WINDOW_MS });
  return entries.map((entry) => ({
    kind: entry.kind,
    at: entry.lastAt,
    printer: entry.printer,
    status: entry.status,
    raw: entry.raw,
    activity: entry.activity,
    ...(entry.detail === undefined ? {} : { detail: entry.detail }),
  }));
}

/** The merchant's saved settings for this printer, as plain values for the support report. */
export async function printerSettings(
  identity: PrinterIdentity | null,
): Promise<Record<string, string | number | boolean>> {
  if (!identity) return {};
  const record = await getPrinter(printerKeyOf(identity));
  const settings: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(record?.settings ?? {})) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      settings[key] = value;
  }
  return settings;
}

/**
 * Saves a finished run in the fault log (recorded, then closed with how it ended). Resolves with the entry's
 * id, or null when the run was about no printer fault (a payment question, for example).
 */
export async function saveRun(
  run: WizardState,
  printer: PrinterIdentity | null,
  now: number,
  eReceiptIssued = false,
): Promise<number | null> {
  const observation = observationOfRun(run, printer, now);
  if (!observation) return null;
  const entry = await recordFault(observation);
  await resolveFault(entry.id, resolutionOfRun(run, eReceiptIssued), now);
  return entry.id;
}
