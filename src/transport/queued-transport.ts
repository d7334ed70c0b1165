/**
 * What every transport shares: the open flag, one write queue drained by the subclass's `send`, the typed
 * events, and the same bookkeeping when the device opens, is closed on purpose, or goes away.
 */
import { TransportEmitter } from './emitter';
import {
  PrinterError,
  type PrinterIdentity,
  type PrinterTransport,
  type TransportEventMap,
  type TransportKind,
  type TransportListener,
} from './types';
import { WriteQueue } from './write-queue';

/** Base of the WebUSB, Web Serial and virtual transports; subclasses only open, close and move bytes. */
export abstract class QueuedTransport implements PrinterTransport {
  abstract readonly kind: TransportKind;
  abstract readonly identity: PrinterIdentity;
  protected readonly events = new TransportEmitter();
  protected readonly queue = new WriteQueue((bytes) => this.send(bytes));
  protected opened = false;

  abstract open(): Promise<void>;
  abstract close(): Promise<void>;
  /** Hands `bytes` to the device; resolves once it accepted every one. Called by the queue, one at a time. */
  protected abstract send(bytes: Uint8Array): Promise<void>;

  write(bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
    if (!this.opened) return Promise.reject(new PrinterError('disconnected', 'The printer is not open.'));
    return this.queue.push(bytes, signal);
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.events.onData(listener);
  }

  on<K extends keyof TransportEventMap>(type: K, listener: TransportListener<K>): () => void {
    return this.events.on(type, listener);
  }

  /** The device is open: accept writes again and tell listeners. */
  protected markOpen(): void {
    this.opened = true;
    this.queue.reset();
    this.events.emit('connected', { identity: this.identity });
  }

  /** Starts a deliberate close: pending writes fail `disconnected`. False when it was not open. */
  protected markClosed(): boolean {
    if (!this.opened) return false;
    this.opened = false;
    this.queue.fail(new PrinterError('disconnected', 'The printer connection was closed.'));
    return true;
  }

  /** The device went away: pending writes fail, listeners hear `error` then `disconnected`. Call only while open. */
  protected markLost(message: string): void {
    this.opened = false;
    const error = new PrinterError('disconnected', message);
    this.queue.fail(error);
    this.events.emit('error', { error });
    this.events.emit('disconnected', { identity: this.identity });
  }
}
