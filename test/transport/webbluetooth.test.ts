import { describe, expect, test } from 'vitest';
import type { BleApi, BleCharacteristic, BleDevice, BleProperties } from '../../src/transport/ble-api';
import { bluetoothTrouble, fromBluetooth } from '../../src/transport/ble-errors';
import { bleOptionalServices, findBleRoute } from '../../src/transport/ble-services';
import { bleWriteSize, WebBluetoothTransport } from '../../src/transport/webbluetooth';
import { PrinterError } from '../../src/transport/types';

const props = (p: Partial<BleProperties>): BleProperties => ({
  write: false,
  writeWithoutResponse: false,
  notify: false,
  indicate: false,
  ...p,
});

/** A GATT characteristic double that takes at most `limit` bytes per write and counts overlapping writes. */
class Characteristic extends EventTarget implements BleCharacteristic {
  value: DataView | null = null;
  received: number[] = [];
  sizes: number[] = [];
  overlaps = 0;
  refused = 0;
  private busy = false;
  constructor(
    readonly uuid: string,
    readonly properties: BleProperties,
    private readonly limit = 512,
    private readonly link?: { connected: boolean },
  ) {
    super();
  }
  writeValueWithResponse(value: BufferSource) {
    return this.take(value);
  }
  writeValueWithoutResponse(value: BufferSource) {
    return this.take(value);
  }
  async startNotifications() {
    return this;
  }
  async stopNotifications() {
    return this;
  }
  notifyValue(bytes: number[]) {
    this.value = new DataView(Uint8Array.from(bytes).buffer);
    this.dispatchEvent(new Event('characteristicvaluechanged'));
  }
  private async take(value: BufferSource) {
    if (this.busy) {
      this.overlaps++;
      throw new DOMException('GATT operation already in progress.', 'NetworkError');
    }
    this.busy = true;
    try {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (this.link && !this.link.connected)
        throw new DOMException('GATT Server is disconnected.', 'NetworkError');
      const bytes = new Uint8Array(value as ArrayBuffer);
      if (bytes.length > this.limit) {
        this.refused++;
        throw new DOMException('GATT operation failed for unknown reason.', 'NotSupportedError');
      }
      this.sizes.push(bytes.length);
      this.received.push(...bytes);
    } finally {
      this.busy = false;
    }
  }
}

function service(uuid: string, characteristics: BleCharacteristic[]) {
  return { uuid, getCharacteristics: async () => characteristics };
}

/** A BLE device double on the 18F0 service (write 2AF1, notify 2AF0). */
function device(limit = 512) {
  const link = { connected: false };
  const write = new Characteristic(
    '00002af1-0000-1000-8000-00805f9b34fb',
    props({ write: true, writeWithoutResponse: true }),
    limit,
    link,
  );
  const notify = new Characteristic('00002af0-0000-1000-8000-00805f9b34fb', props({ notify: true }));
  const services = [service('000018f0-0000-1000-8000-00805f9b34fb', [notify, write])];
  const target = new EventTarget();
  const gatt = {
    get connected() {
      return link.connected;
    },
    connect: async () => ((link.connected = true), gatt),
    disconnect: () => void (link.connected = false),
    getPrimaryServices: async () => services,
  };
  const dev = Object.assign(target, { id: 'dev-1', name: 'POS-58 BLE', gatt }) as BleDevice;
  const drop = () => {
    link.connected = false;
    target.dispatchEvent(new Event('gattserverdisconnected'));
  };
  return { dev, write, notify, drop };
}

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i & 0xff);

describe('the BLE service table', () => {
  test('chooses the known write and notify characteristics of a known service', async () => {
    const { write, notify } = device();
    const route = await findBleRoute([service('000018f0-0000-1000-8000-00805f9b34fb', [notify, write])]);
    expect(route?.write).toBe(write);
    expect(route?.notify).toBe(notify);
    expect(route?.withoutResponse).toBe(true);
  });

  test('without a known service, takes the first writable characteristic, written with response when that is all it allows', async () => {
    const readOnly = new Characteristic('0000ffe2-0000-1000-8000-00805f9b34fb', props({ notify: true }));
    const writable = new Characteristic('0000ffe1-0000-1000-8000-00805f9b34fb', props({ write: true }));
    const route = await findBleRoute([service('0000ffe0-0000-1000-8000-00805f9b34fb', [readOnly, writable])]);
    expect(route?.write).toBe(writable);
    expect(route?.notify).toBe(readOnly);
    expect(route?.withoutResponse).toBe(false);
  });

  test('a device with nothing writable is not a printer', async () => {
    const readOnly = new Characteristic('00002a00-0000-1000-8000-00805f9b34fb', props({ notify: true }));
    await expect(
      findBleRoute([service('0000ffe0-0000-1000-8000-00805f9b34fb', [readOnly])]),
    ).resolves.toBeNull();
  });

  test('the chooser is asked for every service the table and the fallbacks name', () => {
    expect(bleOptionalServices()).toEqual([
      '000018f0-0000-1000-8000-00805f9b34fb',
      'e7810a71-73ae-499d-8c15-faa9aef0c3f2',
      '49535343-fe7d-4ae5-8fa9-9fafd205e455',
      '0000ff00-0000-1000-8000-00805f9b34fb',
      '0000ffe0-0000-1000-8000-00805f9b34fb',
      '0000fff0-0000-1000-8000-00805f9b34fb',
    ]);
  });

  test('write sizes stay between the ATT minimum of 20 and the attribute maximum of 512', () => {
    expect([bleWriteSize(4096), bleWriteSize(5), bleWriteSize(180.7)]).toEqual([512, 20, 180]);
  });
});

describe('the Web Bluetooth transport', () => {
  test('a refused 100-byte write falls back to 20-byte writes; every byte arrives once, in order', async () => {
    const { dev, write } = device(20);
    const transport = new WebBluetoothTransport(dev);
    await transport.open();
    await transport.write(bytes(250));
    expect(write.refused).toBe(1);
    expect(write.sizes.every((size) => size === 20 || size === 10)).toBe(true);
    expect(write.received).toEqual([...bytes(250)]);
    expect(transport.currentWriteSize).toBe(20);
  });

  test('writes from several callers at once never overlap on the GATT', async () => {
    const { dev, write } = device(180);
    const transport = new WebBluetoothTransport(dev, 180);
    await transport.open();
    await Promise.all([transport.write(bytes(400)), transport.write(bytes(3)), transport.write(bytes(250))]);
    expect(write.overlaps).toBe(0);
    expect(write.received).toEqual([...bytes(400), ...bytes(3), ...bytes(250)]);
    expect(Math.max(...write.sizes)).toBe(180);
  });

  test('replies notified by the printer reach data listeners', async () => {
    const { dev, notify } = device();
    const transport = new WebBluetoothTransport(dev);
    await transport.open();
    const heard: number[] = [];
    transport.onData((chunk) => heard.push(...chunk));
    notify.notifyValue([0x12]);
    notify.notifyValue([0x16, 0x12]);
    expect(heard).toEqual([0x12, 0x16, 0x12]);
    expect(transport.hearsReplies).toBe(true);
  });

  test('the link dropping mid-write fails the write "disconnected" and tells listeners', async () => {
    const { dev, drop } = device(20);
    const transport = new WebBluetoothTransport(dev, 20);
    await transport.open();
    const events: string[] = [];
    transport.on('disconnected', () => events.push('disconnected'));
    const writing = transport.write(bytes(2000));
    await new Promise((resolve) => setTimeout(resolve, 10));
    drop();
    await expect(writing).rejects.toMatchObject({ code: 'disconnected' });
    expect(events).toEqual(['disconnected']);
    await expect(transport.write(bytes(1))).rejects.toBeInstanceOf(PrinterError);
  });

  test('with the tablet’s Bluetooth off, the chooser is not opened and the trouble is "off"', async () => {
    let asked = 0;
    const api: BleApi = {
      getAvailability: async () => false,
      requestDevice: async () => {
        asked++;
        return device().dev;
      },
    };
    const failure = await WebBluetoothTransport.request(api).catch((error: unknown) => error);
    expect(bluetoothTrouble(failure)).toBe('off');
    expect(asked).toBe(0);
  });

  test('reconnecting finds the granted device by its id, and nothing where the browser has no getDevices', async () => {
    const { dev } = device();
    const saved = { transport: 'bluetooth' as const, bluetoothId: 'dev-1', name: 'POS-58 BLE' };
    const api: BleApi = { requestDevice: async () => dev, getDevices: async () => [dev] };
    expect((await WebBluetoothTransport.reconnect(saved, api))?.device).toBe(dev);
    await expect(
      WebBluetoothTransport.reconnect(saved, { requestDevice: async () => dev }),
    ).resolves.toBeNull();
  });
});

describe("Chrome's Web Bluetooth errors", () => {
  test.each([
    ['NotFoundError', 'User cancelled the requestDevice() chooser.', 'request', 'not-found', 'cancelled'],
    ['NotFoundError', 'Bluetooth adapter not available.', 'request', 'not-found', 'off'],
    ['NetworkError', 'Bluetooth Device is no longer in range.', 'connect', 'not-found', 'out-of-range'],
    ['NetworkError', 'Connection failed for unknown reason.', 'connect', 'claimed', 'refused'],
    ['NetworkError', 'Connection attempt failed.', 'connect', 'claimed', 'refused'],
    ['NetworkError', 'GATT Server is disconnected.', 'write', 'disconnected', 'dropped'],
  ] as const)('%s "%s" while %s is %s (%s)', (name, message, step, code, trouble) => {
    const error = fromBluetooth(new DOMException(message, name), step);
    expect(error.code).toBe(code);
    expect(bluetoothTrouble(error)).toBe(trouble);
  });
});
