import { describe, expect, test } from 'vitest';
import {
  ASB_ALL,
  StatusReader,
  disableAutoStatusBack,
  enableAutoStatusBack,
  parseReply,
  realtimeRecover,
  realtimeStatus,
  requestCompletion,
  transmitPrinterId,
  transmitStatus,
  type Expectation,
  type StatusEvent,
} from '../../src/escpos/status';

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

describe('status request builders', () => {
  test('DLE EOT 1–4 are 10 04 n and expect a real-time reply', () => {
    for (const n of [1, 2, 3, 4] as const) {
      const request = realtimeStatus(n);
      expect(hex(request.bytes)).toBe(`10 04 0${n}`);
      expect(request.name).toBe(`DLE EOT ${n}`);
      expect(request.expects).toEqual({ kind: 'realtime', n });
    }
  });

  test('GS a enables ASB with the given mask and GS a 0 disables it', () => {
    expect(hex(enableAutoStatusBack().bytes)).toBe('1d 61 4f');
    expect(ASB_ALL).toBe(0x4f);
    expect(hex(enableAutoStatusBack(0x08).bytes)).toBe('1d 61 08');
    expect(hex(disableAutoStatusBack().bytes)).toBe('1d 61 00');
    expect(() => enableAutoStatusBack(0)).toThrow(/0 turns ASB off/);
  });

  test('GS r 1 and 2 expect an in-order status byte', () => {
    expect(hex(transmitStatus(1).bytes)).toBe('1d 72 01');
    expect(hex(transmitStatus(2).bytes)).toBe('1d 72 02');
    expect(transmitStatus(2).expects).toEqual({ kind: 'transmit-status', n: 2 });
  });

  test('GS I n: 1–3 expect one byte, 65–69 expect an information block', () => {
    expect(hex(transmitPrinterId(1).bytes)).toBe('1d 49 01');
    expect(transmitPrinterId(3).expects).toEqual({ kind: 'printer-id', n: 3 });
    for (const n of [65, 66, 67, 68, 69] as const) {
      expect(hex(transmitPrinterId(n).bytes)).toBe(`1d 49 ${n.toString(16)}`);
      expect(transmitPrinterId(n).expects).toEqual({ kind: 'printer-info', n });
    }
  });

  test('GS ( H fn 48 carries the 4-character id and refuses anything else', () => {
    expect(hex(requestCompletion('AB12').bytes)).toBe('1d 28 48 06 00 30 30 41 42 31 32');
    expect(requestCompletion('AB12').expects).toEqual({ kind: 'completion', id: 'AB12' });
    expect(() => requestCompletion('ABC')).toThrow(RangeError);
    expect(() => requestCompletion('收据12')).toThrow(RangeError);
  });

  test('DLE ENQ n is built on request only and expects no reply', () => {
    expect(hex(realtimeRecover(1).bytes)).toBe('10 05 01');
    expect(hex(realtimeRecover(2).bytes)).toBe('10 05 02');
    expect(realtimeRecover(2).expects).toBeNull();
  });
});

// One of every reply, as a printer would send them: DLE EOT 4 (paper end), ASB (cover open, offline),
// GS r 1 (near end), GS I 66 block, GS ( H completion, XOFF, XON.
const STREAM = Uint8Array.from([
  0x7e,
  0x38, 0x00, 0x00, 0x00,
  0x03,
  0x5f, 0x45, 0x50, 0x53, 0x4f, 0x4e, 0x00,
  0x37, 0x22, 0x41, 0x42, 0x31, 0x32, 0x00,
  0x13,
  0x11,
]); // prettier-ignore

function expectations(): Expectation[] {
  return [
    { kind: 'transmit-status', n: 1 },
    { kind: 'printer-info', n: 66 },
    { kind: 'completion', id: 'AB12' },
    { kind: 'realtime', n: 4 },
  ];
}

function readAll(chunks: Uint8Array[]): StatusEvent[] {
  const reader = new StatusReader();
  for (const e of expectations()) reader.expect(e);
  const events = chunks.flatMap((chunk) => reader.push(chunk));
  expect(reader.bufferedBytes).toBe(0);
  expect(reader.expected).toEqual([]);
  return events;
}

describe('StatusReader', () => {
  const whole = readAll([STREAM]);

  test('reads one of every reply kind from one chunk', () => {
    expect(whole).toEqual([
      { kind: 'realtime', n: 4, byte: 0x7e, raw: [0x7e] },
      { kind: 'asb', bytes: [0x38, 0, 0, 0], raw: [0x38, 0, 0, 0] },
      { kind: 'transmit-status', n: 1, byte: 0x03, raw: [0x03] },
      { kind: 'printer-info', n: 66, text: 'EPSON', raw: [...STREAM.subarray(6, 13)] },
      { kind: 'completion', id: 'AB12', raw: [...STREAM.subarray(13, 20)] },
      { kind: 'flow-control', xon: false, raw: [0x13] },
      { kind: 'flow-control', xon: true, raw: [0x11] },
    ]);
  });

  test('gives the same events when the stream is split at every byte boundary', () => {
    for (let cut = 1; cut < STREAM.length; cut++) {
      expect(readAll([STREAM.subarray(0, cut), STREAM.subarray(cut)]), `split at ${cut}`).toEqual(whole);
    }
  });

  test('gives the same events when fed one byte at a time', () => {
    expect(readAll([...STREAM].map((b) => Uint8Array.of(b)))).toEqual(whole);
  });

  test('matches a real-time reply to the real-time queue even when an in-order request is older', () => {
    const reader = new StatusReader();
    reader.expect({ kind: 'transmit-status', n: 1 });
    reader.expect({ kind: 'realtime', n: 2 });
    // The DLE EOT 2 answer overtakes the GS r answer, as real-time replies do.
    const events = reader.push(Uint8Array.of(0x32, 0x00));
    expect(events.map((e) => e.kind)).toEqual(['realtime', 'transmit-status']);
    expect(events[0]).toMatchObject({ n: 2, byte: 0x32 });
  });

  test('answers DLE EOT replies in the order the requests were sent', () => {
    const reader = new StatusReader();
    for (const n of [1, 2, 3, 4] as const) reader.expect({ kind: 'realtime', n });
    const events = reader.push(Uint8Array.of(0x16, 0x12, 0x52, 0x72));
    expect(events.map((e) => (e.kind === 'realtime' ? e.n : 0))).toEqual([1, 2, 3, 4]);
  });

  test('reports replies nobody asked for as unexpected, never throws', () => {
    const reader = new StatusReader();
    expect(reader.push(Uint8Array.of(0x12, 0x0c, 0x5f, 0x41, 0x00))).toEqual([
      { kind: 'unknown', reason: 'unexpected', raw: [0x12] },
      { kind: 'unknown', reason: 'unexpected', raw: [0x0c] },
      { kind: 'unknown', reason: 'unexpected', raw: [0x5f, 0x41, 0x00] },
    ]);
  });

  test('reports garbage byte by byte and still reads the reply after it', () => {
    const reader = new StatusReader();
    reader.expect({ kind: 'realtime', n: 1 });
    const events = reader.push(Uint8Array.of(0xff, 0x80, 0x12));
    expect(events).toEqual([
      { kind: 'unknown', reason: 'garbage', raw: [0xff] },
      { kind: 'unknown', reason: 'garbage', raw: [0x80] },
      { kind: 'realtime', n: 1, byte: 0x12, raw: [0x12] },
    ]);
  });

  test('an ASB header followed by bytes that cannot be ASB is garbage, and the next bytes are re-read', () => {
    const reader = new StatusReader();
    reader.expect({ kind: 'realtime', n: 1 });
    const events = reader.push(Uint8Array.of(0x10, 0xff, 0x12));
    expect(events[0]).toEqual({ kind: 'unknown', reason: 'garbage', raw: [0x10] });
    expect(events.at(-1)).toEqual({ kind: 'realtime', n: 1, byte: 0x12, raw: [0x12] });
  });

  test('waits in silence on a half-received reply, and flush reports it as truncated', () => {
    const reader = new StatusReader();
    expect(reader.push(Uint8Array.of(0x14, 0x00))).toEqual([]);
    expect(reader.bufferedBytes).toBe(2);
    expect(reader.flush()).toEqual([{ kind: 'unknown', reason: 'truncated', raw: [0x14, 0x00] }]);
    expect(reader.bufferedBytes).toBe(0);
    expect(reader.flush()).toEqual([]);
  });

  test('a block with no NUL within the length limit is garbage, not a reason to wait forever', () => {
    const reader = new StatusReader();
    const events = reader.push(Uint8Array.from([0x5f, ...Array<number>(120).fill(0x41)]));
    expect(events[0]).toEqual({ kind: 'unknown', reason: 'garbage', raw: [0x5f] });
    expect(reader.bufferedBytes).toBe(0);
  });

  test('drops the oldest bytes on overflow and reports them', () => {
    const reader = new StatusReader({ capacity: 4 });
    const events = reader.push(Uint8Array.of(0x14, 0x00, 0x00, 0x5f, 0x41, 0x42));
    expect(events).toEqual([
      { kind: 'unknown', reason: 'overflow', raw: [0x14, 0x00] },
      { kind: 'unknown', reason: 'unexpected', raw: [0x00] },
    ]);
    // The start of a block (5F 41 42) stays buffered, waiting for its NUL.
    expect(reader.bufferedBytes).toBe(3);
  });

  test('an XOFF byte inside a GS I block on a serial link does not end up in the text', () => {
    const reader = new StatusReader();
    reader.expect({ kind: 'printer-info', n: 67 });
    const [event] = reader.push(Uint8Array.of(0x5f, 0x54, 0x4d, 0x13, 0x2d, 0x54, 0x32, 0x30, 0x00));
    expect(event).toMatchObject({ kind: 'printer-info', n: 67, text: 'TM-T20' });
  });

  test('a forgotten request no longer claims its late reply', () => {
    const reader = new StatusReader();
    const handle = reader.expect({ kind: 'transmit-status', n: 1 });
    reader.forget(handle);
    expect(reader.push(Uint8Array.of(0x00))).toEqual([
      { kind: 'unknown', reason: 'unexpected', raw: [0x00] },
    ]);
  });

  test('a completion reply names its id even when nobody waits for it any more', () => {
    expect(parseReply(Uint8Array.of(0x37, 0x22, 0x57, 0x58, 0x59, 0x5a, 0x00), [])).toEqual({
      consumed: 7,
      event: { kind: 'completion', id: 'WXYZ', raw: [0x37, 0x22, 0x57, 0x58, 0x59, 0x5a, 0x00] },
      answers: null,
    });
  });

  test('parseReply reports consumed 0 for every incomplete prefix', () => {
    const pending = expectations();
    for (const prefix of [[], [0x38], [0x38, 0x00, 0x00], [0x5f, 0x45], [0x37, 0x22, 0x41]]) {
      expect(parseReply(Uint8Array.from(prefix), pending)).toEqual({
        consumed: 0,
        event: null,
        answers: null,
      });
    }
  });
});
