import { describe, expect, test } from 'vitest';
import { startDrill, stepDrill, type DrillEvent, type DrillPhase } from '../../src/app/drill/drill-clock';

const run = (events: DrillEvent[]): DrillPhase =>
  events.reduce((phase, event) => stepDrill(phase, event), startDrill('paper-out-mid-sale', 1_000));

describe('practice drill clock', () => {
  test('times the QR and the fix from the moment the fault happened, not from the start', () => {
    expect(
      run([
        { kind: 'qr', at: 2_000 }, // a QR before the fault is not the drill's
        { kind: 'fault', at: 5_000 },
        { kind: 'qr', at: 17_500 },
        { kind: 'qr', at: 19_000 },
        { kind: 'fixed', at: 65_000 },
      ]),
    ).toEqual({
      kind: 'ended',
      result: {
        scenario: 'paper-out-mid-sale',
        startedAt: 1_000,
        toQrMs: 12_500,
        toFixedMs: 60_000,
        completed: true,
      },
    });
  });

  test('a printer fixed before the customer saw a QR ends with no QR time', () => {
    const end = run([
      { kind: 'fault', at: 5_000 },
      { kind: 'fixed', at: 9_000 },
    ]);
    expect(end).toMatchObject({ kind: 'ended', result: { toQrMs: null, toFixedMs: 4_000, completed: true } });
  });

  test('stopping keeps what was timed and marks the drill not completed; nothing moves an ended drill', () => {
    const stopped = run([
      { kind: 'fault', at: 5_000 },
      { kind: 'qr', at: 8_000 },
      { kind: 'stop', at: 9_000 },
      { kind: 'fixed', at: 10_000 },
    ]);
    expect(stopped).toMatchObject({
      kind: 'ended',
      result: { toQrMs: 3_000, toFixedMs: null, completed: false },
    });
  });

  test('"fixed" before the fault happened is not a fix', () => {
    expect(run([{ kind: 'fixed', at: 2_000 }])).toEqual({
      kind: 'waiting-for-fault',
      scenario: 'paper-out-mid-sale',
      startedAt: 1_000,
    });
  });
});
