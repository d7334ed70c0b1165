/**
 * A finished (or abandoned) wizard run as a fault-log observation: which fault it was about, a one-line account
 * of what was tried, and how it ended. Pure; the app writes it to the store.
 */
import {
  isStatusFault,
  type FaultKind,
  type FaultObservation,
  type FaultResolution,
} from '../printer/faults';
import type { PrinterIdentity } from '../transport/types';
import { FLOW } from './flows';
import { endOf } from './step';
import type { Flow, Observation, WizardState } from './types';

/** The fault a run is about: what started it, else the first fault a check found, else null (e.g. a payment question). */
export function faultOfRun(run: WizardState): FaultKind | null {
  switch (run.reason.kind) {
    case 'fault':
      return run.reason.fault;
    case 'lost':
      return run.reason.code;
    case 'silent':
      return 'no-answer';
    case 'not-connected':
    case 'menu':
      break;
  }
  for (const { observation } of run.history) {
    if (observation.kind !== 'checked') continue;
    const outcome: string = observation.outcome;
    if (observation.check === 'status' || observation.check === 'test-print') {
      if (outcome === 'no-answer') return 'no-answer';
      if (isStatusFault(outcome as FaultKind)) return outcome as FaultKind;
    }
  }
  return run.reason.kind === 'not-connected' ? 'not-found' : null;
}

function short(observation: Observation): string {
  switch (observation.kind) {
    case 'checked':
      return `${observation.check}=${observation.outcome}`;
    case 'answered':
      return `answer=${observation.choice}`;
    case 'fix-done':
      return 'done';
  }
}

/** "wizard cover-fix → end-cover-fixed (fixed): cover-fix[status=ready] cover-recheck[status=ready]". */
export function runSummary(run: WizardState, flow: Flow = FLOW): string {
  const end = endOf(run, flow);
  const steps = run.history.map((entry) => `${entry.step}[${short(entry.observation)}]`).join(' ');
  return `wizard ${run.entry} → ${run.at} (${end ? end.result : 'unfinished'}): ${steps}`;
}

/** How the fault log should close the run's entry; e-receipt issued wins over "gave up". */
export function resolutionOfRun(
  run: WizardState,
  eReceiptIssued: boolean,
  flow: Flow = FLOW,
): FaultResolution {
  const end = endOf(run, flow);
  if (end?.result === 'fixed') return 'fixed-by-merchant';
  return eReceiptIssued ? 'e-receipt-issued' : 'gave-up';
}

/** The observation to record for a run, or null when the run was about no printer fault at all. */
export function observationOfRun(
  run: WizardState,
  printer: PrinterIdentity | null,
  at: number,
  flow: Flow = FLOW,
): FaultObservation | null {
  const kind = faultOfRun(run);
  if (kind === null) return null;
  return {
    kind,
    at,
    printer,
    status: null,
    raw: [],
    activity: { kind: 'troubleshooting' },
    detail: runSummary(run, flow),
  };
}
