import { describe, expect, test } from 'vitest';
import { HEALTHY_STATUS } from '../../src/escpos/status-model';
import type { FaultKind } from '../../src/printer/faults';
import type { PrinterView } from '../../src/app/printer-view';
import { statusLight } from '../../src/app/status/status-light';
import { PrinterError } from '../../src/transport/types';
import { FAULT_WORDS } from '../../src/app/fault-log/fault-words';

const identity = { transport: 'usb' as const, name: 'XP-58' };

function connected(
  faults: FaultKind[],
  extra: Partial<Extract<PrinterView, { state: 'connected' }>> = {},
): PrinterView {
  return {
    state: 'connected',
    identity,
    status: HEALTHY_STATUS,
    faults,
    answering: 'yes',
    printing: false,
    lastHeardAt: 0,
    ...extra,
  };
}

describe('status light', () => {
  test('no printer: grey, "not connected", no extra action (the home screen has Connect printer)', () => {
    expect(statusLight({ state: 'not-connected' })).toEqual({
      state: 'not-connected',
      tone: 'idle',
      fault: null,
      action: { kind: 'none' },
    });
  });

  test('a healthy printer is green and ready; while a job runs it says printing', () => {
    expect(statusLight(connected([]))).toMatchObject({
      state: 'ready',
      tone: 'ok',
      action: { kind: 'none' },
    });
    expect(statusLight(connected([], { printing: true }))).toMatchObject({ state: 'printing', tone: 'ok' });
  });

  test('paper near end is amber "needs attention" and offers the paper steps', () => {
    expect(statusLight(connected(['paper-near-end']))).toEqual({
      state: 'attention',
      tone: 'warn',
      fault: 'paper-near-end',
      action: { kind: 'fix', fault: 'paper-near-end' },
    });
  });

  test.each([
    ['paper-out', { kind: 'fix', fault: 'paper-out' }],
    ['cover-open', { kind: 'fix', fault: 'cover-open' }],
    ['cutter-jam', { kind: 'fix', fault: 'cutter-jam' }],
    ['offline', { kind: 'fix', fault: 'offline' }],
    ['unrecoverable-error', { kind: 'fix', fault: 'unrecoverable-error' }],
    ['overheated', { kind: 'e-receipt' }],
  ] as const)('%s is red "cannot print" with action %j', (fault, action) => {
    expect(statusLight(connected([fault]))).toEqual({ state: 'cannot-print', tone: 'bad', fault, action });
  });

  test('the blocking fault wins over paper near end, whatever the order', () => {
    expect(statusLight(connected(['paper-near-end', 'cover-open']))).toMatchObject({
      state: 'cannot-print',
      fault: 'cover-open',
    });
  });

  test('a printer that never answers status is amber "not answering" with the step-by-step fix', () => {
    expect(statusLight(connected([], { answering: 'no', status: null }))).toEqual({
      state: 'not-answering',
      tone: 'warn',
      fault: 'no-answer',
      action: { kind: 'fix', fault: 'no-answer' },
    });
  });

  test('a printer that was lost is red: unplugged offers reconnecting the same way, access denied the fix', () => {
    const unplugged = new PrinterError('disconnected', 'gone');
    expect(statusLight({ state: 'lost', identity, error: unplugged })).toEqual({
      state: 'not-connected',
      tone: 'bad',
      fault: 'disconnected',
      action: { kind: 'reconnect', transport: 'usb' },
    });
    const denied = new PrinterError('access-denied', 'no');
    expect(statusLight({ state: 'lost', error: denied })).toMatchObject({
      action: { kind: 'fix', fault: 'access-denied' },
    });
  });

  test('every fault kind has a title and a what-to-do line in both languages', () => {
    for (const [kind, words] of Object.entries(FAULT_WORDS)) {
      for (const lang of ['zh', 'en'] as const) {
        expect(words[lang].title.length, `${kind} ${lang}`).toBeGreaterThan(1);
        expect(words[lang].todo.length, `${kind} ${lang}`).toBeGreaterThan(5);
      }
      expect(words.zh.todo).not.toBe(words.en.todo);
    }
  });
});
