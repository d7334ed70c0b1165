/**
 * A fake `navigator.serial` for browser tests, backed by the real virtual printer. Like Chrome's:
 * `requestPort` needs transient user activation and throws `NotFoundError` when cancelled; a grant survives
 * reloads (localStorage) and shows up in `getPorts()`; a port has `readable` / `writable` streams while
 * open; unplugging fires `disconnect` and errors the streams. Opened at another baud rate than the
 * printer's, the printer's replies arrive garbled; with hardware flow control and a blocking fault,
 * writes wait (as a real printer holding CTS low does).
 */
import { VirtualPrinter } from '../../src/escpos/virtual-printer';

/** How a test sets the fake port up (passed from Node as JSON). */
export interface FakeSerialOptions {
  usbVendorId: number;
  usbProductId: number;
  /** The rate the printer really runs at. */
  printerBaudRate: number;
  cancelChooser?: boolean;
}

const GRANTS = 'fake-serial.granted';

/** Test-side control of the fake, at `window.fakeSerial`. */
export interface FakeSerialControl {
  printer: VirtualPrinter;
  received: number[];
  /** Baud rates the app opened the port with, in order. */
  opens: number[];
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
      const line = this.baudRate === options.printerBaudRate ? bytes : bytes.map((b) => b ^ 0xa5);
      this.push?.(line.slice());
    });
  }

  getInfo() {
    return { usbVendorId: this.options.usbVendorId, usbProductId: this.options.usbProductId };
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
        const bytes = this.baudRate === this.options.printerBaudRate ? chunk : chunk.map((b) => b ^ 0xa5);
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
    unplug() {
      plugged = false;
      port.lose();
      port.dispatchEvent(new Event('disconnect', { bubbles: true }));
      serial.dispatchEvent(Object.assign(new Event('disconnect'), { port }));
    },
  };
  const port = new FakePort(options, control, () => plugged);
  const key = `${options.usbVendorId}:${options.usbProductId}`;
  const serial = Object.assign(new EventTarget(), {
    async requestPort() {
      if (!navigator.userActivation.isActive) {
        throw new DOMException(
          'Must be handling a user gesture to show a permission request.',
          'SecurityError',
        );
      }
      if (options.cancelChooser) throw new DOMException('No port selected by the user.', 'NotFoundError');
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
