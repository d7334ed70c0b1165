/**
 * WebUSB transport: finds the printer's bulk pipes, writes in bounded checked chunks, reads with the IN
 * endpoint's packet size, and reports unplugging. No ESC/POS here: it only moves bytes.
 */
import { toPrinterError } from './dom-errors';
import { profileFor, usbFilters, type UsbProfile } from './profiles';
import { PrinterError, type PrinterIdentity } from './types';
import { findPrinterRoute, type UsbRoute } from './usb-endpoints';
import { QueuedTransport } from './queued-transport';
import { withTimeout } from './write-queue';

/** How long one chunk may take to be accepted before the write fails with `timeout`. */
const CHUNK_TIMEOUT_MS = 10_000;

/** `navigator.usb`, or an `unsupported` error naming why it is missing. */
export function webUsb(nav: Navigator = navigator): USB {
  if (!('usb' in nav) || !nav.usb) {
    throw new PrinterError('unsupported', 'This browser has no WebUSB (needs Chrome or Edge over https).');
  }
  return nav.usb;
}

/** The identity of a USB device as the rest of the app records it. */
export function usbIdentity(device: USBDevice): PrinterIdentity {
  return {
    transport: 'usb',
    vendorId: device.vendorId,
    productId: device.productId,
    serialNumber: device.serialNumber ?? undefined,
    manufacturer: device.manufacturerName ?? undefined,
    product: device.productName ?? undefined,
    name: device.productName || `USB ${hex(device.vendorId)}:${hex(device.productId)}`,
  };
}

/** A receipt printer on WebUSB. Get one with `request()` (needs a user gesture) or `reconnect(saved)`. */
export class WebUsbTransport extends QueuedTransport {
  override readonly kind = 'usb' as const;
  override readonly identity: PrinterIdentity;
  private readonly profile: UsbProfile;
  private route: UsbRoute | null = null;
  private readonly onDisconnect = (event: USBConnectionEvent) => {
    if (event.device === this.device) this.lost();
  };

  constructor(
    readonly device: USBDevice,
    private readonly usb: USB,
  ) {
    super();
    this.identity = usbIdentity(device);
    this.profile = profileFor(device.vendorId, device.productId);
  }

  /** Opens the browser's chooser filtered to receipt printers; rejects `not-found` when cancelled. */
  static async request(usb: USB = webUsb()): Promise<WebUsbTransport> {
    try {
      return new WebUsbTransport(await usb.requestDevice({ filters: usbFilters() }), usb);
    } catch (error) {
      throw toPrinterError(error, 'request');
    }
  }

  /**
   * The previously granted device matching `saved`, without a chooser: serial number first, then
   * vendor/product (only if exactly one matches). Null when it is not plugged in or no longer granted.
   */
  static async reconnect(saved: PrinterIdentity, usb: USB = webUsb()): Promise<WebUsbTransport | null> {
    const devices = await usb.getDevices();
    const bySerial = saved.serialNumber
      ? devices.filter((d) => d.serialNumber === saved.serialNumber && d.vendorId === saved.vendorId)
      : [];
    const byIds = devices.filter((d) => d.vendorId === saved.vendorId && d.productId === saved.productId);
    const device = bySerial.length === 1 ? bySerial[0] : byIds.length === 1 ? byIds[0] : undefined;
    return device ? new WebUsbTransport(device, usb) : null;
  }

  /** Calls `listener` when a USB device is plugged in (to reconnect a lost printer); returns its removal. */
  static onPlugIn(listener: () => void, usb: USB = webUsb()): () => void {
    usb.addEventListener('connect', listener);
    return () => usb.removeEventListener('connect', listener);
  }

  override async open(): Promise<void> {
    const device = this.device;
    try {
      if (!device.opened) await device.open();
    } catch (error) {
      throw toPrinterError(error, 'open');
    }
    const route = findPrinterRoute(device);
    if (!route) {
      throw new PrinterError('not-found', 'This USB device has no bulk OUT endpoint; it is not a printer.', {
        vendorId: device.vendorId,
        productId: device.productId,
      });
    }
    try {
      if (device.configuration?.configurationValue !== route.configurationValue) {
        await device.selectConfiguration(route.configurationValue);
      }
      await device.claimInterface(route.interfaceNumber);
      if (route.alternateSetting !== 0) {
        await device.selectAlternateInterface(route.interfaceNumber, route.alternateSetting);
      }
    } catch (error) {
      throw toPrinterError(error, 'claim');
    }
    this.route = route;
    this.usb.addEventListener('disconnect', this.onDisconnect);
    this.markOpen();
    void this.readLoop(route);
  }

  override async close(): Promise<void> {
    if (!this.markClosed()) return;
    this.usb.removeEventListener('disconnect', this.onDisconnect);
    try {
      if (this.route) await this.device.releaseInterface(this.route.interfaceNumber);
      await this.device.close();
    } catch (error) {
      // Closing an unplugged device throws; the connection is gone either way, so report and move on.
      this.events.emit('error', { error: toPrinterError(error, 'close') });
    }
  }

  /** Sends `bytes` in chunks of the profile's size; each chunk must be fully accepted with status "ok". */
  protected override async send(bytes: Uint8Array): Promise<void> {
    const route = this.route;
    if (!route) throw new PrinterError('disconnected', 'The printer is not open.');
    let offset = 0;
    let clearedStall = false;
    while (offset < bytes.length) {
      const chunk = bytes.subarray(offset, offset + this.profile.chunkSize);
      let result: USBOutTransferResult;
      try {
        result = await withTimeout(
          this.device.transferOut(route.outEndpoint, new Uint8Array(chunk)),
          CHUNK_TIMEOUT_MS,
          'Sending to the printer',
        );
      } catch (error) {
        throw this.failWrite(error);
      }
      if (result.status === 'stall') {
        if (clearedStall) {
          throw new PrinterError('stalled', 'The printer stalled twice on the same data.', { offset });
        }
        clearedStall = true;
        await this.device.clearHalt('out', route.outEndpoint).catch((error: unknown) => {
          throw this.failWrite(error);
        });
        continue;
      }
      if (result.bytesWritten === 0) {
        throw new PrinterError('stalled', 'The printer accepted no bytes.', {
          offset,
          status: result.status,
        });
      }
      offset += result.bytesWritten;
      clearedStall = false;
    }
  }

  private failWrite(error: unknown): PrinterError {
    const failure = toPrinterError(error, 'write');
    if (failure.code === 'disconnected') this.lost();
    return failure;
  }

  /** Reads until closed; timeouts, babble and stalls are survived, only a lost device ends the loop. */
  private async readLoop(route: UsbRoute): Promise<void> {
    if (route.inEndpoint === undefined) return;
    while (this.opened) {
      try {
        const result = await this.device.transferIn(route.inEndpoint, route.inPacketSize);
        if (result.status === 'stall') {
          await this.device.clearHalt('in', route.inEndpoint);
        } else if (result.data && result.data.byteLength > 0) {
          const data = result.data;
          this.events.emitData(
            new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)),
          );
        }
        // 'babble' (more data than asked for) loses that packet; the next read continues the stream.
      } catch (error) {
        if (!this.opened) return;
        const failure = toPrinterError(error, 'read');
        if (failure.code === 'disconnected') {
          this.lost();
          return;
        }
        this.events.emit('error', { error: failure });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  private lost(): void {
    if (!this.opened) return;
    this.usb.removeEventListener('disconnect', this.onDisconnect);
    this.markLost('The printer was unplugged or switched off.');
  }
}

function hex(value: number): string {
  return value.toString(16).padStart(4, '0');
}
