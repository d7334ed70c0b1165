/**
 * A printer session as the sale's `SalePrinter`: readiness from the session's last status, receipts
 * rendered for the session's profile, jobs run by the session to a confirmed end.
 */
import { PROFILES, type PrinterProfile } from '../escpos/capabilities';
import { isBlocking } from '../printer/faults';
import type { PrintJob } from '../printer/job-chunks';
import type { JobOutcome } from '../printer/job-outcome';
import type { PrinterSession } from '../printer/session';
import { renderReceiptEscPos, type EscPosReceiptOptions } from '../receipt/render-escpos';
import type { Readiness, SalePrinter } from './types';

/** The profile a session prints with when the caller does not say: the virtual one or generic 80 mm. */
export function defaultProfile(session: PrinterSession | null): PrinterProfile {
  return session?.transport.kind === 'virtual' ? PROFILES.virtual : PROFILES['generic-80'];
}

/** Whether a receipt can go to `session` now; a printer that does not answer status still counts as ready. */
export function sessionReadiness(session: PrinterSession | null): Readiness {
  if (!session) return { ready: false, cause: 'not-found', printer: null, status: null };
  const printer = session.transport.identity;
  if (session.closed) return { ready: false, cause: 'disconnected', printer, status: session.status };
  const blocking = session.faults.find(isBlocking);
  if (blocking) return { ready: false, cause: blocking, printer, status: session.status };
  return { ready: true };
}

/**
 * The sale's printer over whichever session `current()` returns at the time (the app's controller swaps
 * sessions on reconnect). `profileOf` picks the paper width and code page; `paper` adds rendering options
 * (e.g. the key fingerprint line at the foot).
 */
export function sessionPrinter(
  current: () => PrinterSession | null,
  profileOf: (session: PrinterSession | null) => PrinterProfile = defaultProfile,
  paper: Omit<EscPosReceiptOptions, 'profile'> = {},
): SalePrinter {
  return {
    readiness: () => sessionReadiness(current()),
    render: (receipt) => renderReceiptEscPos(receipt, { ...paper, profile: profileOf(current()) }).commands,
    print: (job, activity, onSent) => {
      const session = current();
      if (!session) {
        return Promise.resolve({ kind: 'failed', cause: 'not-found', detail: 'No printer is connected.' });
      }
      return watchingSent(session, job, onSent, () => session.print(job, activity));
    },
  };
}

/**
 * Runs `run` (which prints `job` on `session`) and calls `onSent` when the session says every byte of that
 * very job was accepted; other jobs' `sent` events (a queued test page) are not this job's.
 */
export async function watchingSent(
  session: PrinterSession | null,
  job: PrintJob,
  onSent: (() => void) | undefined,
  run: () => Promise<JobOutcome>,
): Promise<JobOutcome> {
  const stop = onSent && session?.on('sent', (event) => event.job === job && onSent());
  try {
    return await run();
  } finally {
    stop?.();
  }
}
