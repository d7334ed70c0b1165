/**
 * A bounded byte buffer for printer replies: chunks go in at the back, parsed bytes come off the front.
 * When a push would exceed the capacity, the oldest bytes are dropped and the count is reported, so a
 * printer that floods the line (wrong baud rate, a clone echoing print data) can never grow memory
 * without bound and never goes unnoticed.
 */

/** The outcome of one `push`: how many of the oldest buffered bytes had to be dropped to make room. */
export interface PushResult {
  dropped: number;
  /** The dropped bytes themselves (at most `capacity` of them), for the support log. */
  droppedBytes: Uint8Array;
}

/** Default capacity: far more than any status reply (the longest, a GS I block, is under 100 bytes). */
export const DEFAULT_RESPONSE_CAPACITY = 4096;

/** A FIFO of bytes with a fixed upper bound. */
export class ResponseBuffer {
  private bytes: Uint8Array;
  private start = 0;
  private end = 0;

  constructor(readonly capacity: number = DEFAULT_RESPONSE_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`ResponseBuffer capacity must be a positive integer, got ${capacity}.`);
    }
    this.bytes = new Uint8Array(Math.min(capacity, 256));
  }

  /** Number of bytes waiting to be read. */
  get length(): number {
    return this.end - this.start;
  }

  /** Appends a chunk; drops the oldest bytes if the buffer would exceed its capacity. */
  push(chunk: Uint8Array): PushResult {
    let incoming = chunk;
    const parts: Uint8Array[] = [];
    let dropped = 0;
    if (incoming.length > this.capacity) {
      // The chunk alone is larger than the buffer: everything buffered and the chunk's head go.
      parts.push(this.view().slice(), incoming.subarray(0, incoming.length - this.capacity));
      dropped = this.length + incoming.length - this.capacity;
      this.start = this.end = 0;
      incoming = incoming.subarray(incoming.length - this.capacity);
    } else if (this.length + incoming.length > this.capacity) {
      const excess = this.length + incoming.length - this.capacity;
      parts.push(this.view().slice(0, excess));
      this.start += excess;
      dropped = excess;
    }
    this.ensureRoom(incoming.length);
    this.bytes.set(incoming, this.end);
    this.end += incoming.length;
    return { dropped, droppedBytes: concat(parts) };
  }

  /** The buffered bytes, oldest first, without copying; valid until the next `push` or `consume`. */
  view(): Uint8Array {
    return this.bytes.subarray(this.start, this.end);
  }

  /** Removes `count` bytes from the front. */
  consume(count: number): void {
    if (count < 0 || count > this.length) {
      throw new RangeError(`Cannot consume ${count} bytes from a buffer holding ${this.length}.`);
    }
    this.start += count;
    if (this.start === this.end) this.start = this.end = 0;
  }

  /** Empties the buffer and returns what it held. */
  drain(): Uint8Array {
    const all = this.view().slice();
    this.start = this.end = 0;
    return all;
  }

  private ensureRoom(extra: number): void {
    if (this.end + extra <= this.bytes.length) return;
    const live = this.view();
    const size = Math.min(this.capacity, Math.max(this.bytes.length * 2, live.length + extra));
    const next = size > this.bytes.length ? new Uint8Array(size) : this.bytes;
    // TypedArray.set copies correctly even when source and target share a buffer.
    next.set(live, 0);
    this.bytes = next;
    this.end = live.length;
    this.start = 0;
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
