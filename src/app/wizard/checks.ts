/**
 * Performs the wizard's checks against the live printer and the browser, and turns what it finds into
 * observations through the wizard's pure classifiers.
 */
import type { FaultObservation } from '../../printer/faults';
import { faultOfRun } from '../../wizard/run-record';
import {
  browserOutcome,
  connectionOutcome,
  faultHistoryOutcome,
  platformOutcome,
  statusOutcome,
  testPrintOutcome,
} from '../../wizard/observe';
import type { CheckKind, CheckObservation, WizardState } from '../../wizard/types';
import type { PrinterActions, PrinterView } from '../printer-view';

/** Everything a check may look at; the screen fills it from the printer context and the browser. */
export interface CheckEnv {
  /** The printer view as it is right now (read through a ref, so a check sees changes made by actions). */
  view(): PrinterView;
  actions: PrinterActions;
  /** Makes a real request to the app's own address; resolves with whether anything answered. */
  reachOwnOrigin(signal: AbortSignal): Promise<boolean>;
  secureContext: boolean;
  webUsb: boolean;
  webSerial: boolean;
  userAgent: string;
  uaPlatform?: string;
  recentFaults(): Promise<readonly Pick<FaultObservation, 'kind' | 'at'>[]>;
  /** Tries the usual serial speeds; resolves with the one the printer answered at, or null. Absent: cannot probe. */
  probeBaud?: (signal: AbortSignal) => Promise<number | null>;
  now(): number;
}

/**
 * Runs one check and reports what it found. Rejects only when the check itself could not run. A `passive`
 * check reads what the app already knows instead of asking the printer again: watching for a fix relies on
 * the session's own polling, which keeps the printer's line quiet enough to notice it answering again.
 */
export async function performCheck(
  check: CheckKind,
  env: CheckEnv,
  run: WizardState,
  signal: AbortSignal,
  mode: 'active' | 'passive' = 'active',
): Promise<CheckObservation> {
  switch (check) {
    case 'status': {
      const ask = mode === 'active' && env.view().state === 'connected';
      const view = ask ? await env.actions.refreshStatus() : env.view();
      return { kind: 'checked', check, outcome: statusOutcome(view), at: env.now() };
    }
    case 'test-print': {
      if (env.view().state !== 'connected') {
        return { kind: 'checked', check, outcome: 'not-connected', at: env.now() };
      }
      const job = await env.actions.printTestPage();
      const detail = job.kind === 'failed' ? (job.detail ?? job.cause) : undefined;
      return {
        kind: 'checked',
        check,
        outcome: testPrintOutcome(job),
        at: env.now(),
        ...(detail ? { detail } : {}),
      };
    }
    case 'connection':
      return { kind: 'checked', check, outcome: connectionOutcome(env.view()), at: env.now() };
    case 'browser': {
      const abilities = { secureContext: env.secureContext, webUsb: env.webUsb, webSerial: env.webSerial };
      return { kind: 'checked', check, outcome: browserOutcome(abilities), at: env.now() };
    }
    case 'platform':
      return {
        kind: 'checked',
        check,
        outcome: platformOutcome(env.userAgent, env.uaPlatform),
        at: env.now(),
      };
    case 'network': {
      // Always live, even while watching: the request is what proves the network, and it is small.
      const reached = await env.reachOwnOrigin(signal);
      return { kind: 'checked', check, outcome: reached ? 'online' : 'offline', at: env.now() };
    }
    case 'serial-baud': {
      if (!env.probeBaud) return { kind: 'checked', check, outcome: 'unavailable', at: env.now() };
      const baud = await env.probeBaud(signal);
      return baud === null
        ? { kind: 'checked', check, outcome: 'silent', at: env.now() }
        : { kind: 'checked', check, outcome: 'found', at: env.now(), detail: String(baud) };
    }
    case 'fault-history': {
      const fault = faultOfRun(run);
      const log = await env.recentFaults();
      const outcome = fault === null ? 'rare' : faultHistoryOutcome(log, fault, env.now());
      return { kind: 'checked', check, outcome, at: env.now() };
    }
  }
}
