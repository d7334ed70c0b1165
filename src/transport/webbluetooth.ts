/**
 * Web Bluetooth transport for BLE receipt printers: finds the print characteristic (`ble-services.ts`),
 * writes one GATT operation at a time in bounded chunks (falling back to 20-byte writes when a larger one
 * is refused), hears DLE EOT replies through the notify characteristic where there is one, and reports a
 * dropped link as a lost printer. No ESC/POS here: it only moves bytes.
 */
import type { BleApi, BleCharacteristic, BleDevice } from './ble-api';
import { bluetoothError, fromBluetooth, isTooLarge } from './ble-errors';
import {
  BLE_DEFAULT_WRITE,
  BLE_MAX_WRITE,
  BLE_MIN_WRITE,
  BLE_PACING_MS,
  bleOptionalServices,
  findBleRoute,
  type BleRoute,
} from './ble-services';
import { QueuedTransport } from './queued-transport';
import { PrinterError, type PrinterIdentity } from './types';
import { withTimeout } from './write-queue';

/** How long one GATT write may take before the write fails with `timeout`. */
const WRITE_TIMEOUT_MS = 10_000;

/** `navigator.bluetooth`, or an `unsupported` error naming why it is missing. */
export function webBluetooth(nav: Navigator = navigator): BleApi {
  const api = (nav as Navigator & { bluetooth?: BleApi }).bluetooth;
  if (!api) {
    throw new PrinterError(
      'unsupported',
      'This browser has no Web Bluetooth (needs Chrome or Edge over https, or Chrome on Android).',
    );
  }
  return api;
}

/** The identity of a Bluetooth device as the rest of the app records it. */
export function bluetoothIdentity(device: BleDevice): PrinterIdentity {
  return { transport: 'bluetooth', bluetoothId: device.id, name: device.name || 'Bluetooth printer' };
}

/** A write size the transport accepts: whole bytes between the ATT minimum and the attribute maximum. */
export function bleWriteSize(size: number): number {
  return Math.min(BLE_MAX_WRITE, Math.max(BLE_MIN_WRITE, Math.floor(size)));
}

/** A receipt printer on Bluetooth LE. Get one with `request()` (needs a user gesture) or `reconnect()`. */
export class WebBluetoothTransport extends QueuedTransport {
  override readonly kind = 'bluetooth' as const;
  override readonly identity: PrinterIdentity;
  private route: BleRoute | null = null;
  private writeSize: number;
  /** The GATT write in flight; the next one starts only once it settled, even after a timeout. */
  private inFlight: Promise<unknown> = Promise.resolve();
  private readonly onDrop = () => this.lost();
  private readonly onValue = (event: Event) => {
    const value = (event.target as BleCharacteristic).value;
    if (value && value.byteLength > 0) {
      this.events.emitData(
        new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength)),
      );
    }
  };

  constructor(
    readonly device: BleDevice,
    writeSize: number = BLE_DEFAULT_WRITE,
  ) {
    super();
    this.identity = bluetoothIdentity(device);
    this.writeSize = bleWriteSize(writeSize);
  }

  /**
   * Opens the browser's Bluetooth chooser; `not-found` with trouble `cancelled` when the merchant closes it,
   * `off` when the tablet's Bluetooth is off. Every nearby device is listed (cheap printers rarely advertise
   * their service), and every known print service is asked for, as Chrome hides services not listed.
   */
  static async request(api: BleApi = webBluetooth(), writeSize?: number): Promise<WebBluetoothTransport> {
    const available = await api.getAvailability?.().catch(() => true);
    if (available === false) {
      throw bluetoothError('off', 'Bluetooth is switched off or missing on this device.', {
        step: 'request',
      });
    }
    try {
      const device = await api.requestDevice({
        acceptAllDevices: true,
        optionalServices: bleOptionalServices(),
      });
      return new WebBluetoothTransport(device, writeSize);
    } catch (error) {
      throw fromBluetooth(error, 'request');
    }
  }

  /** The previously granted device `saved` names, without a chooser; null where the browser cannot tell. */
  static async reconnect(
    saved: PrinterIdentity,
    api: BleApi = webBluetooth(),
    writeSize?: number,
  ): Promise<WebBluetoothTransport | null> {
    if (!api.getDevices || !saved.bluetoothId) return null;
    const device = (await api.getDevices()).find((d) => d.id === saved.bluetoothId);
    return device ? new WebBluetoothTransport(device, writeSize) : null;
  }

  /** Bytes per GATT write from now on (the printer profile's size), kept between 20 and 512. */
  useWriteSize(size: number): void {
    this.writeSize = bleWriteSize(size);
  }

  /** Bytes per GATT write in use (20 after a larger write was refused). */
  get currentWriteSize(): number {
    return this.writeSize;
  }

  /** Whether the printer can answer at all: false when it has no notify characteristic. */
  get hearsReplies(): boolean {
    return this.route?.notify != null;
  }

  override async open(): Promise<void> {
    const gatt = this.device.gatt;
    if (!gatt)
      throw bluetoothError('out-of-range', 'This Bluetooth device has no GATT server.', { step: 'connect' });
    let route: BleRoute | null;
    try {
      const server = await gatt.connect();
      route = await findBleRoute(await server.getPrimaryServices());
    } catch (error) {
      gatt.disconnect();
      throw fromBluetooth(error, 'connect');
    }
    if (!route) {
      gatt.disconnect();
      throw new PrinterError(
        'not-found',
        'This Bluetooth device has nothing to print to; it is not a printer.',
        {
          step: 'connect',
          bluetoothId: this.device.id,
        },
      );
    }
    this.route = await this.listen(route);
    this.device.addEventListener('gattserverdisconnected', this.onDrop);
    this.markOpen();
  }

  override async close(): Promise<void> {
    if (!this.markClosed()) return;
    const notify = this.detach();
    try {
      if (notify && this.device.gatt?.connected) await notify.stopNotifications();
    } catch (error) {
      // The link may be going down as we close; it is closed either way, so report and move on.
      this.events.emit('error', { error: fromBluetooth(error, 'notify') });
    }
    this.device.gatt?.disconnect();
  }

  /** Sends `bytes` in writes of the current size; a refused larger write is retried at 20 bytes. */
  protected override async send(bytes: Uint8Array): Promise<void> {
    const route = this.route;
    if (!route) throw new PrinterError('disconnected', 'The printer is not open.');
    let offset = 0;
    while (offset < bytes.length) {
      const size = this.writeSize;
      const chunk = bytes.slice(offset, offset + size);
      try {
        await withTimeout(this.writeOnce(route, chunk), WRITE_TIMEOUT_MS, 'Sending to the printer');
      } catch (error) {
        if (isTooLarge(error) && size > BLE_MIN_WRITE && this.device.gatt?.connected) {
          // The module's MTU is smaller than the write: 20 bytes always fit (the minimum ATT payload).
          this.writeSize = BLE_MIN_WRITE;
          continue;
        }
        throw this.failWrite(error);
      }
      offset += chunk.length;
      if (route.withoutResponse && offset < bytes.length) await pause(BLE_PACING_MS);
    }
  }

  /** One GATT write, started only after the previous one settled (Chrome allows one at a time). */
  private async writeOnce(route: BleRoute, chunk: Uint8Array<ArrayBuffer>): Promise<void> {
    await this.inFlight;
    const write = route.withoutResponse
      ? route.write.writeValueWithoutResponse(chunk)
      : route.write.writeValueWithResponse(chunk);
    this.inFlight = write.catch(() => undefined);
    await write;
  }

  /** Subscribes to the notify characteristic; a printer that refuses stays usable, unconfirmed. */
  private async listen(route: BleRoute): Promise<BleRoute> {
    if (!route.notify) return route;
    try {
      await route.notify.startNotifications();
      route.notify.addEventListener('characteristicvaluechanged', this.onValue);
      return route;
    } catch (error) {
      this.events.emit('error', { error: fromBluetooth(error, 'notify') });
      return { ...route, notify: null };
    }
  }

  private failWrite(error: unknown): PrinterError {
    const failure = fromBluetooth(error, 'write');
    if (failure.code === 'disconnected' || this.device.gatt?.connected === false) this.lost();
    return failure;
  }

  /** Removes the link's listeners; returns the notify characteristic that was listened to. */
  private detach(): BleCharacteristic | null {
    this.device.removeEventListener('gattserverdisconnected', this.onDrop);
    const notify = this.route?.notify ?? null;
    notify?.removeEventListener('characteristicvaluechanged', this.onValue);
    return notify;
  }

  private lost(): void {
    if (!this.opened) return;
    this.detach();
    this.markLost('The Bluetooth printer went out of range or was switched off.');
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
