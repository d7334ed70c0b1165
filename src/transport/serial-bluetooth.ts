/**
 * Classic Bluetooth (BR/EDR) receipt printers reach the app as Web Serial ports: a paired printer's Serial
 * Port Profile service is an RFCOMM channel the browser offers in its serial chooser. Chrome does this from
 * 117 on desktop and from 138 on Android (https://developer.chrome.com/docs/capabilities/serial,
 * https://developer.chrome.com/blog/serial-over-bluetooth); the members used here are the Web Serial spec's
 * `SerialPortFilter.bluetoothServiceClassId`, `SerialPortRequestOptions.allowedBluetoothServiceClassIds` and
 * `SerialPortInfo.bluetoothServiceClassId` (https://wicg.github.io/serial/). No bytes move here: the port is
 * driven by the ordinary Web Serial transport.
 */

/** Bluetooth SIG base UUID tail: a 16-bit id `xxxx` stands for `0000xxxx-0000-1000-8000-00805f9b34fb`. */
const BASE_UUID_TAIL = '-0000-1000-8000-00805f9b34fb';

/** The Serial Port Profile's service class (16-bit id 0x1101, Bluetooth Assigned Numbers, "Service Class"). */
export const SPP_SERVICE_CLASS_ID = `00001101${BASE_UUID_TAIL}`;

/** A service class id as Web Serial may give or take it (a 16/32-bit number or a UUID string), as a full UUID. */
export function serviceClassUuid(id: number | string): string {
  if (typeof id === 'number') return `${id.toString(16).padStart(8, '0')}${BASE_UUID_TAIL}`;
  return id.toLowerCase();
}

/** Whether a port is a Bluetooth RFCOMM port (its info names a service class) rather than a wired one. */
export function isBluetoothPortInfo(info: SerialPortInfo): boolean {
  return info.bluetoothServiceClassId !== undefined;
}

/**
 * The chooser's options for a paired classic Bluetooth printer. The SPP id is both a filter (only printers'
 * serial services are listed, no wired ports) and allowed by name: the spec lets a page see an RFCOMM service
 * only when it asks for it (`allowedBluetoothServiceClassIds`), and a filter with a service class id must not
 * also name USB ids (a TypeError in `requestPort`).
 */
export function bluetoothSerialRequest(): SerialPortRequestOptions {
  return {
    filters: [{ bluetoothServiceClassId: SPP_SERVICE_CLASS_ID }],
    allowedBluetoothServiceClassIds: [SPP_SERVICE_CLASS_ID],
  };
}
