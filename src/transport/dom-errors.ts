/** Turning the browser's DOMExceptions from WebUSB / Web Serial into coded PrinterErrors. */
import { PrinterError, type PrinterErrorCode } from './types';

/** What the transport was doing when the browser threw; it changes what a given DOMException means. */
export type DeviceStep = 'request' | 'open' | 'claim' | 'write' | 'read' | 'close';

/**
 * Known OS-level causes for "access denied", attached as `details.advice` so the app can say what to do:
 * Windows' usbprint driver holds printers until WinUSB is installed (Zadig) or a vendor COM driver is used;
 * Linux's usblp driver or device-node permissions block access (udev rule).
 */
export type AccessAdvice = 'windows-winusb' | 'linux-usblp';

/** True for the browser's "the user cancelled / aborted" errors, which the UI ignores. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function codeFor(name: string, step: DeviceStep): PrinterErrorCode {
  switch (name) {
    case 'NotFoundError':
      // On request this is the chooser being cancelled; later it means the device went away.
      return step === 'request' ? 'not-found' : 'disconnected';
    case 'SecurityError':
    case 'NotAllowedError':
      return 'access-denied';
    case 'NetworkError':
      // Chrome reports a failed claimInterface / a port held elsewhere as NetworkError; during a transfer
      // it means the device disappeared.
      if (step === 'claim') return 'claimed';
      if (step === 'open') return 'access-denied';
      return 'disconnected';
    case 'InvalidStateError':
      return step === 'open' ? 'claimed' : 'disconnected';
    case 'TimeoutError':
      return 'timeout';
    default:
      return step === 'write' || step === 'read' ? 'disconnected' : 'access-denied';
  }
}

/** A PrinterError for `error` thrown by the browser during `step`; PrinterErrors pass through unchanged. */
export function toPrinterError(error: unknown, step: DeviceStep): PrinterError {
  if (error instanceof PrinterError) return error;
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const code = codeFor(name, step);
  const details: Record<string, unknown> = { step, domName: name, browserMessage: message };
  if (code === 'claimed' || code === 'access-denied') {
    details.advice = ['windows-winusb', 'linux-usblp'] satisfies AccessAdvice[];
  }
  return new PrinterError(code, `${step} failed: ${name}: ${message}`, details);
}
