import { describe, expect, test } from 'vitest';
import { renderText, lineText, type TextLine } from '../../src/escpos/interpreter';
import { HEALTHY_STATUS } from '../../src/escpos/status-model';
import { StatusReader, applyStatusEvent, realtimeStatus } from '../../src/escpos/status';
import { VirtualPrinter, type VirtualFault } from '../../src/escpos/virtual-printer';
import { faultsOf } from '../../src/printer/faults';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const bytes = (...parts: (number | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : [p])));
const DLE_EOT = (n: number): Uint8Array => Uint8Array.of(0x10, 0x04, n);
const GS_R1 = [0x1d, 0x72, 0x01];

/** A printer with its replies collected. */
function setup(options: ConstructorParameters<typeof VirtualPrinter>[0] = {}) {
  const printer = new VirtualPrinter({ widthDots: 384, ...options });
  const replies: number[] = [];
  printer.onReply((chunk) => replies.push(...chunk));
  const take = (): number[] => replies.splice(0);
  const ask = (n: number): number[] => {
    printer.receive(DLE_EOT(n));
    return take();
  };
  const printed = (): string[] =>
    printer.paper.items.filter((i): i is TextLine => i.kind === 'text').map(lineText);
  return { printer, take, ask, printed };
}

describe('real-time status (DLE EOT)', () => {
  test('a healthy printer answers 0x12 to DLE EOT 1–4', () => {
    const { ask } = setup();
    expect([1, 2, 3, 4].map((n) => ask(n))).toEqual([[0x12], [0x12], [0x12], [0x12]]);
  });

  test('each fault sets the bits the reference gives for it', () => {
    const cases: [VirtualFault, number[]][] = [
      ['paper-out', [0x1a, 0x32, 0x12, 0x7e]],
      ['paper-near-end', [0x12, 0x12, 0x12, 0x1e]],
      ['cover-open', [0x1a, 0x16, 0x12, 0x12]],
      ['cutter-jam', [0x3a, 0x52, 0x1a, 0x12]],
      ['overheated', [0x3a, 0x52, 0x52, 0x12]],
      ['offline', [0x1a, 0x12, 0x12, 0x12]],
      ['unrecoverable-error', [0x3a, 0x52, 0x32, 0x12]],
    ];
    for (const [fault, expected] of cases) {
      const { printer, ask } = setup();
      printer.setFault(fault, true);
      expect(
        [1, 2, 3, 4].map((n) => ask(n)[0]),
        fault,
      ).toEqual(expected);
    }
  });

  test('the status parser and fold read every fault back as the same fault kind', () => {
    const expected: Record<VirtualFault, string[]> = {
      'paper-out': ['paper-out'],
      'paper-near-end': ['paper-near-end'],
      'cover-open': ['cover-open'],
      'cutter-jam': ['cutter-jam'],
      overheated: ['overheated'],
      offline: ['offline'],
      'unrecoverable-error': ['unrecoverable-error'],
    };
    for (const [fault, kinds] of Object.entries(expected) as [VirtualFault, string[]][]) {
      const { printer } = setup();
      const reader = new StatusReader();
      let status = HEALTHY_STATUS;
      printer.onReply((chunk) =>
        reader.push(chunk).forEach((event) => (status = applyStatusEvent(status, event))),
      );
      printer.setFault(fault, true);
      for (const n of [1, 2, 3, 4] as const) {
        const request = realtimeStatus(n);
        reader.expect(request.expects!);
        printer.receive(request.bytes);
      }
      expect(faultsOf(status), fault).toEqual(kinds);
    }
  });

  test('is answered at once while print data waits behind a fault, even in the middle of a job', () => {
    const { printer, take } = setup();
    printer.setFault('cover-open', true);
    printer.receive(bytes('Hello', 0x0a, ...GS_R1, 0x10, 0x04, 2));
    expect(take()).toEqual([0x16]); // the DLE EOT 2 answer; GS r waits behind the print data
    expect(printer.paper.items).toEqual([]);
    expect(printer.state.bufferedBytes).toBe(9);
  });

  test('a DLE EOT byte pattern inside image data is not taken for a command', () => {
    const { printer, take } = setup();
    printer.receive(bytes(0x1d, 0x76, 0x30, 0, 3, 0, 1, 0, 0x10, 0x04, 0x01));
    expect(take()).toEqual([]);
    expect(printer.paper.items[0]).toMatchObject({ kind: 'image', widthDots: 24, heightDots: 1 });
  });
});

describe('blocking faults and in-order replies', () => {
  test('print data and GS r wait while the cover is open, and both go through when it closes', () => {
    const { printer, take, printed } = setup();
    printer.setFault('cover-open', true);
    printer.receive(bytes('Hello', 0x0a, ...GS_R1));
    expect([printed(), take()]).toEqual([[], []]);
    printer.setFault('cover-open', false);
    expect([printed(), take()]).toEqual([['Hello'], [0x00]]);
    expect(printer.state.bufferedBytes).toBe(0);
  });

  test('paper runs out after N lines mid-job; the rest prints once paper is loaded', () => {
    const { printer, take, printed, ask } = setup();
    printer.runOutOfPaperAfter(2);
    printer.receive(bytes('one', 0x0a, 'two', 0x0a, 'three', 0x0a, 'four', 0x0a, ...GS_R1));
    expect(printed()).toEqual(['one', 'two']);
    expect(take()).toEqual([]); // the GS r fence is not answered
    expect(ask(4)).toEqual([0x7e]);
    expect(printer.state).toMatchObject({
      blocked: true,
      faults: ['paper-out'],
      linesPrinted: 2,
      paperOutAfter: null,
    });
    printer.setFault('paper-out', false);
    expect(printed()).toEqual(['one', 'two', 'three', 'four']);
    expect(take()).toEqual([0x00]);
  });

  test('paper near end warns but does not stop printing', () => {
    const { printer, take, printed } = setup();
    printer.setFault('paper-near-end', true);
    printer.receive(bytes('ok', 0x0a, ...GS_R1));
    expect([printed(), take()]).toEqual([['ok'], [0x03]]);
  });

  test('GS ( H answers with its id only after the data before it has printed', () => {
    const { printer, take, printed } = setup();
    printer.setFault('offline', true);
    printer.receive(bytes('job', 0x0a, 0x1d, 0x28, 0x48, 6, 0, 0x30, 0x30, 'J001'));
    expect(take()).toEqual([]);
    printer.setFault('offline', false);
    expect(printed()).toEqual(['job']);
    expect(take()).toEqual([0x37, 0x22, ...ascii('J001'), 0x00]);
  });

  test('DLE ENQ 2 discards the data waiting in the buffer', () => {
    const { printer, printed } = setup();
    printer.setFault('cover-open', true);
    printer.receive(bytes('lost', 0x0a, 0x10, 0x05, 2));
    printer.setFault('cover-open', false);
    expect(printed()).toEqual([]);
  });
});

describe('ASB, identity, drawer', () => {
  test('GS a sends the status at once and again on every change', () => {
    const { printer, take } = setup();
    printer.receive(bytes(0x1d, 0x61, 0x4f));
    expect(take()).toEqual([0x10, 0x00, 0x00, 0x00]);
    printer.setFault('cover-open', true);
    expect(take()).toEqual([0x38, 0x00, 0x00, 0x00]);
    printer.setFault('paper-out', true);
    expect(take()).toEqual([0x38, 0x00, 0x0f, 0x00]);
    printer.setFault('paper-out', false);
    printer.setFault('cover-open', false);
    expect(take()).toEqual([0x38, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00]);
  });

  test('ASB reports only the categories enabled in its mask', () => {
    const { printer, take } = setup();
    printer.receive(bytes(0x1d, 0x61, 0x08)); // roll paper only
    take();
    printer.setFault('cover-open', true);
    expect(take()).toEqual([]);
    printer.setFault('paper-near-end', true);
    expect(take()).toEqual([0x38, 0x00, 0x03, 0x00]);
  });

  test('a printer without ASB ignores GS a', () => {
    const { printer, take } = setup({ asbCapable: false });
    printer.receive(bytes(0x1d, 0x61, 0x4f));
    printer.setFault('cover-open', true);
    expect(take()).toEqual([]);
  });

  test('GS I answers from the identity: one byte for 1–3, a 5F … 00 block for 65–69', () => {
    const { printer, take } = setup({ identity: { maker: 'ACME', serial: 'SN42' } });
    printer.receive(bytes(0x1d, 0x49, 66, 0x1d, 0x49, 68, 0x1d, 0x49, 2));
    expect(take()).toEqual([0x5f, ...ascii('ACME'), 0x00, 0x5f, ...ascii('SN42'), 0x00, 0x03]);
  });

  test('ESC p opens the drawer, which DLE EOT 1 then reports', () => {
    const { printer, ask } = setup();
    printer.receive(bytes(0x1b, 0x70, 0, 50, 100));
    expect(printer.state).toMatchObject({ drawerOpen: true, drawerPulses: 1 });
    expect(ask(1)).toEqual([0x16]);
    printer.setDrawerOpen(false);
    expect(ask(1)).toEqual([0x12]);
  });
});

describe('reply modes, chunking, paper', () => {
  test('silent sends nothing; garbled sends bytes no parser can take for a reply', () => {
    const { printer, take, ask } = setup();
    printer.setReplyMode({ kind: 'silent' });
    expect(ask(1)).toEqual([]);
    printer.setReplyMode({ kind: 'garbled' });
    printer.receive(bytes(0x10, 0x04, 1, 0x1d, 0x49, 66));
    const garbled = take();
    expect(garbled.length).toBeGreaterThan(0);
    const reader = new StatusReader();
    reader.expect({ kind: 'realtime', n: 1 });
    reader.expect({ kind: 'printer-info', n: 66 });
    const events = reader.push(Uint8Array.from(garbled));
    expect(events.every((e) => e.kind === 'unknown' && e.reason === 'garbage')).toBe(true);
  });

  test('slow replies arrive only when the injected timer fires, in order', () => {
    const timers: { run: () => void; delayMs: number }[] = [];
    const { printer, take } = setup({ schedule: (run, delayMs) => timers.push({ run, delayMs }) });
    printer.setReplyMode({ kind: 'slow', delayMs: 1500 });
    printer.receive(bytes(0x10, 0x04, 1, ...GS_R1));
    expect(take()).toEqual([]);
    expect(timers.map((t) => t.delayMs)).toEqual([1500, 1500]);
    timers.forEach((t) => t.run());
    expect(take()).toEqual([0x12, 0x00]);
  });

  test('a job fed one byte at a time prints and answers exactly as in one write', () => {
    const job = bytes(
      0x1b,
      0x40,
      0x1b,
      0x61,
      1,
      'Title',
      0x0a,
      0x1c,
      0x26,
      0xca,
      0xd5,
      0x0a,
      0x1d,
      0x56,
      66,
      0,
      ...GS_R1,
    );
    const whole = setup();
    whole.printer.receive(job);
    const split = setup();
    for (const b of job) split.printer.receive(Uint8Array.of(b));
    expect(split.printer.paper).toEqual(whole.printer.paper);
    expect(split.take()).toEqual(whole.take());
    expect(renderText(whole.printer.paper)).toBe(
      ' '.repeat(13) + 'Title\n' + ' '.repeat(15) + '收\n-------- partial cut --------',
    );
  });

  test('tearOff hands over the printed paper and starts an empty one; onChange reports changes', () => {
    const { printer, printed } = setup();
    let changes = 0;
    const off = printer.onChange(() => changes++);
    printer.receive(bytes('a', 0x0a));
    const torn = printer.tearOff();
    expect(torn.items).toHaveLength(1);
    expect(printed()).toEqual([]);
    expect(changes).toBe(2);
    off();
    printer.receive(bytes('b', 0x0a));
    expect(changes).toBe(2);
  });

  test('an incomplete command larger than the receive buffer is dropped and counted', () => {
    const { printer } = setup({ receiveBufferBytes: 16 });
    // GS v 0 announcing a 100×100-byte raster, followed by only 20 data bytes: 28 bytes, none complete.
    printer.receive(bytes(0x1d, 0x76, 0x30, 0, 100, 0, 100, 0, ...Array<number>(20).fill(0xff)));
    expect(printer.state.droppedBytes).toBe(12);
    expect(printer.state.bufferedBytes).toBeLessThanOrEqual(16);
  });

  test('runOutOfPaperAfter refuses a negative count', () => {
    expect(() => new VirtualPrinter().runOutOfPaperAfter(-1)).toThrow(RangeError);
  });
});
