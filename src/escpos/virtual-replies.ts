/**
 * How the virtual printer's replies reach the host: at once, never (a silent clone), garbled (every byte
 * XOR 0xA5, which sets bit 7, so no byte passes for a valid reply — like a baud-rate mismatch), or after a
 * delay through an injectable timer (order kept: equal delays fire in the order they were scheduled).
 */
import type { ReplyMode } from './virtual-types';

/** Delivers reply bytes to listeners according to the current reply mode. */
export class ReplyChannel {
  mode: ReplyMode = { kind: 'normal' };
  private readonly listeners = new Set<(bytes: Uint8Array) => void>();

  constructor(private readonly schedule: (run: () => void, delayMs: number) => void) {}

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: (bytes: Uint8Array) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends one reply as the current mode dictates. */
  send(bytes: readonly number[]): void {
    const mode = this.mode;
    if (mode.kind === 'silent') return;
    const out = Uint8Array.from(mode.kind === 'garbled' ? bytes.map((b) => b ^ 0xa5) : bytes);
    if (mode.kind === 'slow') this.schedule(() => this.emit(out), mode.delayMs);
    else this.emit(out);
  }

  private emit(bytes: Uint8Array): void {
    for (const listener of [...this.listeners]) listener(bytes);
  }
}
