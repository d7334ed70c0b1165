/**
 * The one pure step function of the wizard: `start` picks the first step from what is already known,
 * `next` decides where an observation leads. The UI only shows steps and performs checks.
 */
import { isStatusFault, type FaultKind } from '../printer/faults';
import type { PrinterErrorCode } from '../transport/types';
import { FAULT_ENTRY, FLOW } from './flows';
import { BLUETOOTH_ENTRY, BLUETOOTH_LOST_ENTRY } from './flows/bluetooth';
import { isBluetoothPrinter } from './observe';
import type {
  EndStep,
  Flow,
  Observation,
  StartContext,
  StartReason,
  Step,
  StepId,
  WizardState,
} from './types';

/** Misuse of the wizard: an observation that does not fit the current step, or a flow that names a missing step. */
export type WizardErrorCode =
  'unknown-step' | 'finished' | 'wrong-observation' | 'unknown-choice' | 'unknown-outcome';

/** The wizard layer's coded error. */
export class WizardError extends Error {
  override readonly name = 'WizardError';
  constructor(
    readonly code: WizardErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Where a lost connection's branch begins, by the transport's error code. */
const LOST_ENTRY: Readonly<Record<PrinterErrorCode, StepId>> = {
  'not-found': 'browser-check',
  unsupported: 'browser-check',
  'access-denied': 'platform-check',
  claimed: 'platform-check',
  disconnected: 'power-ask',
  timeout: 'cable-fix',
  stalled: 'cable-fix',
  garbled: 'cable-fix',
};

/** Every step a run can begin at (for the graph checks). */
export const ENTRY_POINTS: readonly StepId[] = [
  ...new Set([
    'symptom',
    'connect-fix',
    'connection-check',
    'baud-check',
    BLUETOOTH_ENTRY,
    BLUETOOTH_LOST_ENTRY,
    ...Object.values(FAULT_ENTRY),
    ...Object.values(LOST_ENTRY),
  ]),
];

function faultEntry(fault: FaultKind, serial: boolean): StepId {
  if (isStatusFault(fault)) return FAULT_ENTRY[fault];
  if (fault === 'no-answer') return FAULT_ENTRY['no-answer'];
  return lostEntry(fault, serial);
}

function lostEntry(code: PrinterErrorCode, serial: boolean): StepId {
  // A serial printer that answers with junk is most often set to another speed.
  return code === 'garbled' && serial ? 'baud-check' : LOST_ENTRY[code];
}

/** The first step and why: a live fault jumps straight to its branch. */
export function entryFor(context: StartContext): { entry: StepId; reason: StartReason } {
  const printer = context.printer;
  if (context.menu) return { entry: 'symptom', reason: { kind: 'menu' } };
  switch (printer.state) {
    case 'not-connected':
      return { entry: 'connect-fix', reason: { kind: 'not-connected' } };
    case 'connecting':
      return { entry: 'connection-check', reason: { kind: 'not-connected' } };
    case 'lost': {
      // A Bluetooth printer that went away is most often asleep, flat, out of range or taken by another phone.
      if (isBluetoothPrinter(printer.identity) && printer.error.code !== 'unsupported') {
        return { entry: BLUETOOTH_LOST_ENTRY, reason: { kind: 'lost', code: printer.error.code } };
      }
      const serial = printer.identity?.transport === 'serial';
      return {
        entry: lostEntry(printer.error.code, serial),
        reason: { kind: 'lost', code: printer.error.code },
      };
    }
    case 'connected': {
      const fault = printer.faults[0];
      if (fault !== undefined) {
        const serial = printer.identity.transport === 'serial';
        // A Bluetooth link that fails (not the printer's own status) has no cable or baud rate to check.
        const link = !isStatusFault(fault) && fault !== 'no-answer';
        const entry =
          link && isBluetoothPrinter(printer.identity) ? BLUETOOTH_LOST_ENTRY : faultEntry(fault, serial);
        return { entry, reason: { kind: 'fault', fault } };
      }
      if (printer.answering === 'no') return { entry: FAULT_ENTRY['no-answer'], reason: { kind: 'silent' } };
      return { entry: 'symptom', reason: { kind: 'menu' } };
    }
  }
}

/** Begins a run at `now` (epoch ms). */
export function start(context: StartContext, now: number, flow: Flow = FLOW): WizardState {
  const { entry, reason } = entryFor(context);
  stepIn(flow, entry);
  return { at: entry, entry, reason, startedAt: now, history: [] };
}

/** The step a run is on. */
export function currentStep(state: WizardState, flow: Flow = FLOW): Step {
  return stepIn(flow, state.at);
}

/** The end a run reached, or null while it is still going. */
export function endOf(state: WizardState, flow: Flow = FLOW): EndStep | null {
  const step = currentStep(state, flow);
  return step.kind === 'end' ? step : null;
}

/**
 * Where `observation` leads from the current step. A watch poll that finds nothing new returns the same state
 * object, so callers can skip re-rendering; anything that does not fit the step throws a WizardError.
 */
export function next(state: WizardState, observation: Observation, flow: Flow = FLOW): WizardState {
  const step = currentStep(state, flow);
  const target = targetOf(step, state.at, observation);
  if (target === null) return state;
  stepIn(flow, target);
  return { ...state, at: target, history: [...state.history, { step: state.at, observation }] };
}

function targetOf(step: Step, at: StepId, observation: Observation): StepId | null {
  switch (step.kind) {
    case 'end':
      throw new WizardError('finished', `The run already ended at "${at}".`);
    case 'check': {
      if (observation.kind !== 'checked' || observation.check !== step.check) {
        throw new WizardError('wrong-observation', `Step "${at}" waits for the "${step.check}" check.`);
      }
      const target = (step.on as Readonly<Record<string, StepId>>)[observation.outcome];
      if (target === undefined) {
        throw new WizardError('unknown-outcome', `Step "${at}" has no route for "${observation.outcome}".`);
      }
      return target;
    }
    case 'question': {
      if (observation.kind !== 'answered') {
        throw new WizardError('wrong-observation', `Step "${at}" waits for the merchant's answer.`);
      }
      const choice = step.choices.find((candidate) => candidate.id === observation.choice);
      if (!choice)
        throw new WizardError('unknown-choice', `Step "${at}" has no choice "${observation.choice}".`);
      return choice.next;
    }
    case 'fix': {
      if (observation.kind === 'fix-done') return step.then;
      const watch = step.watch;
      if (observation.kind !== 'checked' || !watch || observation.check !== watch.check) {
        throw new WizardError('wrong-observation', `Step "${at}" waits for "done" or its watched check.`);
      }
      return (watch.until as readonly string[]).includes(observation.outcome) ? step.then : null;
    }
  }
}

function stepIn(flow: Flow, id: StepId): Step {
  const step = flow[id];
  if (!step) throw new WizardError('unknown-step', `The flow has no step "${id}".`);
  return step;
}
