import { describe, expect, test } from 'vitest';
import { HEALTHY_STATUS } from '../../src/escpos/status-model';
import { activityKeyOf, entryOf, NO_PRINTER, printerKeyOf } from '../../src/store/fault-entry';

describe('fault entry keys', () => {
  test('a printer key tells two units of one model apart by serial number, and falls back to the name', () => {
    const a = {
      transport: 'usb' as const,
      vendorId: 0x04b8,
      productId: 0x0e15,
      serialNumber: 'X1',
      name: 'TM-T20',
    };
    expect(printerKeyOf(a)).toBe('usb:04b8:0e15:X1');
    expect(printerKeyOf({ ...a, serialNumber: 'X2' })).not.toBe(printerKeyOf(a));
    expect(printerKeyOf({ transport: 'serial', name: 'COM3 printer' })).toBe('serial:-:-:COM3 printer');
    expect(printerKeyOf(null)).toBe(NO_PRINTER);
  });

  test('printing two different receipts are different activities; idle is just idle', () => {
    expect(activityKeyOf({ kind: 'printing-receipt', receiptId: 'R1' })).toBe('printing-receipt:R1');
    expect(activityKeyOf({ kind: 'printing-receipt', receiptId: 'R2' })).not.toBe('printing-receipt:R1');
    expect(activityKeyOf({ kind: 'idle' })).toBe('idle');
  });

  test('an observation becomes an open entry seen once, copying (not sharing) its arrays', () => {
    const raw = [0x12];
    const status = { ...HEALTHY_STATUS, paper: 'near-end' as const, raw: [0x12] };
    const entry = entryOf({
      kind: 'paper-near-end',
      at: 5,
      printer: null,
      status,
      raw,
      activity: { kind: 'test-page' },
    });
    expect(entry).toEqual({
      kind: 'paper-near-end',
      at: 5,
      lastAt: 5,
      count: 1,
      printerKey: 'none',
      printer: null,
      status,
      raw: [0x12],
      activity: { kind: 'test-page' },
      activityKey: 'test-page',
      resolved: 0,
    });
    raw.push(0xff);
    expect(entry.raw).toEqual([0x12]);
  });
});
