/**
 * Turning Chrome's Web Bluetooth DOMExceptions into coded PrinterErrors, with what went wrong on the radio
 * link kept as a typed `BluetoothTrouble` so the app can say it in the merchant's words. Names and messages
 * as Chromium reports them (third_party/blink/renderer/modules/bluetooth/bluetooth_error.cc) and as the
 * Web Bluetooth draft specifies them (https://webbluetoothcg.github.io/web-bluetooth/).
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

/** What the transport was doing when the browser threw. */
export type BleStep = 'request' | 'connect' | 'write' | 'notify';

const CODE: Record<BluetoothTrouble, PrinterErrorCode> = {
  cancelled: 'not-found',
  off: 'not-found',
  'out-of-range': 'not-found',
  refused: 'claimed',
  dropped: 'disconnected',
};

// Chromium's connect failures that mean "someone else has it / it said no", rather than "not there":
// CONNECT_ATTEMPT_FAILED, CONNECT_AUTH_*, CONNECT_UNKNOWN_FAILURE, CONNECT_UNSUPPORTED_DEVICE.
const REFUSED = /attempt failed|authentication|failed for unknown reason|unsupported device|refused/i;

/** A PrinterError for the trouble, with `details.bluetooth` set to it. */
export function bluetoothError(
  trouble: BluetoothTrouble,
  message: string,
  details: object = {},
): PrinterError {
  return new PrinterError(CODE[trouble], message, { ...details, bluetooth: trouble });
}

/** The Bluetooth trouble behind an error, or null when it is not a Bluetooth one. */
export function bluetoothTrouble(error: unknown): BluetoothTrouble | null {
  if (!(error instanceof PrinterError)) return null;
  const trouble = error.details.bluetooth;
  return typeof trouble === 'string' && trouble in CODE ? (trouble as BluetoothTrouble) : null;
}

/** A PrinterError for `error` thrown by Web Bluetooth during `step`; PrinterErrors pass through. */
export function fromBluetooth(error: unknown, step: BleStep): PrinterError {
  if (error instanceof PrinterError) return error;
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const details = { step, domName: name, browserMessage: message };
  const text = `${step} failed: ${name}: ${message}`;
  switch (name) {
    case 'NotFoundError':
      if (/adapter/i.test(message)) return bluetoothError('off', text, details);
      return step === 'request'
        ? bluetoothError('cancelled', text, details)
        : bluetoothError('out-of-range', text, details);
    case 'NetworkError':
      if (step === 'connect') {
        return bluetoothError(REFUSED.test(message) ? 'refused' : 'out-of-range', text, details);
      }
      return bluetoothError('dropped', text, details);
    case 'SecurityError':
    case 'NotAllowedError':
      return new PrinterError('access-denied', text, details);
    case 'TimeoutError':
      return new PrinterError('timeout', text, details);
    default:
      return new PrinterError(step === 'write' ? 'stalled' : 'access-denied', text, details);
  }
}

/**
 * Whether a failed write may succeed when smaller: over-MTU writes fail with NotSupportedError ("GATT
 * operation failed for unknown reason.") or InvalidModificationError ("invalid attribute length").
 */
export function isTooLarge(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name === 'NotSupportedError' || name === 'InvalidModificationError';
}
