/**
 * One practice drill as a small state machine, kept apart from the screen so its rules are tested alone:
 * the clock starts when the app first sees the fault, then times two things the staff must do — put the
 * customer's QR on screen, and get the printer ready again. The drill ends when the printer is fixed.
 */

/** What a drill rehearses (the three failures merchants meet most at the counter). */
export const DRILL_SCENARIOS = ['paper-out-mid-sale', 'cover-open', 'unplugged'] as const;
export type DrillScenario = (typeof DRILL_SCENARIOS)[number];

/** Whether a stored scenario name is one this version knows. */
export function isScenario(name: string): name is DrillScenario {
  return (DRILL_SCENARIOS as readonly string[]).includes(name);
}

export type DrillEvent =
  | { kind: 'fault'; at: number }
  | { kind: 'qr'; at: number }
  | { kind: 'fixed'; at: number }
  | { kind: 'stop'; at: number };

export type DrillPhase =
  /** Started; the fault is set up but the app has not seen it yet (paper runs out only once a sale prints). */
  | { kind: 'waiting-for-fault'; scenario: DrillScenario; startedAt: number }
  /** The fault happened at `faultAt`; `qrAt` once the customer's QR was on screen. */
  | { kind: 'running'; scenario: DrillScenario; startedAt: number; faultAt: number; qrAt: number | null }
  | { kind: 'ended'; result: DrillResult };

export interface DrillResult {
  scenario: DrillScenario;
  startedAt: number;
  /** Fault → the customer's QR on screen; null when it never was. */
  toQrMs: number | null;
  /** Fault → printer ready; null when the drill was stopped first. */
  toFixedMs: number | null;
  completed: boolean;
}

export function startDrill(scenario: DrillScenario, at: number): DrillPhase {
  return { kind: 'waiting-for-fault', scenario, startedAt: at };
}

/** The next phase after `event`; events that mean nothing in a phase leave it as it is. */
export function stepDrill(phase: DrillPhase, event: DrillEvent): DrillPhase {
  if (phase.kind === 'ended') return phase;
  if (event.kind === 'stop') {
    const faultAt = phase.kind === 'running' ? phase.faultAt : null;
    const qrAt = phase.kind === 'running' ? phase.qrAt : null;
    return {
      kind: 'ended',
      result: {
        scenario: phase.scenario,
        startedAt: phase.startedAt,
        toQrMs: faultAt !== null && qrAt !== null ? qrAt - faultAt : null,
        toFixedMs: null,
        completed: false,
      },
    };
  }
  if (phase.kind === 'waiting-for-fault')
    return event.kind === 'fault'
      ? {
          kind: 'running',
          scenario: phase.scenario,
          startedAt: phase.startedAt,
          faultAt: event.at,
          qrAt: null,
        }
      : phase;
  switch (event.kind) {
    case 'qr':
      return phase.qrAt === null ? { ...phase, qrAt: event.at } : phase;
    case 'fixed':
      return {
        kind: 'ended',
        result: {
          scenario: phase.scenario,
          startedAt: phase.startedAt,
          toQrMs: phase.qrAt === null ? null : phase.qrAt - phase.faultAt,
          toFixedMs: event.at - phase.faultAt,
          completed: true,
        },
      };
    default:
      return phase;
  }
}
