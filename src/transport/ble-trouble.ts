/**
 * Which Bluetooth trouble a PrinterError carries, in a module of its own: the status area and the controller
 * ask it on every screen, while the mapping from Chrome's exceptions (`ble-errors.ts`) loads with the
 * Bluetooth transport.
 */
import { PrinterError, type PrinterErrorCode } from './types';

/** What happened on the Bluetooth side. */
export type BluetoothTrouble =
  /** The merchant closed the chooser ("User cancelled the requestDevice() chooser."). */
  | 'cancelled'
  /** The tablet's Bluetooth is switched off or missing ("Bluetooth adapter not available."). */
  | 'off'
  /** The printer is switched off or out of range (NetworkError while connecting). */
  | 'out-of-range'
  /** The printer refused the connection: most often it is connected to another phone or tablet. */
  | 'refused'
  /** The link dropped while connected (`gattserverdisconnected`). */
  | 'dropped';

/** The PrinterError code each trouble travels under. */
export const TROUBLE_CODE: Record<BluetoothTrouble, PrinterErrorCode> = {
  cancelled: 'not-found',
  off: 'not-found',
  'out-of-range': 'not-found',
  refused: 'claimed',
  dropped: 'disconnected',
};

/** The Bluetooth trouble behind an error, or null when it is not a Bluetooth one. */
export function bluetoothTrouble(error: unknown): BluetoothTrouble | null {
  if (!(error instanceof PrinterError)) return null;
  const trouble = error.details.bluetooth;
  return typeof trouble === 'string' && trouble in TROUBLE_CODE ? (trouble as BluetoothTrouble) : null;
}
