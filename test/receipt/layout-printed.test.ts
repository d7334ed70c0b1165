import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { PROFILES, type PrinterProfile } from '../../src/escpos/capabilities';
import { interpret, textLines, type ImageItem, type TextLine } from '../../src/escpos/interpreter';
import { linkQrText, qrForText } from '../../src/receipt/qr';
import { renderReceiptEscPos } from '../../src/receipt/render-escpos';
import type { Receipt } from '../../src/receipt/types';
import { fixtureJson } from '../_util/fixtures';

// Cross-checks the encoder against the virtual printer's interpreter, which was written independently:
// the paper it prints must say exactly what the layout laid out, and no line may run past the paper.

const zh = (): Receipt => fixtureJson('convenience-store-zh') as unknown as Receipt;
const en = (): Receipt => fixtureJson('cafe-en') as unknown as Receipt;

function printed(receipt: Receipt, profile: PrinterProfile, link?: string) {
  const rendered = renderReceiptEscPos(receipt, { profile, link });
  const { paper, unknown } = interpret(rendered.bytes, {
    widthDots: profile.dots,
    chineseByDefault: profile.chineseFont,
  });
  return { rendered, paper, unknown };
}

describe.each([
  ['xprinter-58', 'convenience-store-zh'],
  ['xprinter-80', 'convenience-store-zh'],
  ['epson-tm-t20', 'cafe-en'],
  ['generic-58', 'cafe-en'],
] as const)('%s printing %s', (id, fixture) => {
  const profile = PROFILES[id];
  const receipt = fixture === 'cafe-en' ? en() : zh();

  test('the printer understands every command and no line runs past the paper', () => {
    const { paper, unknown } = printed(receipt, profile);
    expect(unknown).toEqual([]);
    const lines = paper.items.filter((i): i is TextLine => i.kind === 'text');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines)
      expect(line.widthDots, line.spans.map((s) => s.text).join('')).toBeLessThanOrEqual(profile.dots);
  });

  test('every laid-out line is printed, in order, with its text intact', () => {
    const { rendered, paper } = printed(receipt, profile);
    const paperText = textLines(paper).map((l) => l.trim());
    const expected = rendered.layout.blocks.flatMap((b) =>
      b.kind === 'text' ? [b.text] : b.kind === 'row' ? [b.left.trim(), b.right] : [],
    );
    let at = 0;
    for (const want of expected) {
      const found = paperText.findIndex((line, i) => i >= at && line.includes(want));
      expect(found, `"${want}" after line ${at}`).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });

  test('the paper ends with a cut where there is a cutter', () => {
    const { paper } = printed(receipt, profile);
    const cuts = paper.items.filter((i) => i.kind === 'cut');
    expect(cuts.length).toBe(profile.cutter === 'none' ? 0 : 1);
  });
});

describe('e-receipt QR on paper', () => {
  const link = 'https://receipt.example/#1ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

  test('an 80 mm Xprinter stores the link in a native QR the printer reads back', () => {
    const { paper } = printed(zh(), PROFILES['xprinter-80'], link);
    const qr = paper.items.find((i) => i.kind === 'qr');
    // Scheme and host upper-cased (alphanumeric mode); the same address for the phone.
    expect(qr && qr.kind === 'qr' && qr.data).toBe(linkQrText(link));
    expect(qr && qr.kind === 'qr' && new URL(qr.data).href).toBe(link);
  });

  test('a long link on 58 mm native-QR paper gets modules small enough for the whole symbol to fit', () => {
    const long = `https://receipt.example/#${'A1b2C3d4'.repeat(30)}`;
    const { paper } = printed(zh(), PROFILES['sunmi-58'], long);
    const qr = paper.items.find((i) => i.kind === 'qr');
    expect(qr && qr.kind === 'qr' && qr.data).toBe(linkQrText(long));
    // Sized so that even a printer that encodes it all in byte mode fits it on the head.
    const symbol = qrForText(linkQrText(long), 'M').size + 8;
    expect(qr && qr.kind === 'qr' && qr.moduleDots * symbol).toBeLessThanOrEqual(384);
    expect(qr && qr.kind === 'qr' && qr.moduleDots).toBeGreaterThanOrEqual(Math.floor(384 / symbol));
  });

  test('a 58 mm Xprinter prints a raster QR that a phone camera decodes to the link', () => {
    const { paper } = printed(zh(), PROFILES['xprinter-58'], link);
    const images = paper.items.filter((i): i is ImageItem => i.kind === 'image');
    expect(images.length).toBeGreaterThan(0);
    const width = images[0]!.widthDots;
    const height = images.reduce((sum, image) => sum + image.heightDots, 0);
    expect(width).toBeLessThanOrEqual(384);
    const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
    let y0 = 0;
    for (const image of images) {
      const bytesPerRow = (image.widthDots + 7) >> 3;
      for (let y = 0; y < image.heightDots; y++) {
        for (let x = 0; x < image.widthDots; x++) {
          if (image.bits[y * bytesPerRow + (x >> 3)]! & (0x80 >> (x & 7))) {
            const p = ((y0 + y) * width + x) * 4;
            rgba[p] = rgba[p + 1] = rgba[p + 2] = 0;
          }
        }
      }
      y0 += image.heightDots;
    }
    expect(new URL(jsQR(rgba, width, height)!.data).href).toBe(link);
  });
});
