/**
 * The encoder against @point-of-sale/receipt-printer-encoder on the standard receipt (the Chinese
 * convenience-store fixture, 80 mm, 48 columns), plus dithering a 576×1200 picture and building the
 * GB18030 and Big5 tables, and the Hong Kong receipt on a 58 mm printer in Big5 beside the same receipt
 * in GB18030 (the peer library has no Big5). The peer library is fed the very same laid-out lines through its own API (`line`,
 * `table` for two-column rows, `rule`, `cut`), so both print the same receipt.
 */
import { readFileSync } from 'node:fs';
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { PROFILES } from '../src/escpos/capabilities';
import { doubleByteBuildMs, doubleByteTable, gb18030BuildMs, gb18030Table } from '../src/escpos/encode';
import { familySetup, printingProfile } from '../src/printer/profile';
import { dither, type GrayImage } from '../src/escpos/image';
import { columnsOf, spread } from '../src/escpos/text-width';
import { type ReceiptLayout } from '../src/receipt/layout';
import { measureFor, receiptToEscPos, renderReceiptEscPos } from '../src/receipt/render-escpos';
import type { Receipt } from '../src/receipt/types';
import { medianMs, type Figure } from './figures';

const fixture = (name: string): Receipt =>
  JSON.parse(
    readFileSync(new URL(`../test/fixtures/receipts/${name}.json`, import.meta.url), 'utf8'),
  ) as Receipt;
const receipt = fixture('convenience-store-zh');
const cafe = fixture('cafe-en');
const teaRestaurant = fixture('tea-restaurant-zh-hk');
const xp58 = familySetup('xprinter-58', { kind: 'merchant' });
const big5At58 = printingProfile({ ...xp58, encoding: 'big5' });
const gbAt58 = printingProfile(xp58);
const profile = PROFILES['xprinter-80'];
const COLUMNS = 48;

/** The same layout, encoded by the peer library the way its README shows. */
function peerEncode(layout: ReceiptLayout, printerModel: 'xprinter-xp-t80q' | 'epson-tm-t20iii'): Uint8Array {
  const measure = measureFor('gb18030');
  const encoder = new ReceiptPrinterEncoder({ printerModel, columns: COLUMNS });
  encoder.initialize();
  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'text':
        encoder.align(block.align).bold(block.bold).size(block.size, block.size).line(block.text);
        encoder.size(1, 1).bold(false).align('left');
        break;
      case 'row': {
        if (block.size !== 1) {
          encoder.bold(block.bold).size(2, 2);
          encoder.line(spread(block.left, block.right, COLUMNS / 2, measure) ?? block.left);
          encoder.size(1, 1).bold(false);
          break;
        }
        const right = columnsOf(block.right, measure);
        encoder.table(
          [
            { width: COLUMNS - right - 1, align: 'left' },
            { width: right, marginLeft: 1, align: 'right' },
          ],
          [[block.left, block.right]],
        );
        break;
      }
      case 'rule':
        encoder.rule();
        break;
      case 'blank':
        encoder.newline();
        break;
      case 'qr':
        encoder.qrcode(block.data);
        break;
      case 'cut':
        encoder.cut('partial');
        break;
    }
  }
  return encoder.encode();
}

function naiveFloydSteinberg(image: GrayImage): Uint8Array {
  // The textbook version: float errors in a full-size buffer, one byte per dot.
  const { width, height } = image;
  const errors = Float64Array.from(image.data);
  const dots = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const ink = errors[i]! < 128;
      dots[i] = ink ? 1 : 0;
      const err = errors[i]! - (ink ? 0 : 255);
      if (x + 1 < width) errors[i + 1]! += (err * 7) / 16;
      if (y + 1 < height) {
        if (x > 0) errors[i + width - 1]! += (err * 3) / 16;
        errors[i + width]! += (err * 5) / 16;
        if (x + 1 < width) errors[i + width + 1]! += err / 16;
      }
    }
  }
  return dots;
}

function photoLike(width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data[y * width + x] =
        (128 + 100 * Math.sin(x / 37) * Math.cos(y / 53) + ((x * 7 + y * 13) % 23)) & 0xff;
    }
  }
  return { width, height, data };
}

export default async function bench(): Promise<Figure[]> {
  gb18030Table();
  const tableMs = gb18030BuildMs();
  doubleByteTable('big5');
  const big5TableMs = doubleByteBuildMs('big5');

  const ours = renderReceiptEscPos(receipt, { profile });
  const peerBytes = peerEncode(ours.layout, 'xprinter-xp-t80q');
  const oursMs = await medianMs(() => receiptToEscPos(receipt, { profile }), 200, 20);
  const peerMs = await medianMs(() => peerEncode(ours.layout, 'xprinter-xp-t80q'), 60, 10);
  // The café receipt needs no Chinese, so neither encoder searches for characters it lacks.
  const epson = PROFILES['epson-tm-t20'];
  const cafeLayout = renderReceiptEscPos(cafe, { profile: epson }).layout;
  const cafeMs = await medianMs(() => receiptToEscPos(cafe, { profile: epson }), 200, 20);
  const cafePeerMs = await medianMs(() => peerEncode(cafeLayout, 'epson-tm-t20iii'), 100, 10);
  const peerLost = peerBytes.filter((b) => b === 0x3f).length - ours.bytes.filter((b) => b === 0x3f).length;

  const big5Ms = await medianMs(() => receiptToEscPos(teaRestaurant, { profile: big5At58 }), 200, 20);
  const gbMs = await medianMs(() => receiptToEscPos(teaRestaurant, { profile: gbAt58 }), 200, 20);
  const big5Job = renderReceiptEscPos(teaRestaurant, { profile: big5At58 });

  const image = photoLike(576, 1200);
  const fsMs = await medianMs(() => dither(image, 'floyd-steinberg'), 25, 5);
  const naiveMs = await medianMs(() => naiveFloydSteinberg(image), 9, 2);
  const atkinsonMs = await medianMs(() => dither(image, 'atkinson'), 25, 5);

  return [
    {
      name: 'encode standard receipt (zh, 80 mm, layout + bytes)',
      unit: 'ms',
      value: oursMs,
      better: 'lower',
      compare: { name: 'receipt-printer-encoder, same lines', value: peerMs },
      target: '≥ 10× its throughput',
    },
    {
      name: 'standard receipts encoded per second',
      unit: 'count',
      value: Math.round(1000 / oursMs),
      better: 'higher',
      compare: { name: 'receipt-printer-encoder', value: Math.round(1000 / peerMs) },
    },
    {
      name: 'encode café receipt (en, 80 mm, CP858)',
      unit: 'ms',
      value: cafeMs,
      better: 'lower',
      compare: { name: 'receipt-printer-encoder, same lines', value: cafePeerMs },
    },
    {
      name: 'standard receipt size, all Chinese intact',
      unit: 'bytes',
      value: ours.bytes.length,
      better: 'lower',
      compare: { name: 'receipt-printer-encoder (Chinese lost)', value: peerBytes.length },
      target: '≤ 2400 bytes',
    },
    {
      name: 'characters printed as ? on the standard receipt',
      unit: 'count',
      value: ours.replaced,
      better: 'lower',
      compare: { name: 'receipt-printer-encoder', value: Math.max(0, peerLost) },
    },
    {
      name: 'dither 576×1200 Floyd–Steinberg',
      unit: 'ms',
      value: fsMs,
      better: 'lower',
      compare: { name: 'textbook float version', value: naiveMs },
      target: '≤ 10 ms',
    },
    { name: 'dither 576×1200 Atkinson', unit: 'ms', value: atkinsonMs, better: 'lower', target: '≤ 10 ms' },
    {
      name: 'encode Hong Kong receipt in Big5 (zh-HK, 58 mm)',
      unit: 'ms',
      value: big5Ms,
      better: 'lower',
      compare: { name: 'same receipt in GB18030', value: gbMs },
    },
    {
      name: 'Hong Kong receipt characters printed as ? in Big5',
      unit: 'count',
      value: big5Job.replaced,
      better: 'lower',
    },
    { name: 'build GB18030 table (once, lazily)', unit: 'ms', value: tableMs, better: 'lower' },
    {
      name: 'build Big5 table (once, lazily)',
      unit: 'ms',
      value: big5TableMs,
      better: 'lower',
      compare: { name: 'GB18030 table', value: tableMs },
    },
  ];
}
