/**
 * The virtual printer behind the same transport interface as WebUSB and Web Serial: bytes are delivered
 * asynchronously like a device's, replies come back through `onData`, and it can be "unplugged".
 */
import { TransportEmitter } from './emitter';
import { PrinterError, type PrinterIdentity, type PrinterTransport, type TransportEventMap } from './types';
import type { TransportListener } from './types';
import { WriteQueue } from './write-queue';

/** What the transport needs of a simulated printer (the escpos VirtualPrinter has this shape). */
export interface VirtualDevice {
  receive(bytes: Uint8Array): void;
  onReply(listener: (bytes: Uint8Array) => void): () => void;
}

/** How the virtual device behaves on the wire. */
export interface VirtualTransportOptions {
  name?: string;
  /** Largest piece handed to the device at once, like a USB transfer. */
  chunkSize?: number;
  /** Delay before each piece is accepted, in ms (0: next task). */
  latencyMs?: number;
}

/** A transport to an in-page virtual printer. */
export class VirtualTransport implements PrinterTransport {
  readonly kind = 'virtual' as const;
  readonly identity: PrinterIdentity;
  private readonly events = new TransportEmitter();
  private readonly queue = new WriteQueue((bytes) => this.deliver(bytes));
  private readonly chunkSize: number;
  private readonly latencyMs: number;
  private opened = false;
  private plugged = true;
  private stopReplies: (() => void) | null = null;

  constructor(
    readonly device: VirtualDevice,
    options: VirtualTransportOptions = {},
  ) {
    this.identity = {
      transport: 'virtual',
      name: options.name ?? 'Virtual printer',
      product: 'Virtual printer',
    };
    this.chunkSize = options.chunkSize ?? 4096;
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** Whether the virtual cable is in. */
  get isPlugged(): boolean {
    return this.plugged;
  }

  async open(): Promise<void> {
    if (!this.plugged) throw new PrinterError('not-found', 'The virtual printer is unplugged.');
    await tick(0);
    this.opened = true;
    this.queue.reset();
    this.stopReplies = this.device.onReply((bytes) => {
      // Replies travel back asynchronously, as from a real device.
      const copy = bytes.slice();
      setTimeout(() => {
        if (this.opened) this.events.emitData(copy);
      }, this.latencyMs);
    });
    this.events.emit('connected', { identity: this.identity });
  }

  async close(): Promise<void> {
    if (!this.opened) return;
    this.opened = false;
    this.stopReplies?.();
    this.queue.fail(new PrinterError('disconnected', 'The printer connection was closed.'));
  }

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

  /** Pulls the virtual cable: pending and future writes fail `disconnected`, listeners hear `disconnected`. */
  unplug(): void {
    this.plugged = false;
    if (!this.opened) return;
    this.opened = false;
    this.stopReplies?.();
    const error = new PrinterError('disconnected', 'The virtual printer was unplugged.');
    this.queue.fail(error);
    this.events.emit('error', { error });
    this.events.emit('disconnected', { identity: this.identity });
  }

  /** Puts the cable back; the printer can be opened again. */
  plugIn(): void {
    this.plugged = true;
  }

  private async deliver(bytes: Uint8Array): Promise<void> {
    for (let offset = 0; offset < bytes.length; offset += this.chunkSize) {
      await tick(this.latencyMs);
      if (!this.opened) throw new PrinterError('disconnected', 'The virtual printer was unplugged.');
      this.device.receive(bytes.slice(offset, offset + this.chunkSize));
    }
  }
}

function tick(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
