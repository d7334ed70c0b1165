/**
 * One writer at a time: writes are queued and drained by a single loop; every caller awaits its own write,
 * which settles only when the sink has accepted all of its bytes (or failed).
 */
import { PrinterError } from './types';

interface Pending {
  bytes: Uint8Array;
  signal: AbortSignal | undefined;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Serialises writes into `sink`; `sink` must resolve only after the device accepted every byte. */
export class WriteQueue {
  private readonly pending: Pending[] = [];
  private draining = false;
  private failure: PrinterError | null = null;

  constructor(private readonly sink: (bytes: Uint8Array) => Promise<void>) {}

  /** Queues `bytes`; resolves once they were all written, rejects with the sink's error or an AbortError. */
  push(bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ bytes, signal, resolve, reject });
      void this.drain();
    });
  }

  /** Rejects every queued write and all future ones with `error` (the device is gone or closed). */
  fail(error: PrinterError): void {
    this.failure = error;
    for (const item of this.pending.splice(0)) item.reject(error);
  }

  /** Accepts writes again after `fail` (the device was reopened). */
  reset(): void {
    this.failure = null;
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let item = this.pending.shift(); item; item = this.pending.shift()) {
        if (item.signal?.aborted) {
          item.reject(abortError(item.signal));
          continue;
        }
        try {
          await this.sink(item.bytes);
          item.resolve();
        } catch (error) {
          item.reject(error);
        }
      }
    } finally {
      this.draining = false;
    }
  }
}

/** The DOMException an aborted signal carries, or a fresh AbortError. */
export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The write was aborted.', 'AbortError');
}

/**
 * Settles with `work`, or rejects with a `timeout` PrinterError after `ms`. The work itself cannot be
 * cancelled (neither WebUSB nor Web Serial can take back a transfer), so `onTimeout` may tidy up.
 */
export function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  what: string,
  onTimeout?: () => void,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new PrinterError('timeout', `${what} did not finish within ${ms} ms.`, { timeoutMs: ms }));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
