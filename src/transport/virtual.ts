/**
 * The virtual printer behind the same transport interface as WebUSB and Web Serial: bytes are delivered
 * asynchronously like a device's, replies come back through `onData`, and it can be "unplugged".
 */
import { PrinterError, type PrinterIdentity } from './types';
import { QueuedTransport } from './queued-transport';

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
export class VirtualTransport extends QueuedTransport {
  override readonly kind = 'virtual' as const;
  override readonly identity: PrinterIdentity;
  private readonly chunkSize: number;
  private readonly latencyMs: number;
  private plugged = true;
  private stopReplies: (() => void) | null = null;

  constructor(
    readonly device: VirtualDevice,
    options: VirtualTransportOptions = {},
  ) {
    super();
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

  override async open(): Promise<void> {
    if (!this.plugged) throw new PrinterError('not-found', 'The virtual printer is unplugged.');
    await tick(0);
    this.stopReplies = this.device.onReply((bytes) => {
      // Replies travel back asynchronously, as from a real device.
      const copy = bytes.slice();
      setTimeout(() => {
        if (this.opened) this.events.emitData(copy);
      }, this.latencyMs);
    });
    this.markOpen();
  }

  override async close(): Promise<void> {
    if (!this.markClosed()) return;
    this.stopReplies?.();
  }

  /** Pulls the virtual cable: pending and future writes fail `disconnected`, listeners hear `disconnected`. */
  unplug(): void {
    this.plugged = false;
    if (!this.opened) return;
    this.stopReplies?.();
    this.markLost('The virtual printer was unplugged.');
  }

  /** Puts the cable back; the printer can be opened again. */
  plugIn(): void {
    this.plugged = true;
  }

  protected override async send(bytes: Uint8Array): Promise<void> {
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
