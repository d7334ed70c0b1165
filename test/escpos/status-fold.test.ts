import { describe, expect, test } from 'vitest';
import { HEALTHY_STATUS, type PrinterStatus } from '../../src/escpos/status-model';
import {
  RAW_HISTORY,
  StatusBytesError,
  applyStatusEvent,
  describeStatusBytes,
  type StatusEvent,
} from '../../src/escpos/status';
import { faultsOf } from '../../src/printer/faults';
import { ResponseBuffer } from '../../src/escpos/response-buffer';

const realtime = (n: 1 | 2 | 3 | 4, byte: number): StatusEvent => ({
  kind: 'realtime',
  n,
  byte,
  raw: [byte],
});
const fold = (...events: StatusEvent[]): PrinterStatus => events.reduce(applyStatusEvent, HEALTHY_STATUS);

describe('applyStatusEvent', () => {
  test('DLE EOT 1: 0x12 is online, 0x16 drawer pin high, 0x1A offline', () => {
    expect(fold(realtime(1, 0x12))).toMatchObject({
      online: true,
      drawerPinHigh: false,
      source: 'dle-eot',
      raw: [0x12],
    });
    expect(fold(realtime(1, 0x16))).toMatchObject({ online: true, drawerPinHigh: true });
    expect(fold(realtime(1, 0x1a)).online).toBe(false);
  });

  test('DLE EOT 2 0x32 is "stopped by paper end" and DLE EOT 2 0x16 is the cover open', () => {
    const stopped = fold(realtime(2, 0x32));
    expect(stopped.stoppedByPaperEnd).toBe(true);
    expect(faultsOf(stopped)).toEqual(['paper-out']);
    expect(faultsOf(fold(realtime(1, 0x1a), realtime(2, 0x16)))).toEqual(['cover-open']);
  });

  test('DLE EOT 3 bits: cutter, unrecoverable, head temperature', () => {
    expect(fold(realtime(3, 0x1a))).toMatchObject({
      cutterError: true,
      unrecoverableError: false,
      headOverheated: false,
    });
    expect(fold(realtime(3, 0x32))).toMatchObject({ unrecoverableError: true });
    expect(faultsOf(fold(realtime(3, 0x52)))).toEqual(['overheated']);
  });

  test('DLE EOT 4: 0x1E near end, 0x7E paper end, 0x12 paper present', () => {
    expect(fold(realtime(4, 0x1e)).paper).toBe('near-end');
    expect(fold(realtime(4, 0x7e)).paper).toBe('out');
    expect(fold(realtime(4, 0x7e), realtime(4, 0x12)).paper).toBe('ok');
  });

  test('an ASB sets every field at once and marks its source', () => {
    const status = fold({ kind: 'asb', bytes: [0x38, 0x00, 0x0c, 0x00], raw: [0x38, 0x00, 0x0c, 0x00] });
    expect(status).toMatchObject({
      online: false,
      coverOpen: true,
      paper: 'out',
      stoppedByPaperEnd: true,
      source: 'asb',
    });
    expect(faultsOf(status)).toEqual(['cover-open', 'paper-out']);
    const healthy = applyStatusEvent(status, { kind: 'asb', bytes: [0x10, 0, 0, 0], raw: [0x10, 0, 0, 0] });
    expect(faultsOf(healthy)).toEqual([]);
  });

  test('GS r 1 reports paper, GS r 2 the drawer', () => {
    expect(fold({ kind: 'transmit-status', n: 1, byte: 0x03, raw: [0x03] })).toMatchObject({
      paper: 'near-end',
      source: 'gs-r',
    });
    expect(fold({ kind: 'transmit-status', n: 1, byte: 0x0c, raw: [0x0c] }).paper).toBe('out');
    expect(fold({ kind: 'transmit-status', n: 2, byte: 0x01, raw: [0x01] }).drawerPinHigh).toBe(true);
  });

  test('keeps the newest raw bytes, bounded, and leaves the input status untouched', () => {
    const events = Array.from({ length: 40 }, (_, i) => realtime(1, i % 2 ? 0x12 : 0x16));
    const status = fold(...events);
    expect(status.raw).toHaveLength(RAW_HISTORY);
    expect(status.raw.at(-1)).toBe(0x12);
    expect(HEALTHY_STATUS.raw).toEqual([]);
  });

  test('events without status content return the same object', () => {
    const event: StatusEvent = { kind: 'flow-control', xon: true, raw: [0x11] };
    expect(applyStatusEvent(HEALTHY_STATUS, event)).toBe(HEALTHY_STATUS);
  });
});

describe('describeStatusBytes', () => {
  test('a lone real-time byte is explained for each DLE EOT n', () => {
    expect(describeStatusBytes('1A')).toEqual([
      '1A: if the answer to DLE EOT 1: offline',
      '1A: if the answer to DLE EOT 2: paper being fed by the feed button',
      '1A: if the answer to DLE EOT 3: autocutter error',
      '1A: if the answer to DLE EOT 4: nothing set',
    ]);
  });

  test('with n given, only that reading is shown', () => {
    expect(describeStatusBytes('0x7e', { realtime: 4 })).toEqual([
      '7E: if the answer to DLE EOT 4: roll paper near end, roll paper end',
    ]);
  });

  test('an ASB is decoded byte by byte', () => {
    expect(describeStatusBytes('38 00 0C 00')).toEqual([
      '38 00 0C 00: automatic status back: offline, cover open, roll paper end',
    ]);
    expect(describeStatusBytes('10000000')).toEqual([
      '10 00 00 00: automatic status back: online, no error, paper ok',
    ]);
  });

  test('several replies in a row and an incomplete tail are each described', () => {
    expect(describeStatusBytes('12 13 38 00')).toEqual([
      '12: if the answer to DLE EOT 1: nothing set',
      '12: if the answer to DLE EOT 2: nothing set',
      '12: if the answer to DLE EOT 3: nothing set',
      '12: if the answer to DLE EOT 4: nothing set',
      '13: XOFF (receive buffer nearly full)',
      '38 00: incomplete reply',
    ]);
  });

  test('text that is not hex bytes is refused with a coded error', () => {
    expect(() => describeStatusBytes('1G')).toThrow(StatusBytesError);
    expect(() => describeStatusBytes('123')).toThrow(/Not hex bytes/);
  });
});

describe('ResponseBuffer', () => {
  test('keeps bytes in order across pushes and consumes from the front', () => {
    const buffer = new ResponseBuffer(8);
    buffer.push(Uint8Array.of(1, 2, 3));
    buffer.push(Uint8Array.of(4, 5));
    buffer.consume(2);
    expect([...buffer.view()]).toEqual([3, 4, 5]);
  });

  test('reports and drops the oldest bytes when full, and a chunk bigger than the buffer keeps its tail', () => {
    const buffer = new ResponseBuffer(4);
    buffer.push(Uint8Array.of(1, 2, 3));
    const result = buffer.push(Uint8Array.of(4, 5));
    expect(result.dropped).toBe(1);
    expect([...result.droppedBytes]).toEqual([1]);
    const big = buffer.push(Uint8Array.of(6, 7, 8, 9, 10, 11));
    expect(big.dropped).toBe(6);
    expect([...buffer.view()]).toEqual([8, 9, 10, 11]);
  });

  test('refuses a bad capacity and an impossible consume', () => {
    expect(() => new ResponseBuffer(0)).toThrow(RangeError);
    expect(() => new ResponseBuffer(4).consume(1)).toThrow(/Cannot consume 1/);
  });
});
