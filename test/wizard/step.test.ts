import { describe, expect, test } from 'vitest';
import { HEALTHY_STATUS } from '../../src/escpos/status-model';
import { faultsOf, type StatusFaultKind } from '../../src/printer/faults';
import type { PrinterErrorCode, PrinterIdentity } from '../../src/transport/types';
import { FAULT_ENTRY, FLOW } from '../../src/wizard/flows';
import { outcomesOf } from '../../src/wizard/outcomes';
import { ENTRY_POINTS, currentStep, endOf, entryFor, next, start, WizardError } from '../../src/wizard/step';
import type {
  CheckKind,
  CheckOutcome,
  Observation,
  PrinterSnapshot,
  WizardState,
} from '../../src/wizard/types';

const USB: PrinterIdentity = { transport: 'usb', name: 'XP-58IIH', vendorId: 0x0416, productId: 0x5011 };
const SERIAL: PrinterIdentity = { transport: 'serial', name: 'COM3' };

function connected(
  faults: readonly StatusFaultKind[] = [],
  answering: 'yes' | 'no' = 'yes',
): PrinterSnapshot {
  return { state: 'connected', identity: USB, status: HEALTHY_STATUS, faults, answering };
}

const checked = <C extends CheckKind>(check: C, outcome: CheckOutcome<C>, at = 2): Observation =>
  ({ kind: 'checked', check, outcome, at }) as Observation;
const answered = (choice: string, at = 2): Observation => ({ kind: 'answered', choice, at });
const done = (at = 2): Observation => ({ kind: 'fix-done', at });

function run(state: WizardState, ...observations: Observation[]): WizardState {
  return observations.reduce((s, o) => next(s, o), state);
}

describe('start', () => {
  const STATUS_FAULTS: StatusFaultKind[] = [
    'paper-out',
    'paper-near-end',
    'cover-open',
    'cutter-jam',
    'overheated',
    'recoverable-error',
    'unrecoverable-error',
    'offline',
  ];
  test.each(STATUS_FAULTS)('a live %s fault starts on its own branch', (fault) => {
    const state = start({ printer: connected([fault]) }, 1);
    expect(state.at).toBe(FAULT_ENTRY[fault]);
    expect(state.reason).toEqual({ kind: 'fault', fault });
  });

  test('the live fault branches are the expected fix steps, each watching the printer status', () => {
    expect(FAULT_ENTRY['cover-open']).toBe('cover-fix');
    expect(FAULT_ENTRY['paper-out']).toBe('paper-out-fix');
    expect(FAULT_ENTRY.overheated).toBe('heat-fix');
    for (const id of Object.values(FAULT_ENTRY)) {
      const step = FLOW[id]!;
      expect([id, step.kind === 'fix' && step.watch?.check]).toEqual([id, 'status']);
    }
  });

  test('with the cover open and the paper out, the wizard starts with the cover (most specific first)', () => {
    const status = { ...HEALTHY_STATUS, online: false, coverOpen: true, paper: 'out' as const };
    expect(start({ printer: connected(faultsOf(status)) }, 1).at).toBe('cover-fix');
  });

  test('a printer that does not answer starts on the silent-printer branch', () => {
    expect(start({ printer: connected([], 'no') }, 1)).toMatchObject({
      at: 'silent-fix',
      reason: { kind: 'silent' },
    });
  });

  test('a healthy printer, or the merchant asking for the list, starts at the symptom list', () => {
    expect(start({ printer: connected() }, 1).at).toBe('symptom');
    expect(start({ printer: connected(['cover-open']), menu: true }, 1).at).toBe('symptom');
  });

  test('no printer connected starts at "Connect the printer"', () => {
    expect(start({ printer: { state: 'not-connected' } }, 1).at).toBe('connect-fix');
  });

  test.each<[PrinterErrorCode, PrinterIdentity, string]>([
    ['access-denied', USB, 'platform-check'],
    ['claimed', USB, 'platform-check'],
    ['not-found', USB, 'browser-check'],
    ['unsupported', USB, 'browser-check'],
    ['disconnected', USB, 'power-ask'],
    ['timeout', USB, 'cable-fix'],
    ['stalled', USB, 'cable-fix'],
    ['garbled', USB, 'cable-fix'],
    ['garbled', SERIAL, 'baud-check'],
  ])('a connection lost with "%s" (%o) starts at %s', (code, identity, entry) => {
    const printer: PrinterSnapshot = { state: 'lost', identity, error: { code, message: 'x' } };
    expect(start({ printer }, 1)).toMatchObject({ at: entry, reason: { kind: 'lost', code } });
  });

  test('every entry point exists in the flow', () => {
    for (const id of ENTRY_POINTS) expect([id, FLOW[id] !== undefined]).toEqual([id, true]);
    expect(entryFor({ printer: { state: 'connecting' } }).entry).toBe('connection-check');
  });
});

describe('next', () => {
  test('close the cover: a watch poll that still sees the cover open stays put, then closing it ends "fixed"', () => {
    const first = start({ printer: connected(['cover-open']) }, 1);
    const polled = next(first, checked('status', 'cover-open'));
    expect(polled).toBe(first);
    const rechecking = next(polled, checked('status', 'ready', 3));
    expect(rechecking.at).toBe('cover-recheck');
    const finished = next(rechecking, checked('status', 'ready', 4));
    expect(endOf(finished)).toMatchObject({ result: 'fixed', proof: 'status' });
    expect(finished.history.map((entry) => entry.step)).toEqual(['cover-fix', 'cover-recheck']);
  });

  test('closing the cover can reveal the paper is out too: the re-check moves to the paper branch', () => {
    const state = run(start({ printer: connected(['cover-open']) }, 1), checked('status', 'paper-out'));
    expect(state.at).toBe('cover-recheck');
    expect(next(state, checked('status', 'paper-out')).at).toBe('paper-out-fix');
  });

  test('paper out that cannot be fixed ends "still broken"', () => {
    const state = run(
      start({ printer: connected(['paper-out']) }, 1),
      done(),
      checked('status', 'paper-out'),
      answered('roll-in'),
    );
    expect(endOf(state)).toMatchObject({ result: 'still-broken' });
  });

  test('blank receipts: the scratch test leads to turning the roll over, a test print, and the merchant confirms', () => {
    const state = run(
      start({ printer: connected(), menu: true }, 1),
      answered('blank'),
      answered('dark-line'),
      done(),
      checked('test-print', 'printed'),
      answered('readable'),
    );
    expect(state.history.map((entry) => entry.step)).toEqual([
      'symptom',
      'blank-scratch-ask',
      'paper-flip-fix',
      'blank-test',
      'blank-result-ask',
    ]);
    expect(endOf(state)).toMatchObject({ result: 'fixed', proof: 'test-print' });
  });

  test('garbled Chinese: a test print, the merchant says "other characters", code page fix, then correct', () => {
    const state = run(
      start({ printer: connected(), menu: true }, 1),
      answered('garbled'),
      checked('test-print', 'printed'),
      answered('wrong-chars'),
      done(),
      checked('test-print', 'printed'),
      answered('correct'),
    );
    expect(state.history.map((entry) => entry.step)).toContain('codepage-fix');
    expect(endOf(state)?.title.en).toBe('Chinese prints correctly');
  });

  test('a test print stopped by the cover goes to the cover branch', () => {
    const state = run(start({ printer: connected(), menu: true }, 1), answered('garbled'));
    expect(next(state, checked('test-print', 'cover-open')).at).toBe('cover-fix');
  });

  test('a network outage says what still works and ends "fixed" when the network returns', () => {
    const state = run(
      start({ printer: connected(), menu: true }, 1),
      answered('network'),
      checked('network', 'offline'),
    );
    expect(currentStep(state)).toMatchObject({
      kind: 'fix',
      title: { en: 'No internet, but you can keep selling' },
    });
    expect(
      endOf(next(next(state, checked('network', 'online')), checked('network', 'online'))),
    ).toMatchObject({
      result: 'fixed',
    });
  });

  test('observations that do not fit the step throw coded errors', () => {
    const atCheck = run(start({ printer: connected(), menu: true }, 1), answered('network'));
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof WizardError ? error.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => next(atCheck, answered('x')))).toBe('wrong-observation');
    expect(codeOf(() => next(atCheck, checked('status', 'ready')))).toBe('wrong-observation');
    expect(codeOf(() => next(start({ printer: connected(), menu: true }, 1), answered('nope')))).toBe(
      'unknown-choice',
    );
    const ended = next(atCheck, checked('network', 'online'));
    expect(codeOf(() => next(ended, done()))).toBe('finished');
    expect(codeOf(() => next({ ...ended, at: 'nowhere' }, done()))).toBe('unknown-step');
    const watchingStatus = start({ printer: connected(['cover-open']) }, 1);
    expect(codeOf(() => next(watchingStatus, checked('network', 'online')))).toBe('wrong-observation');
  });

  test('every observation a step accepts leads to an existing step, from every step of the flow', () => {
    let transitions = 0;
    for (const [id, step] of Object.entries(FLOW)) {
      const state: WizardState = { at: id, entry: id, reason: { kind: 'menu' }, startedAt: 0, history: [] };
      const observations: Observation[] =
        step.kind === 'check'
          ? outcomesOf(step.check).map((outcome) => checked(step.check, outcome as never))
          : step.kind === 'question'
            ? step.choices.map((choice) => answered(choice.id))
            : step.kind === 'fix'
              ? [
                  done(),
                  ...(step.watch
                    ? outcomesOf(step.watch.check).map((o) => checked(step.watch!.check, o as never))
                    : []),
                ]
              : [];
      for (const observation of observations) {
        const after = next(state, observation);
        expect(FLOW[after.at]).toBeDefined();
        transitions += 1;
      }
    }
    expect(transitions).toBeGreaterThan(300);
  });
});
