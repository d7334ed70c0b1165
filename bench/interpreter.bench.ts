/**
 * The interpreter and the status parser: interpreting the standard receipt (Chinese convenience-store
 * fixture, 80 mm) in one write against 64-byte USB packets, a full-width raster picture, drawing the paper
 * as SVG (what the virtual printer screen does on every change), the virtual printer answering a GS r fence
 * after a receipt, and reading status replies one byte at a time against one chunk.
 */
import { readFileSync } from 'node:fs';
import { PROFILES } from '../src/escpos/capabilities';
import { EscPosInterpreter, interpret, renderSvg, renderText } from '../src/escpos/interpreter';
import { StatusReader } from '../src/escpos/status';
import { VirtualPrinter } from '../src/escpos/virtual-printer';
import { receiptToEscPos } from '../src/receipt/render-escpos';
import type { Receipt } from '../src/receipt/types';
import { medianMs, type Figure } from './figures';

const receipt = JSON.parse(
  readFileSync(new URL('../test/fixtures/receipts/convenience-store-zh.json', import.meta.url), 'utf8'),
) as Receipt;
const profile = PROFILES['xprinter-80'];
const job = receiptToEscPos(receipt, {
  profile,
  link: 'https://receipt.example/#1ABCDEFGHJKLMNPQRSTUVWXYZ0123456789',
});

function inPackets(bytes: Uint8Array, size: number): EscPosInterpreter {
  const interpreter = new EscPosInterpreter({ widthDots: profile.dots });
  for (let at = 0; at < bytes.length; at += size) interpreter.write(bytes.subarray(at, at + size));
  return interpreter;
}

/** GS v 0 with a 576×1200 checkerboard-ish picture (72 bytes × 1200 rows). */
function rasterJob(): Uint8Array {
  const [widthBytes, rows] = [72, 1200];
  const out = new Uint8Array(8 + widthBytes * rows);
  out.set([0x1d, 0x76, 0x30, 0, widthBytes, 0, rows & 0xff, rows >> 8]);
  for (let i = 8; i < out.length; i++) out[i] = (i * 37) & 0xff;
  return out;
}

/** 2 500 of each: DLE EOT byte, ASB, GS r byte, GS I block — 32 500 bytes of replies. */
function replies(): Uint8Array {
  const one = [0x12, 0x10, 0x00, 0x00, 0x00, 0x00, 0x5f, 0x45, 0x50, 0x53, 0x4f, 0x4e, 0x00];
  return Uint8Array.from({ length: one.length * 2500 }, (_, i) => one[i % one.length]!);
}

/** 2 500 request rounds (DLE EOT 1, GS r 1, GS I 66), each answered by its 13 reply bytes in `chunk`-byte pieces. */
function readReplies(bytes: Uint8Array, chunk: number): number {
  const reader = new StatusReader();
  const round = bytes.length / 2500;
  let events = 0;
  for (let start = 0; start < bytes.length; start += round) {
    reader.expect({ kind: 'realtime', n: 1 });
    reader.expect({ kind: 'transmit-status', n: 1 });
    reader.expect({ kind: 'printer-info', n: 66 });
    for (let at = start; at < start + round; at += chunk) {
      events += reader.push(bytes.subarray(at, Math.min(at + chunk, start + round))).length;
    }
  }
  if (events !== 10_000) throw new Error(`read ${events} replies, expected 10 000`);
  return events;
}

export default async function bench(): Promise<Figure[]> {
  const check = renderText(interpret(job, { widthDots: profile.dots }).paper);
  if (!check.includes('喆') || !check.includes('犇'))
    throw new Error('the standard receipt did not interpret');
  const whole = await medianMs(() => interpret(job, { widthDots: profile.dots }), 60, 20);
  const packets = await medianMs(() => inPackets(job, 64), 60, 20);
  const picture = rasterJob();
  const rasterMs = await medianMs(() => interpret(picture), 15);
  const paper = interpret(job, { widthDots: profile.dots }).paper;
  const svgMs = await medianMs(() => renderSvg(paper), 15);
  const fenceMs = await medianMs(
    () => {
      const printer = new VirtualPrinter({ profile });
      let answered = false;
      printer.onReply(() => (answered = true));
      printer.receive(Uint8Array.from([...job, 0x1d, 0x72, 0x01]));
      if (!answered) throw new Error('no fence reply');
    },
    60,
    20,
  );
  const stream = replies();
  const byteAtATime = await medianMs(() => readReplies(stream, 1), 10);
  const oneChunk = await medianMs(() => readReplies(stream, stream.length), 10);
  return [
    { name: 'job size, standard receipt 80 mm with QR', unit: 'bytes', value: job.length, better: 'lower' },
    {
      name: 'interpret standard receipt, one write',
      unit: 'ms',
      value: whole,
      better: 'lower',
      compare: { name: 'in 64-byte USB packets', value: packets },
      target: '≤ 5 ms',
    },
    {
      name: 'interpret 576×1200 raster picture',
      unit: 'bytes/s',
      value: Math.round(picture.length / (rasterMs / 1000)),
      better: 'higher',
    },
    {
      name: 'render standard receipt as SVG',
      unit: 'ms',
      value: svgMs,
      better: 'lower',
      target: '≤ 16 ms (one frame)',
    },
    { name: 'virtual printer: receipt + GS r fence answered', unit: 'ms', value: fenceMs, better: 'lower' },
    {
      name: 'read 10 000 status replies (2 500 rounds) one byte per chunk',
      unit: 'ms',
      value: byteAtATime,
      better: 'lower',
      compare: { name: 'one chunk per round', value: oneChunk },
    },
  ];
}
