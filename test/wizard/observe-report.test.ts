import { describe, expect, test } from 'vitest';
import { HEALTHY_STATUS } from '../../src/escpos/status-model';
import type { FaultObservation } from '../../src/printer/faults';
import type { PrinterIdentity } from '../../src/transport/types';
import {
  browserOutcome,
  connectionOutcome,
  faultHistoryOutcome,
  platformOutcome,
  statusOutcome,
  testPrintOutcome,
} from '../../src/wizard/observe';
import { buildSupportReport } from '../../src/wizard/report';
import { next, start } from '../../src/wizard/step';
import type { PrinterSnapshot } from '../../src/wizard/types';

const USB: PrinterIdentity = {
  transport: 'usb',
  name: 'XP-58IIH',
  vendorId: 0x0416,
  productId: 0x5011,
  serialNumber: 'A1B2',
};

describe('observations', () => {
  test('status outcome: the most specific fault, then silence, then ready', () => {
    const base = { state: 'connected', identity: USB, status: HEALTHY_STATUS, answering: 'yes' } as const;
    expect(statusOutcome({ ...base, faults: ['cover-open', 'paper-out'] })).toBe('cover-open');
    expect(statusOutcome({ ...base, faults: [] })).toBe('ready');
    expect(statusOutcome({ ...base, faults: [], answering: 'no' })).toBe('no-answer');
    expect(statusOutcome({ ...base, faults: [], status: null })).toBe('no-answer');
    expect(statusOutcome({ state: 'not-connected' })).toBe('not-connected');
  });

  test('test print outcome follows how the job ended', () => {
    expect(testPrintOutcome({ kind: 'printed' })).toBe('printed');
    expect(testPrintOutcome({ kind: 'sent-unconfirmed' })).toBe('unconfirmed');
    expect(testPrintOutcome({ kind: 'failed', cause: 'paper-out' })).toBe('paper-out');
    expect(testPrintOutcome({ kind: 'failed', cause: 'timeout' })).toBe('no-answer');
    expect(testPrintOutcome({ kind: 'failed', cause: 'disconnected' })).toBe('connection-failed');
  });

  test('connection, browser and platform outcomes', () => {
    expect(connectionOutcome({ state: 'connecting' })).toBe('not-connected');
    expect(connectionOutcome({ state: 'lost', error: { code: 'disconnected', message: '' } })).toBe('lost');
    expect(browserOutcome({ secureContext: false, webUsb: false, webSerial: false })).toBe('insecure');
    expect(browserOutcome({ secureContext: true, webUsb: false, webSerial: false })).toBe('unsupported');
    expect(browserOutcome({ secureContext: true, webUsb: true, webSerial: false })).toBe('supported');
    const android = 'Mozilla/5.0 (Linux; Android 14; SM-X200) AppleWebKit/537.36 Chrome/140.0 Safari/537.36';
    expect(platformOutcome(android)).toBe('android');
    expect(platformOutcome('Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0')).toBe('linux');
    expect(platformOutcome('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/140.0')).toBe('windows');
    expect(platformOutcome('', 'macOS')).toBe('mac');
    expect(platformOutcome('CrOS')).toBe('other');
  });

  test('a fault logged three times in the past week is recurring; older ones do not count', () => {
    const now = Date.UTC(2026, 0, 10);
    const day = 86_400_000;
    const log = [
      { kind: 'cutter-jam' as const, at: now - day },
      { kind: 'cutter-jam' as const, at: now - 2 * day },
      { kind: 'paper-out' as const, at: now - day },
      { kind: 'cutter-jam' as const, at: now - 9 * day },
    ];
    expect(faultHistoryOutcome(log, 'cutter-jam', now)).toBe('rare');
    expect(faultHistoryOutcome([...log, { kind: 'cutter-jam', at: now }], 'cutter-jam', now)).toBe(
      'recurring',
    );
  });
});

describe('support report', () => {
  const t0 = Date.UTC(2026, 10, 23, 9, 30, 0);
  const printer: PrinterSnapshot = {
    state: 'connected',
    identity: USB,
    status: { ...HEALTHY_STATUS, online: false, headOverheated: true, raw: [0x1a, 0x52] },
    faults: ['overheated'],
    answering: 'yes',
  };
  const fault: FaultObservation = {
    kind: 'overheated',
    at: t0 - 60_000,
    printer: USB,
    status: null,
    raw: [0x52],
    activity: { kind: 'printing-receipt', receiptId: 'r-17' },
  };
  let run = start({ printer }, t0);
  run = next(run, { kind: 'fix-done', at: t0 + 5_000 });
  run = next(run, { kind: 'checked', check: 'status', outcome: 'overheated', at: t0 + 6_000 });
  run = next(run, { kind: 'answered', choice: 'waited', at: t0 + 7_000 });

  const input = {
    run,
    printer,
    settings: { encoding: 'gb18030', sendSize: 512 },
    recentFaults: [fault],
    environment: { userAgent: 'TestAgent/1', online: false },
    generatedAt: t0 + 8_000,
  };

  test('the English text names the printer, settings, each step with its time, the result and the faults', () => {
    const { text } = buildSupportReport({ ...input, lang: 'en' });
    expect(text).toContain('name: XP-58IIH');
    expect(text).toContain('vendorId: 0x0416');
    expect(text).toContain('serialNumber: A1B2');
    expect(text).toContain('rawStatus: 1A 52');
    expect(text).toContain('encoding: gb18030');
    expect(text).toContain('2026-11-23T09:30:05.000Z  The print head is too hot — Merchant did this');
    expect(text).toContain('Check status: overheated');
    expect(text).toContain('Answer: It has been over 10 minutes');
    expect(text).toContain('Result: Still broken — The printer may need service');
    expect(text).toContain('2026-11-23T09:29:00.000Z  overheated  printing-receipt  [52]');
    expect(text).toContain('offline');
  });

  test('the Chinese text uses Chinese headings and step titles', () => {
    const { text } = buildSupportReport({ ...input, lang: 'zh' });
    expect(text).toContain('小票急救 故障报告');
    expect(text).toContain('打印头太热了');
    expect(text).toContain('结果: 未解决');
  });

  test('the JSON keeps every observation with its time and is stable across languages', () => {
    const en = buildSupportReport({ ...input, lang: 'en' });
    const zh = buildSupportReport({ ...input, lang: 'zh' });
    expect(en.json).toEqual(zh.json);
    expect(en.json.run.result).toBe('still-broken');
    expect(en.json.run.steps.map((step) => [step.at, step.step, step.observation.kind])).toEqual([
      ['2026-11-23T09:30:05.000Z', 'heat-fix', 'fix-done'],
      ['2026-11-23T09:30:06.000Z', 'heat-recheck', 'checked'],
      ['2026-11-23T09:30:07.000Z', 'heat-wait-ask', 'answered'],
    ]);
    expect(en.json.recentFaults).toEqual([
      {
        at: '2026-11-23T09:29:00.000Z',
        kind: 'overheated',
        printer: 'XP-58IIH',
        activity: 'printing-receipt',
        raw: '52',
      },
    ]);
    expect(en.filename).toBe('receipt-rescue-support-2026-11-23T09-30-08-000Z');
    expect(JSON.parse(JSON.stringify(en.json))).toEqual(en.json);
  });
});
