import { describe, expect, test } from 'vitest';
import { HEALTHY_STATUS } from '../../src/escpos/status-model';
import type { PrinterIdentity } from '../../src/transport/types';
import { SPP_SERVICE_CLASS_ID } from '../../src/transport/serial-bluetooth';
import { FLOW } from '../../src/wizard/flows';
import { BLUETOOTH_STEPS } from '../../src/wizard/flows/bluetooth';
import { checkFlow, predecessors, proves, reachableFrom } from '../../src/wizard/graph';
import { connectionOutcome } from '../../src/wizard/observe';
import { ENTRY_POINTS, currentStep, endOf, next, start } from '../../src/wizard/step';
import type {
  CheckKind,
  CheckOutcome,
  Observation,
  PrinterSnapshot,
  WizardState,
} from '../../src/wizard/types';

const BLE: PrinterIdentity = { transport: 'bluetooth', bluetoothId: 'dev-1', name: 'MPT-II' };
const SPP: PrinterIdentity = {
  transport: 'serial',
  bluetoothServiceClassId: SPP_SERVICE_CLASS_ID,
  name: 'Bluetooth printer (classic)',
};
const USB: PrinterIdentity = { transport: 'usb', name: 'XP-58IIH', vendorId: 0x0416, productId: 0x5011 };

const connected = (identity: PrinterIdentity): PrinterSnapshot => ({
  state: 'connected',
  identity,
  status: HEALTHY_STATUS,
  faults: [],
  answering: 'yes',
});
const lost = (identity: PrinterIdentity): PrinterSnapshot => ({
  state: 'lost',
  identity,
  error: { code: 'disconnected', message: 'gone' },
});

const checked = <C extends CheckKind>(check: C, outcome: CheckOutcome<C>): Observation =>
  ({ kind: 'checked', check, outcome, at: 2 }) as Observation;
const answered = (choice: string): Observation => ({ kind: 'answered', choice, at: 2 });
const done: Observation = { kind: 'fix-done', at: 2 };

function walk(state: WizardState, ...observations: Observation[]): WizardState {
  return observations.reduce((s, o) => next(s, o), state);
}

/** From the symptom list to the Bluetooth branch's first question, in a browser that has the APIs. */
function fromSymptoms(): WizardState {
  return walk(
    start({ printer: connected(USB), menu: true }, 1),
    answered('bluetooth'),
    checked('browser', 'supported'),
  );
}

/** Connecting a Bluetooth printer again and the app's live look at it, after any fix. */
const reconnected = [
  checked('connection', 'bluetooth'),
  checked('connection', 'bluetooth'),
  checked('status', 'ready'),
];

const ids = Object.keys(BLUETOOTH_STEPS);

describe('the Bluetooth branch as a graph', () => {
  test('the symptom "Bluetooth printer won’t connect" leads into it, and every one of its steps is reachable from there', () => {
    const symptom = FLOW.symptom!;
    const choice =
      symptom.kind === 'question' ? symptom.choices.find((c) => c.id === 'bluetooth') : undefined;
    expect(choice?.label.en).toBe('Bluetooth printer won’t connect');
    expect(choice?.label.zh).toBe('蓝牙打印机连不上');
    const reachable = reachableFrom(FLOW, [choice!.next]);
    expect(ids.filter((id) => !reachable.has(id))).toEqual([]);
  });

  test('the assembled flow reports no problem on any Bluetooth step', () => {
    const problems = checkFlow(FLOW, ENTRY_POINTS).filter((problem) =>
      JSON.stringify(problem).includes('"bt-'),
    );
    expect(problems).toEqual([]);
  });

  test('every Bluetooth ending is an end a run can stop at, and each fixed one follows only its live proof', () => {
    const ends = ids.filter((id) => BLUETOOTH_STEPS[id]!.kind === 'end');
    expect(ends.sort()).toEqual([
      'end-bt-fixed',
      'end-bt-no-browser',
      'end-bt-printed-fixed',
      'end-bt-still-broken',
    ]);
    const from = predecessors(FLOW);
    for (const id of ends) {
      const end = FLOW[id]!;
      if (end.kind !== 'end' || end.result !== 'fixed') continue;
      const into = from.get(id) ?? [];
      expect(into.length).toBeGreaterThan(0);
      for (const before of into) expect([before, proves(FLOW[before]!, end)]).toEqual([before, true]);
    }
  });
});

describe('walking each cause to its fix and a live re-check', () => {
  const CAUSES: [string, Observation[], string][] = [
    ['not paired', [answered('on'), answered('not-paired')], 'bt-pair-fix'],
    ['paired to another phone', [answered('on'), answered('paired'), answered('yes')], 'bt-other-fix'],
    ['out of range', [answered('on'), answered('paired'), answered('no'), answered('far')], 'bt-range-fix'],
    ['asleep', [answered('asleep')], 'bt-wake-fix'],
    ['battery flat', [answered('battery')], 'bt-battery-fix'],
  ];
  test.each(CAUSES)(
    '%s: its fix, then connecting, then the printer answers ready: fixed by the status check',
    (_, answers, fix) => {
      const atFix = walk(fromSymptoms(), ...answers);
      expect(atFix.at).toBe(fix);
      const ended = walk(atFix, done, ...reconnected);
      expect(endOf(ended)).toMatchObject({ result: 'fixed', proof: 'status' });
      expect(ended.history.at(-1)?.observation).toMatchObject({
        kind: 'checked',
        check: 'status',
        outcome: 'ready',
      });
    },
  );

  test('the other phone’s fix says to turn Bluetooth off there or unpair it, in both languages', () => {
    const step = BLUETOOTH_STEPS['bt-other-fix']!;
    expect(step.kind === 'fix' && step.body.en).toMatch(/turn Bluetooth off.*unpair/);
    expect(step.kind === 'fix' && step.body.zh).toMatch(/关掉蓝牙.*取消配对/);
  });

  test('a printer that never reports its state is fixed only once the merchant saw the test page come out', () => {
    const atConnect = walk(fromSymptoms(), answered('asleep'), done);
    const printed = walk(
      atConnect,
      checked('connection', 'bluetooth'),
      checked('connection', 'bluetooth'),
      checked('status', 'no-answer'),
      checked('test-print', 'unconfirmed'),
    );
    expect(printed.at).toBe('bt-test-ask');
    expect(endOf(walk(printed, answered('good')))).toMatchObject({ result: 'fixed', proof: 'test-print' });
    // A faint page is the battery.
    expect(walk(printed, answered('faint')).at).toBe('bt-battery-fix');
  });

  test('still not connected after a fix: the merchant picks another cause, or ends not fixed with e-receipts', () => {
    const stuck = walk(
      fromSymptoms(),
      answered('asleep'),
      done,
      checked('connection', 'not-connected'),
      done,
    );
    expect(stuck.at).toBe('bt-connection-recheck');
    const asked = walk(stuck, checked('connection', 'not-connected'));
    expect(asked.at).toBe('bt-still-ask');
    expect(walk(asked, answered('range')).at).toBe('bt-range-fix');
    expect(endOf(walk(asked, answered('all')))).toMatchObject({ result: 'still-broken' });
  });

  test('on an iPhone or iPad (no device APIs) it ends at once, pointing to e-receipts and an Android or desktop Chrome', () => {
    const state = walk(
      start({ printer: { state: 'not-connected' }, menu: true }, 1),
      answered('bluetooth'),
      checked('browser', 'unsupported'),
    );
    const end = endOf(state);
    expect(end).toMatchObject({ result: 'still-broken' });
    expect(end?.body?.en).toMatch(/iPhone or iPad.*e-receipts.*Android tablet with Chrome/);
    expect(end?.body?.zh).toMatch(/iPhone 和 iPad.*电子小票.*安卓平板/);
  });
});

describe('entering from a lost Bluetooth printer', () => {
  test.each([
    ['BLE', BLE],
    ['classic (SPP)', SPP],
  ])('a lost %s printer starts at the Bluetooth questions', (_, identity) => {
    const state = start({ printer: lost(identity) }, 1);
    expect(state.at).toBe('bt-power-ask');
    expect(currentStep(state).kind).toBe('question');
  });

  test('a connected classic Bluetooth printer with garbled replies starts at the Bluetooth questions, not the baud rate', () => {
    const garbled: PrinterSnapshot = { ...connected(SPP), faults: ['garbled'] } as PrinterSnapshot;
    expect(start({ printer: garbled }, 1).at).toBe('bt-power-ask');
    const serial: PrinterSnapshot = {
      ...connected({ transport: 'serial', name: 'COM3' }),
      faults: ['garbled'],
    } as PrinterSnapshot;
    expect(start({ printer: serial }, 1).at).toBe('baud-check');
    // The printer's own faults keep their branches on Bluetooth too.
    expect(start({ printer: { ...connected(SPP), faults: ['paper-out'] } as PrinterSnapshot }, 1).at).toBe(
      'paper-out-fix',
    );
  });

  test('a lost USB printer still starts at the power question of the cable branch', () => {
    expect(start({ printer: lost(USB) }, 1).at).toBe('power-ask');
  });

  test('a connected classic Bluetooth printer is a Bluetooth connection to the wizard, not a serial line', () => {
    expect(connectionOutcome(connected(SPP))).toBe('bluetooth');
    expect(connectionOutcome(connected({ transport: 'serial', name: 'COM3' }))).toBe('serial');
  });
});
