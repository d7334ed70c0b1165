/**
 * The one small interface every way of reaching a printer implements (WebUSB, Web Serial, Web Bluetooth,
 * virtual),
 * and the one error type they all fail with.
 */

export type TransportKind = 'usb' | 'serial' | 'bluetooth' | 'virtual';

/** What we know about the device itself, independent of what it prints. */
export interface PrinterIdentity {
  transport: TransportKind;
  vendorId?: number;
  productId?: number;
  serialNumber?: string;
  manufacturer?: string;
  product?: string;
  /** The id the browser gives a Bluetooth device (`BluetoothDevice.id`), stable for this origin. */
  bluetoothId?: string;
  /** A classic Bluetooth printer's serial service (Web Serial `SerialPortInfo.bluetoothServiceClassId`). */
  bluetoothServiceClassId?: string;
  /** A name the merchant recognises, e.g. "XP-58IIH" or "Virtual printer". */
  name: string;
}

/**
 * Every transport failure carries one of these codes; the text the merchant sees is looked up by code
 * (in both languages) in the app layer, never built here.
 */
export type PrinterErrorCode =
  | 'not-found' // no device chosen, or the device vanished before open
  | 'access-denied' // the OS or browser refused access (driver, permissions)
  | 'claimed' // another driver or tab holds the interface
  | 'disconnected' // unplugged or powered off while in use
  | 'timeout' // the device did not accept or answer in time
  | 'stalled' // the endpoint stalled and clearing it did not help
  | 'garbled' // the device answered, but not in a way we can read
  | 'unsupported'; // this browser has no WebUSB / Web Serial, or not in a secure context

/** The single error type of the transport and printer layers (in the style of WorkboxError). */
export class PrinterError extends Error {
  override readonly name = 'PrinterError';
  constructor(
    readonly code: PrinterErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export function isPrinterError(error: unknown): error is PrinterError {
  return error instanceof PrinterError;
}

/** Events a transport emits, declared as a map the way `WorkboxEventMap` is. */
export interface TransportEventMap {
  connected: { identity: PrinterIdentity };
  disconnected: { identity: PrinterIdentity };
  error: { error: PrinterError };
}

export type TransportListener<K extends keyof TransportEventMap> = (event: TransportEventMap[K]) => void;

export interface PrinterTransport {
  readonly kind: TransportKind;
  /** Known after `open()` resolves. */
  readonly identity: PrinterIdentity;
  open(): Promise<void>;
  close(): Promise<void>;
  /**
   * Resolves only once the device has accepted every byte; rejects with a PrinterError otherwise.
   * Writes are queued: one writer at a time, each caller awaits its own write.
   */
  write(bytes: Uint8Array, signal?: AbortSignal): Promise<void>;
  /** Bytes the printer sends back, in arrival order, in whatever chunks they arrive. Returns an unsubscribe. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  on<K extends keyof TransportEventMap>(type: K, listener: TransportListener<K>): () => void;
}
