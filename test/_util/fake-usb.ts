/**
 * A fake `navigator.usb` for browser tests, backed by the real virtual printer. Bundled into an init script
 * (see `fake-devices.ts`) so it exists before the app's code runs. It behaves like Chrome's where the app
 * depends on it: `requestDevice` needs transient user activation and throws `NotFoundError` when the
 * chooser is cancelled; a grant survives reloads (localStorage) and shows up in `getDevices()`; bulk OUT
 * transfers take at most `maxTransfer` bytes and can stall; unplugging fires `disconnect` and fails
 * pending transfers with `NotFoundError`.
 */
import { VirtualPrinter } from '../../src/escpos/virtual-printer';

/** How a test sets the fake device up (passed from Node as JSON). */
export interface FakeUsbOptions {
  vendorId: number;
  productId: number;
  serialNumber: string;
  productName: string;
  /** Largest bulk OUT transfer the device takes at once; larger ones are accepted in part. */
  maxTransfer: number;
  /** 1-based numbers of OUT transfers that stall. */
  stallTransfers?: number[];
  /** The chooser is cancelled instead of returning the device. */
  cancelChooser?: boolean;
  /** Another driver holds the interface (Windows usbprint, Linux usblp): claiming fails. */
  claimFails?: boolean;
  /** The printer's firmware: its Chinese font reads Big5 (a Taiwan or Hong Kong model); default GB18030. */
  chineseFont?: 'gb18030' | 'big5';
  /** Which status questions it answers; default all (a clone may ignore GS I). */
  statusQueries?: readonly string[];
}

const GRANTS = 'fake-usb.granted';

/** Test-side control of the fake, at `window.fakeUsb`. */
export interface FakeUsbControl {
  printer: VirtualPrinter;
  /** Every byte the device accepted, in order. */
  received: number[];
  /** Sizes of every OUT transfer the app made. */
  transfers: number[];
  unplug(): void;
  plugIn(): void;
  requests: number;
}

class FakeDevice {
  opened = false;
  configuration: unknown = null;
  readonly configurations: unknown[];
  private claimed = false;
  private readonly replies: number[] = [];
  private waiting: (() => void) | null = null;
  private transfersOut = 0;

  constructor(
    readonly options: FakeUsbOptions,
    private readonly control: FakeUsbControl,
    private readonly isPlugged: () => boolean,
  ) {
    const ep = (endpointNumber: number, direction: 'in' | 'out') => ({
      endpointNumber,
      direction,
      type: 'bulk',
      packetSize: 64,
    });
    // Like many clones: a vendor interface 0 without bulk pipes, the printer class on interface 1.
    this.configurations = [
      {
        configurationValue: 1,
        interfaces: [
          {
            interfaceNumber: 0,
            alternates: [{ alternateSetting: 0, interfaceClass: 0xff, endpoints: [] }],
          },
          {
            interfaceNumber: 1,
            alternates: [{ alternateSetting: 0, interfaceClass: 7, endpoints: [ep(2, 'out'), ep(1, 'in')] }],
          },
        ],
      },
    ];
    control.printer.onReply((bytes) => {
      this.replies.push(...bytes);
      this.waiting?.();
    });
  }

  get vendorId() {
    return this.options.vendorId;
  }
  get productId() {
    return this.options.productId;
  }
  get serialNumber() {
    return this.options.serialNumber;
  }
  get productName() {
    return this.options.productName;
  }
  get manufacturerName() {
    return 'Fake';
  }

  async open() {
    this.gone();
    this.opened = true;
  }
  async close() {
    this.opened = false;
    this.claimed = false;
  }
  async selectConfiguration(value: number) {
    this.gone();
    this.configuration = this.configurations.find(
      (c) => (c as { configurationValue: number }).configurationValue === value,
    );
  }
  async claimInterface(n: number) {
    this.gone();
    if (n !== 1 || this.options.claimFails)
      throw new DOMException('Unable to claim interface.', 'NetworkError');
    this.claimed = true;
  }
  async releaseInterface() {
    this.claimed = false;
  }
  async selectAlternateInterface() {}
  async clearHalt() {
    this.gone();
  }

  async transferOut(endpoint: number, data: BufferSource) {
    this.gone();
    if (!this.claimed || endpoint !== 2)
      throw new DOMException('The specified endpoint is not part of a claimed interface.', 'NotFoundError');
    const bytes = new Uint8Array(
      data instanceof ArrayBuffer
        ? data
        : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
    );
    this.transfersOut++;
    this.control.transfers.push(bytes.length);
    await new Promise((resolve) => setTimeout(resolve, 1));
    this.gone();
    if (this.options.stallTransfers?.includes(this.transfersOut)) return { status: 'stall', bytesWritten: 0 };
    const taken = bytes.subarray(0, this.options.maxTransfer);
    this.control.received.push(...taken);
    this.control.printer.receive(taken);
    return { status: 'ok', bytesWritten: taken.length };
  }

  async transferIn(endpoint: number, length: number) {
    this.gone();
    if (!this.claimed || endpoint !== 1)
      throw new DOMException('The specified endpoint is not part of a claimed interface.', 'NotFoundError');
    while (this.replies.length === 0) {
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.gone();
    }
    const data = Uint8Array.from(this.replies.splice(0, length));
    return { status: 'ok', data: new DataView(data.buffer) };
  }

  /** Wakes a pending read so it can fail like Chrome's does on unplug. */
  wake() {
    this.waiting?.();
  }

  private gone() {
    if (!this.isPlugged()) throw new DOMException('The device was disconnected.', 'NotFoundError');
  }
}

/** Installs the fake at `navigator.usb` and its control at `window.fakeUsb`. */
export function installFakeUsb(options: FakeUsbOptions): void {
  let plugged = true;
  const printer = new VirtualPrinter({
    identity: { serial: options.serialNumber },
    profile: { chineseFontCodes: options.chineseFont, statusQueries: options.statusQueries },
  });
  const control: FakeUsbControl = {
    printer,
    received: [],
    transfers: [],
    requests: 0,
    unplug() {
      plugged = false;
      device.wake();
      usb.dispatchEvent(Object.assign(new Event('disconnect'), { device }));
    },
    plugIn() {
      plugged = true;
      usb.dispatchEvent(Object.assign(new Event('connect'), { device }));
    },
  };
  const device = new FakeDevice(options, control, () => plugged);
  const granted = () => localStorage.getItem(GRANTS) === options.serialNumber;
  const usb = Object.assign(new EventTarget(), {
    async requestDevice() {
      control.requests++;
      if (!navigator.userActivation.isActive) {
        throw new DOMException(
          'Must be handling a user gesture to show a permission request.',
          'SecurityError',
        );
      }
      if (options.cancelChooser || !plugged) throw new DOMException('No device selected.', 'NotFoundError');
      localStorage.setItem(GRANTS, options.serialNumber);
      return device;
    },
    async getDevices() {
      return plugged && granted() ? [device] : [];
    },
  });
  Object.defineProperty(navigator, 'usb', { value: usb, configurable: true });
  Object.assign(window, { fakeUsb: control });
}
