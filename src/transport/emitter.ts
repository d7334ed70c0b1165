/** Typed event and data fan-out shared by every transport, so each transport only moves bytes. */
import type { TransportEventMap, TransportListener } from './types';

type AnyListener = (event: never) => void;

/** Holds a transport's listeners; a listener that throws cannot stop the others or the read loop. */
export class TransportEmitter {
  private readonly listeners = new Map<keyof TransportEventMap, Set<AnyListener>>();
  private readonly dataListeners = new Set<(chunk: Uint8Array) => void>();

  /** Adds a typed event listener; returns its removal. */
  on<K extends keyof TransportEventMap>(type: K, listener: TransportListener<K>): () => void {
    const set = this.listeners.get(type) ?? new Set<AnyListener>();
    set.add(listener as AnyListener);
    this.listeners.set(type, set);
    return () => set.delete(listener as AnyListener);
  }

  /** Calls every listener of `type` with `event`. */
  emit<K extends keyof TransportEventMap>(type: K, event: TransportEventMap[K]): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) {
      guarded(() => (listener as TransportListener<K>)(event));
    }
  }

  /** Adds a listener for bytes from the printer; returns its removal. */
  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  /** Hands a chunk of received bytes to every data listener. */
  emitData(chunk: Uint8Array): void {
    for (const listener of [...this.dataListeners]) guarded(() => listener(chunk));
  }
}

function guarded(call: () => void): void {
  try {
    call();
  } catch (error) {
    // A listener's bug must not kill the device's read loop; rethrow outside it so it is still reported.
    queueMicrotask(() => {
      throw error;
    });
  }
}
