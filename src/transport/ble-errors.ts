/**
 * Turning Chrome's Web Bluetooth DOMExceptions into coded PrinterErrors, with what went wrong on the radio
 * link kept as a typed `BluetoothTrouble` so the app can say it in the merchant's words. Names and messages
 * as Chromium reports them (third_party/blink/renderer/modules/bluetooth/bluetooth_error.cc) and as the
 * Web Bluetooth draft specifies them (https://webbluetoothcg.github.io/web-bluetooth/).
 */
import { PrinterError } from './types';
import { TROUBLE_CODE, type BluetoothTrouble } from './ble-trouble';

export { bluetoothTrouble, type BluetoothTrouble } from './ble-trouble';

/** What the transport was doing when the browser threw. */
export type BleStep = 'request' | 'connect' | 'write' | 'notify';

// Chromium's connect failures that mean "someone else has it / it said no", rather than "not there":
// CONNECT_ATTEMPT_FAILED, CONNECT_AUTH_*, CONNECT_UNKNOWN_FAILURE, CONNECT_UNSUPPORTED_DEVICE.
const REFUSED = /attempt failed|authentication|failed for unknown reason|unsupported device|refused/i;

/** A PrinterError for the trouble, with `details.bluetooth` set to it. */
export function bluetoothError(
  trouble: BluetoothTrouble,
  message: string,
  details: object = {},
): PrinterError {
  return new PrinterError(TROUBLE_CODE[trouble], message, { ...details, bluetooth: trouble });
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
