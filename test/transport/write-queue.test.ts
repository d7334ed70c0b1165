import { describe, expect, test } from 'vitest';
import { PrinterError } from '../../src/transport/types';
import { WriteQueue } from '../../src/transport/write-queue';

/** A sink that holds each write until released, recording what it was given. */
function gatedSink() {
  const written: number[][] = [];
  const gates: (() => void)[] = [];
  const sink = (bytes: Uint8Array) =>
    new Promise<void>((resolve) => {
      gates.push(() => {
        written.push([...bytes]);
        resolve();
      });
    });
  return { sink, written, gates };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('write queue', () => {
  test('one writer at a time: the second write starts only after the first was accepted', async () => {
    const { sink, written, gates } = gatedSink();
    const queue = new WriteQueue(sink);
    const first = queue.push(Uint8Array.of(1));
    const second = queue.push(Uint8Array.of(2));
    await flush();
    expect(gates).toHaveLength(1);
    gates[0]!();
    await first;
    await flush();
    expect(gates).toHaveLength(2);
    gates[1]!();
    await second;
    expect(written).toEqual([[1], [2]]);
  });

  test('a write aborted while waiting its turn rejects with the abort reason and never reaches the sink', async () => {
    const { sink, written, gates } = gatedSink();
    const queue = new WriteQueue(sink);
    const first = queue.push(Uint8Array.of(1));
    const controller = new AbortController();
    const second = queue.push(Uint8Array.of(2), controller.signal);
    controller.abort(new DOMException('stop', 'AbortError'));
    await flush();
    gates[0]!();
    await first;
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(written).toEqual([[1]]);
  });

  test('fail() rejects queued and future writes with the given error until reset()', async () => {
    const { sink, gates } = gatedSink();
    const queue = new WriteQueue(sink);
    void queue.push(Uint8Array.of(1));
    const queued = queue.push(Uint8Array.of(2));
    const gone = new PrinterError('disconnected', 'unplugged');
    queue.fail(gone);
    await expect(queued).rejects.toBe(gone);
    await expect(queue.push(Uint8Array.of(3))).rejects.toBe(gone);
    queue.reset();
    gates[0]!();
    const again = queue.push(Uint8Array.of(4));
    await flush();
    gates.at(-1)!();
    await expect(again).resolves.toBeUndefined();
  });
});
