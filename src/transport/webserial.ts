/**
 * Web Serial transport: opens a port with the merchant's line settings, keeps reading across recoverable
 * line errors (a fresh reader each time, the lock always released), and bounds every write with a timeout.
 * No ESC/POS here: the baud-rate probe lives in the printer layer.
 */
import { toPrinterError } from './dom-errors';
import { usbFilters } from './profiles';
import { bluetoothSerialRequest, isBluetoothPortInfo, serviceClassUuid } from './serial-bluetooth';
import { serialSettings, type SerialSettings } from './serial-settings';
import { PrinterError, type PrinterIdentity } from './types';
import { QueuedTransport } from './queued-transport';
import { withTimeout } from './write-queue';

/** Largest single write; small enough that a timeout fires close to where the printer stopped. */
const SERIAL_CHUNK = 512;

/** Line errors after which Chrome lets the port be read again with a fresh reader (Web Serial spec). */
const RECOVERABLE = new Set(['BufferOverrunError', 'FramingError', 'ParityError', 'BreakError']);

/** `navigator.serial`, or an `unsupported` error naming why it is missing. */
export function webSerial(nav: Navigator = navigator): Serial {
  if (!('serial' in nav) || !nav.serial) {
    throw new PrinterError(
      'unsupported',
      'This browser has no Web Serial (needs desktop Chrome or Edge over https).',
    );
  }
  return nav.serial;
}

/** The identity of a serial port as the rest of the app records it. */
export function serialIdentity(port: SerialPort): PrinterIdentity {
  const info = port.getInfo();
  if (isBluetoothPortInfo(info)) {
    // An RFCOMM port tells only its service class (Web Serial spec, SerialPortInfo), never the printer's name.
    const bluetoothServiceClassId = serviceClassUuid(info.bluetoothServiceClassId!);
    return { transport: 'serial', bluetoothServiceClassId, name: 'Bluetooth printer (classic)' };
  }
  const ids =
    info.usbVendorId !== undefined ? ` ${hex(info.usbVendorId)}:${hex(info.usbProductId ?? 0)}` : '';
  return {
    transport: 'serial',
    vendorId: info.usbVendorId,
    productId: info.usbProductId,
    name: `Serial printer${ids}`,
  };
}

/** Which ports the chooser lists: adapters of known printer vendors, every port, or paired Bluetooth printers. */
export type SerialPorts = 'known-usb' | 'any' | 'bluetooth';

/** A receipt printer on a serial port. Get one with `request()` (needs a user gesture) or `reconnect(saved)`. */
export class WebSerialTransport extends QueuedTransport {
  override readonly kind = 'serial' as const;
  override readonly identity: PrinterIdentity;
  private settings: SerialSettings;
  private reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  private reading: Promise<void> = Promise.resolve();
  // SerialPort fires `disconnect` on itself (Web Serial spec); it also bubbles to navigator.serial.
  private readonly onDisconnect = () => this.lost();

  constructor(
    readonly port: SerialPort,
    settings: Partial<SerialSettings> = {},
  ) {
    super();
    this.identity = serialIdentity(port);
    this.settings = serialSettings(settings);
  }

  /**
   * Opens the browser's port chooser; `not-found` on cancel. By default only USB-serial adapters of known
   * printer vendors are listed; `any` lists every port (built-in DB9 COM ports have no USB ids), and
   * `bluetooth` the serial services of paired classic Bluetooth printers.
   */
  static async request(
    serial: Serial = webSerial(),
    settings?: Partial<SerialSettings>,
    ports: SerialPorts = 'known-usb',
  ): Promise<WebSerialTransport> {
    const options: SerialPortRequestOptions =
      ports === 'bluetooth'
        ? bluetoothSerialRequest()
        : ports === 'any'
          ? { filters: [] }
          : {
              filters: usbFilters().flatMap((f) =>
                f.vendorId === undefined ? [] : [{ usbVendorId: f.vendorId }],
              ),
            };
    try {
      return new WebSerialTransport(await serial.requestPort(options), settings);
    } catch (error) {
      throw toPrinterError(error, 'request');
    }
  }

  /** The previously granted port for `saved`, only when exactly one granted port matches; else null. */
  static async reconnect(
    saved: PrinterIdentity,
    serial: Serial = webSerial(),
    settings?: Partial<SerialSettings>,
  ): Promise<WebSerialTransport | null> {
    const ports = await serial.getPorts();
    const matching = ports.filter((port) => {
      const info = port.getInfo();
      if (isBluetoothPortInfo(info) || saved.bluetoothServiceClassId !== undefined) {
        const id = info.bluetoothServiceClassId;
        return id !== undefined && serviceClassUuid(id) === saved.bluetoothServiceClassId;
      }
      return info.usbVendorId === saved.vendorId && info.usbProductId === saved.productId;
    });
    return matching.length === 1 ? new WebSerialTransport(matching[0]!, settings) : null;
  }

  /**
   * Whether the port is a classic Bluetooth printer's RFCOMM channel. Such a channel carries bytes at the
   * radio's pace whatever line speed is set (the RFCOMM spec, ETSI TS 07.10 / Bluetooth RFCOMM 1.2: port
   * settings "do not affect the actual data throughput"), so there is no baud rate to find.
   */
  get bluetooth(): boolean {
    return this.identity.bluetoothServiceClassId !== undefined;
  }

  /** The line settings in use. */
  get lineSettings(): SerialSettings {
    return this.settings;
  }

  /** Sets line settings for the next `open()` (e.g. the baud rate remembered for this printer). */
  useSettings(settings: Partial<SerialSettings>): void {
    if (this.opened) throw new Error('Line settings of an open port change only through reopen().');
    this.settings = serialSettings({ ...this.settings, ...settings });
  }

  /** Closes and reopens the port with other line settings (used by the baud-rate probe). */
  async reopen(settings: Partial<SerialSettings>): Promise<void> {
    await this.close();
    this.settings = serialSettings({ ...this.settings, ...settings });
    await this.open();
  }

  override async open(): Promise<void> {
    const { baudRate, dataBits, stopBits, parity, flowControl } = this.settings;
    try {
      await this.port.open({ baudRate, dataBits, stopBits, parity, flowControl, bufferSize: 4096 });
    } catch (error) {
      throw toPrinterError(error, 'open');
    }
    this.port.addEventListener('disconnect', this.onDisconnect);
    this.markOpen();
    this.reading = this.readLoop();
  }

  override async close(): Promise<void> {
    if (!this.markClosed()) return;
    this.port.removeEventListener('disconnect', this.onDisconnect);
    try {
      await this.reader?.cancel();
      await this.reading;
      await this.port.close();
    } catch (error) {
      // A port that was unplugged cannot be closed cleanly; it is gone either way, so report and move on.
      this.events.emit('error', { error: toPrinterError(error, 'close') });
    }
  }

  protected override async send(bytes: Uint8Array): Promise<void> {
    const writable = this.port.writable;
    if (!writable) throw new PrinterError('disconnected', 'The serial port is not writable.');
    const writer = writable.getWriter();
    try {
      for (let offset = 0; offset < bytes.length; offset += SERIAL_CHUNK) {
        const chunk = bytes.slice(offset, offset + SERIAL_CHUNK);
        await withTimeout(writer.write(chunk), this.settings.writeTimeoutMs, 'Sending to the printer', () => {
          // Abort drops what is still queued so the port is usable again once the printer recovers.
          writer.abort('write timeout').catch((error: unknown) => {
            this.events.emit('error', { error: toPrinterError(error, 'write') });
          });
        });
      }
    } catch (error) {
      const failure = toPrinterError(error, 'write');
      if (failure.code === 'disconnected') this.lost();
      throw failure;
    } finally {
      writer.releaseLock();
    }
  }

  /** Reads until closed, taking a fresh reader after each recoverable line error. */
  private async readLoop(): Promise<void> {
    while (this.opened && this.port.readable) {
      const reader = this.port.readable.getReader();
      this.reader = reader;
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          if (value && value.length > 0) this.events.emitData(value);
        }
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (!RECOVERABLE.has(name)) {
          if (this.opened) this.lost();
          return;
        }
        this.events.emit('error', { error: new PrinterError('garbled', `Serial line error: ${name}.`) });
      } finally {
        reader.releaseLock();
        this.reader = null;
      }
    }
  }

  private lost(): void {
    if (!this.opened) return;
    this.port.removeEventListener('disconnect', this.onDisconnect);
    this.markLost(
      this.bluetooth
        ? 'The Bluetooth printer went out of range, to sleep, or was switched off.'
        : 'The serial printer was unplugged or switched off.',
    );
  }
}

function hex(value: number): string {
  return value.toString(16).padStart(4, '0');
}
