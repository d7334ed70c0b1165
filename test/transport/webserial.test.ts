import { describe, expect, test } from 'vitest';
import { PrinterError } from '../../src/transport/types';
import { WebSerialTransport } from '../../src/transport/webserial';

/**
 * A SerialPort double: like Chrome, `readable` errors on a line error and the port then offers a fresh
 * stream; `writable` can be made to block (a printer holding CTS with its cover open).
 */
class PortDouble extends EventTarget {
  written: number[] = [];
  blockWrites = false;
  opened: SerialOptions | null = null;
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  private stream: ReadableStream<Uint8Array> | null = null;
  writable: WritableStream<Uint8Array> | null = null;

  getInfo() {
    return { usbVendorId: 0x0483, usbProductId: 0x5743 };
  }
  async open(options: SerialOptions) {
    this.opened = options;
    this.fresh();
    this.writable = new WritableStream<Uint8Array>({
      write: (chunk) =>
        this.blockWrites ? new Promise<void>(() => undefined) : void this.written.push(...chunk),
    });
  }
  async close() {
    this.stream = null;
    this.writable = null;
  }
  get readable() {
    return this.stream;
  }
  send(bytes: number[]) {
    this.controller!.enqueue(Uint8Array.from(bytes));
  }
  lineError(name: string) {
    this.controller!.error(new DOMException('line error', name));
    this.fresh();
  }
  private fresh() {
    this.stream = new ReadableStream<Uint8Array>({ start: (c) => void (this.controller = c) });
  }
}

function transport(port: PortDouble, writeTimeoutMs = 5000) {
  return new WebSerialTransport(port as unknown as SerialPort, { writeTimeoutMs });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('Web Serial transport', () => {
  test('opens with 9600 8N1 and no flow control unless told otherwise', async () => {
    const port = new PortDouble();
    await transport(port).open();
    expect(port.opened).toMatchObject({
      baudRate: 9600,
      dataBits: 8,
      stopBits: 1,
      parity: 'none',
      flowControl: 'none',
    });
  });

  test('writes every byte, in call order, for concurrent writes', async () => {
    const port = new PortDouble();
    const t = transport(port);
    await t.open();
    const a = Array.from({ length: 1200 }, (_, i) => i % 251);
    await Promise.all([t.write(Uint8Array.from(a)), t.write(Uint8Array.of(1, 2, 3))]);
    expect(port.written).toEqual([...a, 1, 2, 3]);
  });

  test('a write the printer never takes rejects with a timeout error instead of hanging', async () => {
    const port = new PortDouble();
    const t = transport(port, 50);
    await t.open();
    port.blockWrites = true;
    const failure = await t.write(Uint8Array.of(0x1b, 0x40)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PrinterError);
    expect((failure as PrinterError).code).toBe('timeout');
  });

  test('reading continues with a fresh reader after a framing error; bytes after it still arrive', async () => {
    const port = new PortDouble();
    const t = transport(port);
    const got: number[] = [];
    const errors: string[] = [];
    t.onData((chunk) => got.push(...chunk));
    t.on('error', ({ error }) => errors.push(error.code));
    await t.open();
    port.send([0x12]);
    await tick();
    port.lineError('FramingError');
    await tick();
    port.send([0x16]);
    await tick();
    expect(got).toEqual([0x12, 0x16]);
    expect(errors).toEqual(['garbled']);
  });

  test('a lost device ends the connection: disconnected event, and writes reject as disconnected', async () => {
    const port = new PortDouble();
    const t = transport(port);
    let lost = 0;
    t.on('disconnected', () => lost++);
    await t.open();
    port.lineError('NetworkError');
    await tick();
    expect(lost).toBe(1);
    const failure = await t.write(Uint8Array.of(1)).catch((error: unknown) => error);
    expect((failure as PrinterError).code).toBe('disconnected');
  });
});
