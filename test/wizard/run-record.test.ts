import { describe, expect, test } from 'vitest';
import { HEALTHY_STATUS } from '../../src/escpos/status-model';
import type { PrinterIdentity } from '../../src/transport/types';
import { faultOfRun, observationOfRun, resolutionOfRun, runSummary } from '../../src/wizard/run-record';
import { next, start } from '../../src/wizard/step';
import type { PrinterSnapshot } from '../../src/wizard/types';

const USB: PrinterIdentity = { transport: 'usb', name: 'XP-80' };
const connected = (faults: readonly ('cover-open' | 'paper-out')[]): PrinterSnapshot => ({
  state: 'connected',
  identity: USB,
  status: HEALTHY_STATUS,
  faults,
  answering: 'yes',
});

describe('a run in the fault log', () => {
  test('a fixed cover-open run is recorded as a troubleshooting cover-open entry, fixed by the merchant', () => {
    let run = start({ printer: connected(['cover-open']) }, 10);
    run = next(run, { kind: 'checked', check: 'status', outcome: 'ready', at: 11 });
    run = next(run, { kind: 'checked', check: 'status', outcome: 'ready', at: 12 });
    expect(observationOfRun(run, USB, 13)).toEqual({
      kind: 'cover-open',
      at: 13,
      printer: USB,
      status: null,
      raw: [],
      activity: { kind: 'troubleshooting' },
      detail:
        'wizard cover-fix → end-cover-fixed (fixed): cover-fix[status=ready] cover-recheck[status=ready]',
    });
    expect(resolutionOfRun(run, false)).toBe('fixed-by-merchant');
  });

  test('a run from the symptom list takes the first fault a check found; a payment question has none', () => {
    let run = start({ printer: connected([]), menu: true }, 0);
    run = next(run, { kind: 'answered', choice: 'lights', at: 1 });
    run = next(run, { kind: 'checked', check: 'status', outcome: 'paper-out', at: 2 });
    expect(faultOfRun(run)).toBe('paper-out');

    let payment = start({ printer: connected([]), menu: true }, 0);
    payment = next(payment, { kind: 'answered', choice: 'payment', at: 1 });
    payment = next(payment, { kind: 'answered', choice: 'twice', at: 2 });
    expect(observationOfRun(payment, USB, 3)).toBeNull();
  });

  test('a still-broken run ends as "e-receipt issued" when one was given, else "gave up"', () => {
    let run = start({ printer: connected(['paper-out']) }, 0);
    run = next(run, { kind: 'fix-done', at: 1 });
    run = next(run, { kind: 'checked', check: 'status', outcome: 'paper-out', at: 2 });
    run = next(run, { kind: 'answered', choice: 'roll-in', at: 3 });
    expect(resolutionOfRun(run, true)).toBe('e-receipt-issued');
    expect(resolutionOfRun(run, false)).toBe('gave-up');
    expect(runSummary(run)).toContain('(still-broken)');
  });
});
