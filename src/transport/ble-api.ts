/**
 * The part of the Web Bluetooth API the Bluetooth transport uses, typed here because TypeScript's DOM
 * library does not ship it. Names and shapes follow the Web Bluetooth draft
 * (https://webbluetoothcg.github.io/web-bluetooth/): `Bluetooth`, `BluetoothDevice`,
 * `BluetoothRemoteGATTServer`, `BluetoothRemoteGATTService`, `BluetoothRemoteGATTCharacteristic`.
 */

/** `BluetoothCharacteristicProperties`: what a characteristic allows. */
export interface BleProperties {
  readonly write: boolean;
  readonly writeWithoutResponse: boolean;
  readonly notify: boolean;
  readonly indicate: boolean;
}

/** `BluetoothRemoteGATTCharacteristic`; `characteristicvaluechanged` carries the new `value`. */
export interface BleCharacteristic extends EventTarget {
  readonly uuid: string;
  readonly properties: BleProperties;
  readonly value?: DataView | null;
  writeValueWithResponse(value: BufferSource): Promise<void>;
  writeValueWithoutResponse(value: BufferSource): Promise<void>;
  startNotifications(): Promise<BleCharacteristic>;
  stopNotifications(): Promise<BleCharacteristic>;
}

/** `BluetoothRemoteGATTService`. */
export interface BleService {
  readonly uuid: string;
  getCharacteristics(): Promise<BleCharacteristic[]>;
}

/** `BluetoothRemoteGATTServer`. */
export interface BleServer {
  readonly connected: boolean;
  connect(): Promise<BleServer>;
  disconnect(): void;
  getPrimaryServices(): Promise<BleService[]>;
}

/** `BluetoothDevice`; fires `gattserverdisconnected` when the link drops. */
export interface BleDevice extends EventTarget {
  readonly id: string;
  readonly name?: string | null;
  readonly gatt?: BleServer | null;
}

/** `RequestDeviceOptions`, as far as the transport fills it in. */
export interface BleRequestOptions {
  filters?: { services?: string[]; namePrefix?: string }[];
  acceptAllDevices?: boolean;
  optionalServices: string[];
}

/** `navigator.bluetooth`; `getDevices` exists only where Chrome keeps permissions across visits. */
export interface BleApi {
  getAvailability?(): Promise<boolean>;
  requestDevice(options: BleRequestOptions): Promise<BleDevice>;
  getDevices?(): Promise<BleDevice[]>;
}
