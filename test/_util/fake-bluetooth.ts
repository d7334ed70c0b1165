/**
 * A fake `navigator.bluetooth` for browser tests, backed by the real virtual printer (one per device).
 * Bundled into an init script (see `fake-devices.ts`) so it exists before the app's code runs. It behaves
 * like Chrome's where the app depends on it: `requestDevice` needs transient user activation and rejects
 * with Chrome's NotFoundError messages when cancelled or when the adapter is off; a grant survives reloads
 * (localStorage) and shows up in `getDevices()`; a GATT write larger than the device's limit fails
 * ("GATT operation failed for unknown reason."), a write while another is pending fails ("GATT operation
 * already in progress.") and is counted; replies come back as `characteristicvaluechanged` notifications
 * of at most 20 bytes; dropping the link fires `gattserverdisconnected` and fails the pending write.
 */
import { VirtualPrinter } from '../../src/escpos/virtual-printer';

/** One fake BLE printer (passed from Node as JSON). */
export interface FakeBleDeviceOptions {
  id: string;
  name: string;
  service: string;
  write: string;
  /** The notify characteristic (may equal `write`); null: the printer cannot answer. */
  notify: string | null;
  /** The write characteristic allows writes without response. */
  withoutResponse: boolean;
  /** Largest write the device takes (its MTU less 3); larger ones fail. */
  writeLimit: number;
  /** How long each write takes, in ms. */
  writeDelayMs?: number;
  /** Printable dots of the virtual printer behind it (384 for 58 mm). */
  widthDots?: number;
}

/** How a test sets the fake up. */
export interface FakeBluetoothOptions {
  devices: FakeBleDeviceOptions[];
  /** Index of the device the chooser returns. */
  choose?: number;
  cancelChooser?: boolean;
  /** The tablet's Bluetooth is off. */
  adapterOff?: boolean;
  /** The printer is connected to another phone: connecting fails. */
  refuseConnect?: boolean;
  /** Indexes of devices switched off or out of range from the start. */
  outOfRange?: number[];
  /** Like browsers without permission persistence: no `getDevices()`. */
  noGetDevices?: boolean;
}

/** Test-side control of the fake, at `window.fakeBluetooth`. */
export interface FakeBluetoothControl {
  printers: VirtualPrinter[];
  /** Every byte each device accepted, in order. */
  received: number[][];
  /** Sizes of every write each device accepted. */
  writes: number[][];
  /** Writes refused as too large, per device. */
  refused: number[];
  /** Writes started while another was pending (Chrome rejects them): must stay 0. */
  overlaps: number;
  requests: number;
  /** Successful `gatt.connect()` calls, per device. */
  connects: number[];
  /** The `optionalServices` of the last `requestDevice`. */
  optionalServices: string[];
  /** Drops the link of device `index` (mid-job too); `inRange: false` also takes it out of reach. */
  drop(index: number, inRange?: boolean): void;
  /** Brings device `index` back within reach. */
  comeBack(index: number): void;
  setWriteDelay(index: number, ms: number): void;
  /** The `BluetoothDevice` of index `index`, as `requestDevice` would return it. */
  device(index: number): unknown;
}

const GRANTS = 'fake-bluetooth.granted';
const NOTIFY_MAX = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const disconnectedError = () =>
  new DOMException(
    'GATT Server is disconnected. Cannot perform GATT operations. (Re)connect first with `device.gatt.connect`.',
    'NetworkError',
  );

class FakeCharacteristic extends EventTarget {
  value: DataView | null = null;
  notifying = false;

  constructor(
    readonly uuid: string,
    readonly properties: {
      write: boolean;
      writeWithoutResponse: boolean;
      notify: boolean;
      indicate: boolean;
    },
    private readonly device: FakeBleDevice,
  ) {
    super();
  }

  writeValueWithResponse(data: BufferSource) {
    return this.device.write(this, data);
  }
  writeValueWithoutResponse(data: BufferSource) {
    return this.device.write(this, data);
  }
  async startNotifications() {
    this.device.check();
    if (!this.properties.notify) throw new DOMException('GATT operation not permitted.', 'NotSupportedError');
    this.notifying = true;
    return this;
  }
  async stopNotifications() {
    this.notifying = false;
    return this;
  }
}

class FakeBleDevice extends EventTarget {
  connected = false;
  inRange = true;
  private busy = false;
  readonly characteristics: FakeCharacteristic[] = [];
  readonly gatt: object;

  constructor(
    readonly options: FakeBleDeviceOptions,
    readonly index: number,
    readonly control: FakeBluetoothControl,
    private readonly refuse: () => boolean,
  ) {
    super();
    const write = new FakeCharacteristic(
      options.write,
      {
        write: true,
        writeWithoutResponse: options.withoutResponse,
        notify: options.notify === options.write,
        indicate: false,
      },
      this,
    );
    this.characteristics.push(write);
    if (options.notify && options.notify !== options.write) {
      this.characteristics.push(
        new FakeCharacteristic(
          options.notify,
          { write: false, writeWithoutResponse: false, notify: true, indicate: false },
          this,
        ),
      );
    }
    const service = { uuid: options.service, getCharacteristics: async () => [...this.characteristics] };
    const gatt = {
      connected: false,
      connect: async () => {
        await sleep(5);
        if (!this.inRange) throw new DOMException('Bluetooth Device is no longer in range.', 'NetworkError');
        if (this.refuse()) throw new DOMException('Connection failed for unknown reason.', 'NetworkError');
        this.connected = true;
        this.control.connects[this.index]!++;
        return gatt;
      },
      disconnect: () => void (this.connected = false),
      getPrimaryServices: async () => {
        this.check();
        return [service];
      },
    };
    Object.defineProperty(gatt, 'connected', { get: () => this.connected });
    this.gatt = gatt;
    control.printers[index]!.onReply((bytes) => this.notify(bytes));
  }

  get id() {
    return this.options.id;
  }
  get name() {
    return this.options.name;
  }

  check() {
    if (!this.connected) throw disconnectedError();
  }

  async write(characteristic: FakeCharacteristic, data: BufferSource) {
    this.check();
    if (!characteristic.properties.write && !characteristic.properties.writeWithoutResponse) {
      throw new DOMException('GATT operation not permitted.', 'NotSupportedError');
    }
    if (this.busy) {
      this.control.overlaps++;
      throw new DOMException('GATT operation already in progress.', 'NetworkError');
    }
    const bytes = new Uint8Array(
      data instanceof ArrayBuffer
        ? data
        : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
    );
    this.busy = true;
    try {
      await sleep(this.options.writeDelayMs ?? 1);
      this.check();
      if (bytes.length > this.options.writeLimit) {
        this.control.refused[this.index]!++;
        throw new DOMException('GATT operation failed for unknown reason.', 'NotSupportedError');
      }
      this.control.writes[this.index]!.push(bytes.length);
      this.control.received[this.index]!.push(...bytes);
      this.control.printers[this.index]!.receive(bytes);
    } finally {
      this.busy = false;
    }
  }

  drop(inRange: boolean) {
    this.inRange = inRange;
    if (!this.connected) return;
    this.connected = false;
    for (const c of this.characteristics) c.notifying = false;
    this.dispatchEvent(new Event('gattserverdisconnected'));
  }

  /** Printer replies, cut into notifications of at most 20 bytes, delivered after the write that caused them. */
  private notify(bytes: Uint8Array) {
    const target = this.characteristics.find((c) => c.uuid === this.options.notify);
    if (!target) return;
    const copy = Uint8Array.from(bytes);
    setTimeout(() => {
      for (let at = 0; at < copy.length; at += NOTIFY_MAX) {
        if (!this.connected || !target.notifying) return;
        target.value = new DataView(copy.slice(at, at + NOTIFY_MAX).buffer);
        target.dispatchEvent(new Event('characteristicvaluechanged'));
      }
    }, 0);
  }
}

/** Installs the fake at `navigator.bluetooth` and its control at `window.fakeBluetooth`. */
export function installFakeBluetooth(options: FakeBluetoothOptions): void {
  const control: FakeBluetoothControl = {
    printers: options.devices.map(
      (d) => new VirtualPrinter({ identity: { serial: d.id }, widthDots: d.widthDots }),
    ),
    received: options.devices.map(() => []),
    writes: options.devices.map(() => []),
    refused: options.devices.map(() => 0),
    connects: options.devices.map(() => 0),
    overlaps: 0,
    requests: 0,
    optionalServices: [],
    drop: (index, inRange = false) => devices[index]!.drop(inRange),
    comeBack: (index) => void (devices[index]!.inRange = true),
    setWriteDelay: (index, ms) => void (devices[index]!.options.writeDelayMs = ms),
    device: (index) => devices[index],
  };
  const devices = options.devices.map(
    (d, i) => new FakeBleDevice({ ...d }, i, control, () => options.refuseConnect === true),
  );
  for (const index of options.outOfRange ?? []) devices[index]!.inRange = false;
  const granted = (): string[] => JSON.parse(localStorage.getItem(GRANTS) ?? '[]') as string[];
  const bluetooth = Object.assign(new EventTarget(), {
    async getAvailability() {
      return !options.adapterOff;
    },
    async requestDevice(request: { optionalServices?: string[] }) {
      control.requests++;
      control.optionalServices = request.optionalServices ?? [];
      if (!navigator.userActivation.isActive) {
        throw new DOMException(
          'Must be handling a user gesture to show a permission request.',
          'SecurityError',
        );
      }
      await sleep(5);
      if (options.adapterOff) throw new DOMException('Bluetooth adapter not available.', 'NotFoundError');
      if (options.cancelChooser)
        throw new DOMException('User cancelled the requestDevice() chooser.', 'NotFoundError');
      const device = devices[options.choose ?? 0]!;
      localStorage.setItem(GRANTS, JSON.stringify([...new Set([...granted(), device.id])]));
      return device;
    },
    ...(options.noGetDevices
      ? {}
      : {
          async getDevices() {
            return devices.filter((d) => granted().includes(d.id));
          },
        }),
  });
  Object.defineProperty(navigator, 'bluetooth', { value: bluetooth, configurable: true });
  Object.assign(window, { fakeBluetooth: control });
}
