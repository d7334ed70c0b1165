import { describe, expect, test } from 'vitest';
import { statusLight } from '../../src/app/status/status-light';
import { bluetoothStrings, troubleText } from '../../src/app/bluetooth-strings';
import { bluetoothError } from '../../src/transport/ble-errors';
import { PrinterError } from '../../src/transport/types';

const ble = { transport: 'bluetooth' as const, bluetoothId: 'b1', name: 'POS-58 BLE' };

describe('the status light of a lost Bluetooth printer', () => {
  test('refused (held by another phone) offers Reconnect over Bluetooth, where a USB printer in use gets the fix', () => {
    const refused = bluetoothError('refused', 'connect failed', { step: 'connect' });
    expect(statusLight({ state: 'lost', identity: ble, error: refused }).action).toEqual({
      kind: 'reconnect',
      transport: 'bluetooth',
    });
    const claimed = new PrinterError('claimed', 'claim failed');
    expect(
      statusLight({ state: 'lost', identity: { transport: 'usb', name: 'XP-58' }, error: claimed }).action,
    ).toEqual({ kind: 'fix', fault: 'claimed' });
  });

  test('Bluetooth off before any printer was chosen still reconnects over Bluetooth, not USB', () => {
    const off = bluetoothError('off', 'adapter off', { step: 'request' });
    expect(statusLight({ state: 'lost', error: off }).action).toEqual({
      kind: 'reconnect',
      transport: 'bluetooth',
    });
  });
});

describe('Bluetooth trouble words', () => {
  test('every trouble the merchant is shown has a headline and advice in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const trouble of ['off', 'out-of-range', 'refused', 'dropped'] as const) {
        const text = troubleText(bluetoothStrings[lang], trouble);
        expect(text.title.length).toBeGreaterThan(0);
        expect(text.advice.length).toBeGreaterThan(0);
      }
    }
    expect(troubleText(bluetoothStrings.zh, 'refused').advice).toContain('别的手机或平板');
  });
});
