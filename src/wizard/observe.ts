/**
 * Pure translations from what the app can see (the printer snapshot, a job's outcome, the browser's abilities)
 * to the outcomes the flow routes on. The app gathers the facts; these decide what they mean.
 */
import { isStatusFault, type FaultKind, type FaultObservation } from '../printer/faults';
import type { JobOutcome } from '../printer/job-outcome';
import { isBluetoothPrinter } from '../printer/bluetooth-identity';
import type { CheckOutcome, PrinterSnapshot, StatusOutcome } from './types';

/** The status outcome a printer snapshot shows: its most specific fault first, then silence, then ready. */
export function statusOutcome(printer: PrinterSnapshot): StatusOutcome {
  if (printer.state !== 'connected') return 'not-connected';
  const fault = printer.faults[0];
  if (fault !== undefined) return isStatusFault(fault) ? fault : 'no-answer';
  // A printer that has never answered is silent even if nobody has marked it so yet.
  if (printer.answering === 'no' || printer.status === null) return 'no-answer';
  return 'ready';
}

/** The test-print outcome of a finished job. */
export function testPrintOutcome(job: JobOutcome): CheckOutcome<'test-print'> {
  switch (job.kind) {
    case 'printed':
      return 'printed';
    case 'sent-unconfirmed':
      return 'unconfirmed';
    case 'failed':
      return failureOutcome(job.cause);
  }
}

function failureOutcome(cause: FaultKind): CheckOutcome<'test-print'> {
  if (isStatusFault(cause)) return cause;
  if (cause === 'no-answer' || cause === 'timeout') return 'no-answer';
  return cause === 'not-found' ? 'not-connected' : 'connection-failed';
}

/** Which transport is open, or none; a classic Bluetooth printer's serial port counts as Bluetooth. */
export function connectionOutcome(printer: PrinterSnapshot): CheckOutcome<'connection'> {
  switch (printer.state) {
    case 'connected':
      return isBluetoothPrinter(printer.identity) ? 'bluetooth' : printer.identity.transport;
    case 'lost':
      return 'lost';
    case 'not-connected':
    case 'connecting':
      return 'not-connected';
  }
}

export { isBluetoothPrinter };

/** What the browser offers for reaching a printer. */
export interface BrowserAbilities {
  secureContext: boolean;
  webUsb: boolean;
  webSerial: boolean;
}

/** Whether this browser can reach a printer at all; an insecure page hides both APIs, so it is named first. */
export function browserOutcome(abilities: BrowserAbilities): CheckOutcome<'browser'> {
  if (!abilities.secureContext) return 'insecure';
  return abilities.webUsb || abilities.webSerial ? 'supported' : 'unsupported';
}

/** The operating system, from `navigator.userAgentData.platform` when present, else the user-agent string. */
export function platformOutcome(userAgent: string, uaPlatform?: string): CheckOutcome<'platform'> {
  const text = `${uaPlatform ?? ''} ${userAgent}`.toLowerCase();
  // Android user agents also say "Linux", so Android is tested first.
  if (text.includes('android')) return 'android';
  if (text.includes('windows')) return 'windows';
  if (text.includes('mac')) return 'mac';
  if (text.includes('linux') || text.includes('x11')) return 'linux';
  return 'other';
}

/** How many times within `windowMs` the same fault makes it "recurring" rather than bad luck. */
export const RECURRING_COUNT = 3;
export const RECURRING_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether `kind` was logged at least RECURRING_COUNT times in the week before `now`. */
export function faultHistoryOutcome(
  log: readonly Pick<FaultObservation, 'kind' | 'at'>[],
  kind: FaultKind,
  now: number,
): CheckOutcome<'fault-history'> {
  const recent = log.filter((entry) => entry.kind === kind && now - entry.at <= RECURRING_WINDOW_MS);
  return recent.length >= RECURRING_COUNT ? 'recurring' : 'rare';
}
