// Random bytes (seeded, so every run is the same) against the reply parser, the interpreter and the
// virtual printer: nothing throws, every reply byte is accounted for, and chunking never changes the result.
import { describe, expect, test } from 'vitest';
import { EscPosInterpreter } from '../../src/escpos/interpreter';
import { StatusReader } from '../../src/escpos/status';
import { VirtualPrinter } from '../../src/escpos/virtual-printer';

/** mulberry32: a small seeded PRNG, so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Bytes that start or shape commands and replies, so random streams hit the interesting paths often.
const INTERESTING = [
  0x00, 0x0a, 0x10, 0x04, 0x11, 0x12, 0x13, 0x1b, 0x1c, 0x1d, 0x28, 0x37, 0x22, 0x5f, 0x6b, 0x76, 0x30,
];

function stream(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () =>
    next() < 0.4 ? INTERESTING[Math.floor(next() * INTERESTING.length)]! : Math.floor(next() * 256),
  );
}

function chunks(next: () => number, bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(next() * 16);
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

describe('fuzz', () => {
  test('the reply parser reports or keeps every byte it is given, never throws, whatever the chunking', () => {
    const next = random(1);
    for (let round = 0; round < 300; round++) {
      const bytes = stream(next, Math.floor(next() * 200));
      const reader = new StatusReader({ capacity: 64 });
      reader.expect({ kind: 'realtime', n: 2 });
      reader.expect({ kind: 'transmit-status', n: 1 });
      reader.expect({ kind: 'printer-info', n: 65 });
      const events = chunks(next, bytes).flatMap((chunk) => reader.push(chunk));
      events.push(...reader.flush());
      const seen = events.reduce((sum, event) => sum + event.raw.length, 0);
      expect(seen, `round ${round}`).toBe(bytes.length);
      expect(reader.bufferedBytes).toBe(0);
    }
  });

  test('the interpreter prints the same paper and reports the same unknown commands however a stream is split', () => {
    const next = random(2);
    for (let round = 0; round < 200; round++) {
      const bytes = stream(next, Math.floor(next() * 300));
      const whole = new EscPosInterpreter({ widthDots: 384 });
      whole.write(bytes);
      const split = new EscPosInterpreter({ widthDots: 384 });
      for (const chunk of chunks(next, bytes)) split.write(chunk);
      expect(split.paper, `round ${round}`).toEqual(whole.paper);
      expect(split.unknown).toEqual(whole.unknown);
      expect(split.pendingBytes).toBe(whole.pendingBytes);
    }
  });

  test('faults toggled at random only delay printing: once cleared, the paper is what a healthy printer prints', () => {
    const next = random(3);
    const faults = ['paper-out', 'cover-open', 'offline', 'paper-near-end'] as const;
    for (let round = 0; round < 100; round++) {
      // No 0x05 bytes: DLE ENQ 2 would (rightly) discard what waits in the buffer.
      const bytes = stream(next, Math.floor(next() * 300)).map((b) => (b === 0x05 ? 0x06 : b));
      const healthy = new VirtualPrinter({ widthDots: 384 });
      healthy.receive(bytes);
      const printer = new VirtualPrinter({ widthDots: 384 });
      for (const chunk of chunks(next, bytes)) {
        if (next() < 0.2) printer.setFault(faults[Math.floor(next() * faults.length)]!, next() < 0.5);
        printer.receive(chunk);
      }
      for (const fault of faults) printer.setFault(fault, false);
      expect(printer.state.blocked).toBe(false);
      expect(printer.paper, `round ${round}`).toEqual(healthy.paper);
      expect(printer.state.bufferedBytes).toBe(healthy.state.bufferedBytes);
    }
  });
});
