/**
 * A virtual printer as a virtual transport's device that can run an action once it has received a number of
 * bytes more: how Node tests put a fault in the middle of a job.
 */
import type { VirtualPrinter } from '../../src/escpos/virtual-printer';
import type { VirtualDevice } from '../../src/transport/virtual';

export interface TriggerDevice {
  device: VirtualDevice;
  /** Runs `action` once, when the printer has received at least `bytes` more bytes. */
  when(bytes: number, action: () => void): void;
}

/** Wraps `printer`; `onReceive` sees each write before the printer does. */
export function triggerDevice(
  printer: VirtualPrinter,
  onReceive?: (bytes: Uint8Array) => void,
): TriggerDevice {
  let received = 0;
  let trigger: { at: number; action: () => void } | null = null;
  return {
    device: {
      receive(bytes) {
        onReceive?.(bytes);
        printer.receive(bytes);
        received += bytes.length;
        if (trigger && received >= trigger.at) {
          const { action } = trigger;
          trigger = null;
          action();
        }
      },
      onReply: (listener) => printer.onReply(listener),
    },
    when(bytes, action) {
      trigger = { at: received + bytes, action };
    },
  };
}
