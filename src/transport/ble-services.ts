/**
 * Bluetooth LE receipt printers, as data: the GATT services they print through, which characteristic takes
 * the ESC/POS bytes and which one notifies replies, and how large a write may be. Quirks live here, never
 * in `if` chains in the transport.
 */
import type { BleCharacteristic, BleService } from './ble-api';

/** One GATT service a family of printers prints through. */
export interface BleServiceProfile {
  /** Chip or brand family, shown nowhere but support reports. */
  readonly name: string;
  /** 128-bit service UUID, lower case (Web Bluetooth compares canonical lower-case UUIDs). */
  readonly service: string;
  /** The characteristic the print data is written to. */
  readonly write: string;
  /** The characteristic DLE EOT replies are notified on; null when the family has none. */
  readonly notify: string | null;
}

/** A 16-bit Bluetooth SIG UUID in its 128-bit form (Bluetooth Core, Vol 3 Part B 2.5.1, base UUID). */
function sig(short: number): string {
  return `0000${short.toString(16).padStart(4, '0')}-0000-1000-8000-00805f9b34fb`;
}

/** Known print services, most common first. */
export const BLE_SERVICES: readonly BleServiceProfile[] = [
  {
    // 18F0 with write 2AF1 and status notify 2AF0: POS-5805 / POS-8360, Xprinter ("Printer001") and MPT-II
    // profiles of github.com/NielsLeenheer/WebBluetoothReceiptPrinter (src/main.js, DeviceProfiles), and
    // the GOOJPRT PT-210 (MPT-II firmware) in github.com/MYCAMEL222/ArduinoBLE_MPTII_ThermalPrinters.
    name: 'Generic 58 mm (18F0)',
    service: sig(0x18f0),
    write: sig(0x2af1),
    notify: sig(0x2af0),
  },
  {
    // One characteristic for writing and notifying, as the PT-210 / "POS-58 alternate" modules expose it
    // (public BLE printer scripts name service e7810a71-… and characteristic bef8d6c9-… for this family).
    name: 'Generic (E7810A71)',
    service: 'e7810a71-73ae-499d-8c15-faa9aef0c3f2',
    write: 'bef8d6c9-9c21-4c9e-b632-bd58c1009f9f',
    notify: 'bef8d6c9-9c21-4c9e-b632-bd58c1009f9f',
  },
  {
    // ISSC / Microchip "Transparent UART": Epson TM-P and Star SM-L mobile printers
    // (WebBluetoothReceiptPrinter src/main.js: print 49535343-8841-…, status 49535343-1e4d-…).
    name: 'ISSC transparent UART (Epson, Star mobile)',
    service: '49535343-fe7d-4ae5-8fa9-9fafd205e455',
    write: '49535343-8841-43f4-a8d4-ecbe34729bb3',
    notify: '49535343-1e4d-4bd9-ba61-23c647249616',
  },
  {
    // FF00 with write FF02, seen in public BLE thermal printer configurations (SERVICE_UUID 0000ff00,
    // CHARACTERISTIC_UUID 0000ff02); no notify characteristic is documented for it.
    name: 'Generic (FF00)',
    service: sig(0xff00),
    write: sig(0xff02),
    notify: null,
  },
];

/**
 * Serial-over-BLE bridges some printers are built on (HM-10 style FFE0, and FFF0): no fixed characteristic
 * is known, so the first writable one is used. Listed so Chrome lets the page reach them at all: a service
 * missing from `optionalServices` is invisible after connecting (Web Bluetooth, "optionalServices").
 */
export const FALLBACK_SERVICES: readonly string[] = [sig(0xffe0), sig(0xfff0)];

/**
 * Largest write ever sent: an attribute value is at most 512 bytes (Bluetooth Core, Vol 3 Part F 3.2.9),
 * and Chrome rejects longer `writeValue*` calls (Web Bluetooth, "writeValue": InvalidModificationError).
 */
export const BLE_MAX_WRITE = 512;

/** The write that always fits: the minimum ATT_MTU of 23 less the 3-byte header (Vol 3 Part F 3.2.8). */
export const BLE_MIN_WRITE = 20;

/**
 * The first write size tried when the printer's profile does not set one: small enough for most cheap
 * modules (which negotiate an MTU near 100–185), larger writes fall back to `BLE_MIN_WRITE`.
 */
export const BLE_DEFAULT_WRITE = 100;

/** Pause between two writes without response, so a module's small buffer is not overrun (no spec; tuned). */
export const BLE_PACING_MS = 4;

/** Every service the chooser must grant access to, in the order they are tried. */
export function bleOptionalServices(): string[] {
  return [...BLE_SERVICES.map((profile) => profile.service), ...FALLBACK_SERVICES];
}

/** How to reach one connected printer: where to write, where replies come from, and how to write. */
export interface BleRoute {
  readonly profile: string;
  readonly write: BleCharacteristic;
  readonly notify: BleCharacteristic | null;
  /** `writeValueWithoutResponse` where the characteristic allows it, with pacing; else with response. */
  readonly withoutResponse: boolean;
}

/**
 * The route through the first known service the device has; without one, the first writable
 * characteristic of any service it lets us see (and its first notifying one, if any). Null: not a printer.
 */
export async function findBleRoute(services: readonly BleService[]): Promise<BleRoute | null> {
  for (const profile of BLE_SERVICES) {
    const service = services.find((s) => s.uuid.toLowerCase() === profile.service);
    if (!service) continue;
    const characteristics = await service.getCharacteristics();
    const byUuid = (uuid: string | null) =>
      uuid === null ? undefined : characteristics.find((c) => c.uuid.toLowerCase() === uuid);
    const write = byUuid(profile.write);
    if (!write) continue;
    const notify = byUuid(profile.notify);
    return route(profile.name, write, notify && canNotify(notify) ? notify : null);
  }
  for (const service of services) {
    const characteristics = await service.getCharacteristics();
    const write = characteristics.find(canWrite);
    if (write)
      return route(`first writable of ${service.uuid}`, write, characteristics.find(canNotify) ?? null);
  }
  return null;
}

function route(profile: string, write: BleCharacteristic, notify: BleCharacteristic | null): BleRoute {
  return { profile, write, notify, withoutResponse: write.properties.writeWithoutResponse };
}

function canWrite(c: BleCharacteristic): boolean {
  return c.properties.write || c.properties.writeWithoutResponse;
}

function canNotify(c: BleCharacteristic): boolean {
  return c.properties.notify || c.properties.indicate;
}
