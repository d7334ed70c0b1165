/**
 * A fake `navigator.serial` for browser tests, backed by the real virtual printer. Like Chrome's:
 * `requestPort` needs transient user activation and throws `NotFoundError` when cancelled; a grant survives
 * reloads (localStorage) and shows up in `getPorts()`; a port has `readable` / `writable` streams while
 * open; unplugging fires `disconnect` and errors the streams. Opened at another baud rate than the
 * printer's, the printer's replies arrive garbled; with hardware flow control and a blocking fault,
 * writes wait (as a real printer holding CTS low does). The port can instead be a paired classic Bluetooth
 * printer's RFCOMM port, offered by the chooser only as the Web Serial spec allows.
 */
import { VirtualPrinter } from '../../src/escpos/virtual-printer';

/** The port itself: a USB-serial adapter with its ids, or a paired classic Bluetooth printer's RFCOMM port. */
export type FakePortKind =
  | { usbVendorId: number; usbProductId: number; bluetoothServiceClassId?: never }
  /** Like Chrome's RFCOMM ports: `getInfo()` names only the service class, and the line speed is ignored. */
  | { bluetoothServiceClassId: string; usbVendorId?: never; usbProductId?: never };

/** How a test sets the fake port up (passed from Node as JSON). */
export type FakeSerialOptions = FakePortKind & {
  /** The rate the printer really runs at (a Bluetooth port carries bytes at any rate). */
  printerBaudRate: number;
  cancelChooser?: boolean;
};

/** The Bluetooth SIG base UUID that a 16/32-bit service class id stands for. */
const uuidOf = (id: number | string) =>
  typeof id === 'number'
    ? `${id.toString(16).padStart(8, '0')}-0000-1000-8000-00805f9b34fb`
    : id.toLowerCase();

const GRANTS = 'fake-serial.granted';

/** Test-side control of the fake, at `window.fakeSerial`. */
export interface FakeSerialControl {
  printer: VirtualPrinter;
  received: number[];
  /** Baud rates the app opened the port with, in order. */
  opens: number[];
  /** The options of every `requestPort` call, as the app passed them. */
  requests: SerialPortRequestOptions[];
  unplug(): void;
}

class FakePort extends EventTarget {
  readable: ReadableStream<Uint8Array> | null = null;
  writable: WritableStream<Uint8Array> | null = null;
  private push: ((bytes: Uint8Array) => void) | null = null;
  private fail: ((error: unknown) => void) | null = null;
  private baudRate = 0;
  private flow: 'none' | 'hardware' = 'none';

  constructor(
    private readonly options: FakeSerialOptions,
    private readonly control: FakeSerialControl,
    private readonly isPlugged: () => boolean,
  ) {
    super();
    control.printer.onReply((bytes) => {
      // A wrong line speed turns every byte into noise (bit 7 set: no reply has that shape).
      const line = this.inStep() ? bytes : bytes.map((b) => b ^ 0xa5);
      this.push?.(line.slice());
    });
  }

  getInfo(): SerialPortInfo {
    const { bluetoothServiceClassId, usbVendorId, usbProductId } = this.options;
    return bluetoothServiceClassId !== undefined
      ? { bluetoothServiceClassId }
      : { usbVendorId, usbProductId };
  }

  /** Whether what the printer and the app exchange arrives intact at the rate the port is open at. */
  private inStep(): boolean {
    return (
      this.options.bluetoothServiceClassId !== undefined || this.baudRate === this.options.printerBaudRate
    );
  }

  /**
   * Whether the chooser lists this port for `options`, as the Web Serial spec's requestPort decides
   * (https://wicg.github.io/serial/#dom-serial-requestport): a port matches when there are no filters or one
   * filter matches it, and an RFCOMM service is offered only when the page names its id in
   * `allowedBluetoothServiceClassIds`. (Chrome also lists the standard SPP service unasked; the fake holds the
   * app to naming it, which works in both.)
   */
  listedFor(options: SerialPortRequestOptions): boolean {
    const info = this.getInfo();
    const filters = options.filters ?? [];
    const matches = (filter: SerialPortFilter) =>
      filter.bluetoothServiceClassId !== undefined
        ? info.bluetoothServiceClassId !== undefined &&
          uuidOf(filter.bluetoothServiceClassId) === uuidOf(info.bluetoothServiceClassId)
        : filter.usbVendorId === info.usbVendorId &&
          (filter.usbProductId === undefined || filter.usbProductId === info.usbProductId);
    if (filters.length > 0 && !filters.some(matches)) return false;
    if (info.bluetoothServiceClassId === undefined) return true;
    const allowed = (options.allowedBluetoothServiceClassIds ?? []).map(uuidOf);
    return allowed.includes(uuidOf(info.bluetoothServiceClassId));
  }

  async open(options: SerialOptions) {
    if (!this.isPlugged()) throw new DOMException('The device has been lost.', 'NetworkError');
    if (this.readable) throw new DOMException('The port is already open.', 'InvalidStateError');
    this.baudRate = options.baudRate;
    this.flow = options.flowControl ?? 'none';
    this.control.opens.push(options.baudRate);
    this.readable = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.push = (bytes) => controller.enqueue(bytes);
        this.fail = (error) => controller.error(error);
      },
      cancel: () => {
        this.push = null;
      },
    });
    this.writable = new WritableStream<Uint8Array>({
      write: async (chunk) => {
        if (!this.isPlugged()) throw new DOMException('The device has been lost.', 'NetworkError');
        // Hardware flow control: the printer holds CTS while it cannot print.
        while (this.flow === 'hardware' && this.control.printer.state.blocked) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
        const bytes = this.inStep() ? chunk : chunk.map((b) => b ^ 0xa5);
        this.control.received.push(...bytes);
        this.control.printer.receive(bytes);
      },
    });
  }

  async close() {
    this.readable = null;
    this.writable = null;
    this.push = null;
  }

  lose() {
    this.fail?.(new DOMException('The device has been lost.', 'NetworkError'));
    this.readable = null;
    this.writable = null;
  }
}

/** Installs the fake at `navigator.serial` and its control at `window.fakeSerial`. */
export function installFakeSerial(options: FakeSerialOptions): void {
  let plugged = true;
  const control: FakeSerialControl = {
    printer: new VirtualPrinter(),
    received: [],
    opens: [],
    requests: [],
    unplug() {
      plugged = false;
      port.lose();
      port.dispatchEvent(new Event('disconnect', { bubbles: true }));
      serial.dispatchEvent(Object.assign(new Event('disconnect'), { port }));
    },
  };
  const port = new FakePort(options, control, () => plugged);
  const key = options.bluetoothServiceClassId ?? `${options.usbVendorId}:${options.usbProductId}`;
  const serial = Object.assign(new EventTarget(), {
    async requestPort(request: SerialPortRequestOptions = {}) {
      control.requests.push(JSON.parse(JSON.stringify(request)) as SerialPortRequestOptions);
      // The spec's checks on filters come before the user gesture is looked at.
      for (const filter of request.filters ?? []) {
        if (
          filter.bluetoothServiceClassId !== undefined &&
          (filter.usbVendorId !== undefined || filter.usbProductId !== undefined)
        ) {
          throw new TypeError(
            'A filter cannot specify both bluetoothServiceClassId and usbVendorId or usbProductId.',
          );
        }
        if (filter.bluetoothServiceClassId === undefined && filter.usbVendorId === undefined) {
          throw new TypeError(
            'A filter must specify usbVendorId if usbProductId is specified, or must not be empty.',
          );
        }
      }
      if (!navigator.userActivation.isActive) {
        throw new DOMException(
          'Must be handling a user gesture to show a permission request.',
          'SecurityError',
        );
      }
      // An empty chooser can only be closed, which Chrome reports like a cancel.
      if (options.cancelChooser || !port.listedFor(request)) {
        throw new DOMException('No port selected by the user.', 'NotFoundError');
      }
      localStorage.setItem(GRANTS, key);
      return port;
    },
    async getPorts() {
      return plugged && localStorage.getItem(GRANTS) === key ? [port] : [];
    },
  });
  Object.defineProperty(navigator, 'serial', { value: serial, configurable: true });
  Object.assign(window, { fakeSerial: control });
}
