import { describe, expect, test } from 'vitest';
import { findPrinterRoute } from '../../src/transport/usb-endpoints';
import { WebUsbTransport } from '../../src/transport/webusb';
import { PrinterError } from '../../src/transport/types';

type Endpoint = {
  endpointNumber: number;
  direction: 'in' | 'out';
  type: 'bulk' | 'interrupt';
  packetSize: number;
};

function alt(interfaceClass: number, endpoints: Endpoint[]) {
  return { alternateSetting: 0, interfaceClass, endpoints };
}

/** A USBDevice double whose bulk OUT takes at most `accept` bytes per transfer and can stall once. */
function fakeDevice(options: { accept?: number; stallAt?: number[] } = {}) {
  const received: number[] = [];
  const transfers: number[] = [];
  const stalls = new Set(options.stallAt ?? []);
  let halts = 0;
  const configurations = [
    {
      configurationValue: 1,
      interfaces: [
        {
          interfaceNumber: 0,
          alternates: [
            alt(0xff, [{ endpointNumber: 5, direction: 'out', type: 'interrupt', packetSize: 8 }]),
          ],
        },
        {
          interfaceNumber: 2,
          alternates: [
            alt(7, [
              { endpointNumber: 3, direction: 'out', type: 'bulk', packetSize: 64 },
              { endpointNumber: 4, direction: 'in', type: 'bulk', packetSize: 64 },
            ]),
          ],
        },
      ],
    },
  ];
  const device = {
    vendorId: 0x0416,
    productId: 0x5011,
    serialNumber: 'SN1',
    productName: 'POS58',
    manufacturerName: 'Fake',
    opened: false,
    configuration: configurations[0],
    configurations,
    open: async () => void (device.opened = true),
    close: async () => void (device.opened = false),
    selectConfiguration: async () => undefined,
    claimInterface: async (n: number) => {
      if (n !== 2) throw new DOMException('wrong interface', 'NotFoundError');
    },
    releaseInterface: async () => undefined,
    selectAlternateInterface: async () => undefined,
    clearHalt: async () => void halts++,
    transferOut: async (endpoint: number, data: Uint8Array) => {
      transfers.push(data.length);
      if (endpoint !== 3) throw new DOMException('bad endpoint', 'NotFoundError');
      if (stalls.delete(transfers.length)) return { status: 'stall', bytesWritten: 0 };
      const taken = Math.min(data.length, options.accept ?? data.length);
      received.push(...data.subarray(0, taken));
      return { status: 'ok', bytesWritten: taken };
    },
    transferIn: () => new Promise(() => undefined),
  };
  const usb = { addEventListener: () => undefined, removeEventListener: () => undefined };
  return { device, usb, received, transfers, halts: () => halts };
}

function open(fake: ReturnType<typeof fakeDevice>) {
  return new WebUsbTransport(fake.device as unknown as USBDevice, fake.usb as unknown as USB);
}

const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) % 256);

describe('WebUSB transport', () => {
  test('finds the printer-class bulk pipes on interface 2, not interface 0', () => {
    expect(findPrinterRoute(fakeDevice().device)).toMatchObject({
      interfaceNumber: 2,
      outEndpoint: 3,
      inEndpoint: 4,
    });
  });

  test('writes in chunks of the profile size (512 for 0x0416) and the device gets every byte once', async () => {
    const fake = fakeDevice();
    const transport = open(fake);
    await transport.open();
    await transport.write(bytes);
    expect(fake.transfers).toEqual([512, 512, 512, 512, 512, 440]);
    expect(Uint8Array.from(fake.received)).toEqual(bytes);
  });

  test('a device taking fewer bytes than sent gets the rest in the next transfer, nothing lost or repeated', async () => {
    const fake = fakeDevice({ accept: 100 });
    const transport = open(fake);
    await transport.open();
    await transport.write(bytes);
    expect(Uint8Array.from(fake.received)).toEqual(bytes);
  });

  test('one stall is cleared with clearHalt and the chunk resent; two in a row reject as stalled', async () => {
    const once = fakeDevice({ stallAt: [2] });
    const t1 = open(once);
    await t1.open();
    await t1.write(bytes);
    expect(once.halts()).toBe(1);
    expect(Uint8Array.from(once.received)).toEqual(bytes);

    const twice = fakeDevice({ stallAt: [2, 3] });
    const t2 = open(twice);
    await t2.open();
    const failure = await t2.write(bytes).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PrinterError);
    expect((failure as PrinterError).code).toBe('stalled');
  });

  test('concurrent writes reach the device whole and in call order', async () => {
    const fake = fakeDevice({ accept: 64 });
    const transport = open(fake);
    await transport.open();
    const a = new Uint8Array(700).fill(1);
    const b = new Uint8Array(300).fill(2);
    await Promise.all([transport.write(a), transport.write(b)]);
    expect(fake.received).toEqual([...a, ...b]);
  });
});
