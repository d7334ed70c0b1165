import { describe, expect, test } from 'vitest';
import { HEALTHY_STATUS } from '../../src/escpos/status-model';
import type { JobOutcome } from '../../src/printer/job-outcome';
import type { PrinterActions, PrinterView } from '../../src/app/printer-view';
import { performCheck, type CheckEnv } from '../../src/app/wizard/checks';
import { start } from '../../src/wizard/step';

const USB = { transport: 'usb', name: 'XP-58' } as const;
const ready: PrinterView = {
  state: 'connected',
  identity: USB,
  status: HEALTHY_STATUS,
  faults: [],
  answering: 'yes',
  printing: false,
  lastHeardAt: 1,
};
const coverOpen: PrinterView = { ...ready, faults: ['cover-open'] };

/** An env whose printer shows `view` until asked, then `afterAsking`; counts what it was asked to do. */
function envWith(view: PrinterView, afterAsking: PrinterView, job: JobOutcome = { kind: 'printed' }) {
  let current = view;
  const calls = { refresh: 0, print: 0, requests: 0 };
  const actions: PrinterActions = {
    connectUsb: async () => undefined,
    connectSerial: async () => undefined,
    connectBluetoothSerial: async () => undefined,
    connectBluetooth: async () => undefined,
    reconnectBluetooth: async () => undefined,
    connectVirtual: async () => undefined,
    disconnect: async () => undefined,
    refreshStatus: async () => {
      calls.refresh += 1;
      current = afterAsking;
      return current;
    },
    printTestPage: async () => {
      calls.print += 1;
      return job;
    },
  };
  const env: CheckEnv = {
    view: () => current,
    actions,
    reachOwnOrigin: async () => {
      calls.requests += 1;
      return false;
    },
    secureContext: true,
    webUsb: true,
    webSerial: false,
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/140.0',
    recentFaults: async () => [
      { kind: 'cutter-jam', at: 900 },
      { kind: 'cutter-jam', at: 950 },
      { kind: 'cutter-jam', at: 990 },
    ],
    now: () => 1000,
  };
  return { env, calls };
}

const run = start({ printer: { state: 'not-connected' } }, 0);
const signal = new AbortController().signal;

describe('performing checks', () => {
  test('an active status check asks the printer; a passive one (while watching) only reads the view', async () => {
    const active = envWith(coverOpen, ready);
    await expect(performCheck('status', active.env, run, signal)).resolves.toMatchObject({
      outcome: 'ready',
    });
    expect(active.calls.refresh).toBe(1);

    const passive = envWith(coverOpen, ready);
    await expect(performCheck('status', passive.env, run, signal, 'passive')).resolves.toMatchObject({
      outcome: 'cover-open',
    });
    expect(passive.calls.refresh).toBe(0);
  });

  test('a test print reports the fault that stopped it, with the detail for the report', async () => {
    const { env, calls } = envWith(ready, ready, {
      kind: 'failed',
      cause: 'paper-out',
      detail: 'stopped at line 4',
    });
    await expect(performCheck('test-print', env, run, signal)).resolves.toEqual({
      kind: 'checked',
      check: 'test-print',
      outcome: 'paper-out',
      at: 1000,
      detail: 'stopped at line 4',
    });
    expect(calls.print).toBe(1);
  });

  test('no printer: a test print is not attempted', async () => {
    const { env, calls } = envWith({ state: 'not-connected' }, { state: 'not-connected' });
    await expect(performCheck('test-print', env, run, signal)).resolves.toMatchObject({
      outcome: 'not-connected',
    });
    expect(calls.print).toBe(0);
  });

  test('browser, platform, network, serial speed and fault history read the environment', async () => {
    const { env } = envWith(ready, ready);
    const outcome = async (check: Parameters<typeof performCheck>[0], r = run) =>
      (await performCheck(check, env, r, signal)).outcome;
    await expect(outcome('browser')).resolves.toBe('supported');
    await expect(outcome('platform')).resolves.toBe('windows');
    await expect(outcome('network')).resolves.toBe('offline');
    await expect(outcome('connection')).resolves.toBe('usb');
    await expect(outcome('serial-baud')).resolves.toBe('unavailable');
    const cutterRun = start({ printer: { ...ready, faults: ['cutter-jam'] } }, 0);
    await expect(outcome('fault-history', cutterRun)).resolves.toBe('recurring');
    await expect(outcome('fault-history', start({ printer: coverOpen }, 0))).resolves.toBe('rare');
  });

  test('a serial probe that finds a speed reports it as the detail', async () => {
    const { env } = envWith(ready, ready);
    const probing: CheckEnv = { ...env, probeBaud: async () => 19200 };
    await expect(performCheck('serial-baud', probing, run, signal)).resolves.toMatchObject({
      outcome: 'found',
      detail: '19200',
    });
    const silent: CheckEnv = { ...env, probeBaud: async () => null };
    await expect(performCheck('serial-baud', silent, run, signal)).resolves.toMatchObject({
      outcome: 'silent',
    });
  });
});
