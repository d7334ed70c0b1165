/** Routing shared by many steps: where each status fault's branch begins, and status checks built on it. */
import type { CheckOutcome, StatusOutcome, StepId, Text } from '../types';

/** The first step of each status fault's branch; a live fault jumps straight here. */
export const FAULT_ENTRY: Readonly<Record<Exclude<StatusOutcome, 'ready' | 'not-connected'>, StepId>> = {
  'paper-out': 'paper-out-fix',
  'paper-near-end': 'near-end-fix',
  'cover-open': 'cover-fix',
  'cutter-jam': 'cutter-fix',
  overheated: 'heat-fix',
  'recoverable-error': 'jam-fix',
  'unrecoverable-error': 'restart-fix',
  offline: 'offline-fix',
  'no-answer': 'silent-fix',
};

/** Routes of a status check: each fault to its branch, unless `overrides` says otherwise. */
export function statusRoutes(
  ready: StepId,
  overrides: Partial<Record<StatusOutcome, StepId>> = {},
): Record<StatusOutcome, StepId> {
  return { ...FAULT_ENTRY, ready, 'not-connected': 'connect-fix', ...overrides };
}

/** Routes of a test print: a failure goes to the branch of the fault that stopped it. */
export function testPrintRoutes(
  printed: StepId,
  overrides: Partial<Record<CheckOutcome<'test-print'>, StepId>> = {},
): Record<CheckOutcome<'test-print'>, StepId> {
  return {
    ...FAULT_ENTRY,
    printed,
    unconfirmed: printed,
    'not-connected': 'connect-fix',
    'connection-failed': 'power-ask',
    ...overrides,
  };
}

/** Status outcomes that mean a fault other than `fault` is now in charge (or none is): time to re-check. */
export function afterFixing(fault: Exclude<StatusOutcome, 'ready' | 'not-connected'>): StatusOutcome[] {
  const all = Object.keys(FAULT_ENTRY) as (keyof typeof FAULT_ENTRY)[];
  return ['ready', ...all.filter((kind) => kind !== fault && kind !== 'no-answer')];
}

/** A title for status checks that follow a fix. */
export const CHECKING_AGAIN: Text = { zh: '正在重新检查打印机…', en: 'Checking the printer again…' };
