import { describe, expect, test } from 'vitest';
import { interpret, type TextLine } from '../../src/escpos/interpreter';
import { columnsOf } from '../../src/escpos/text-width';
import { chooseSetup, printingProfile } from '../../src/printer/profile';
import { renderReceiptEscPos } from '../../src/receipt/render-escpos';
import { validateReceipt } from '../../src/receipt/validate';
import { RECEIPT_FIXTURES, fixtureJson } from '../_util/fixtures';

// What the virtual printer prints for each standard receipt on a printer the app recognised as 58 mm.
// The paper is interpreted 576 dots wide, so a line too long for 58 mm shows up here instead of being
// wrapped by the printer.

const xp58 = printingProfile(
  chooseSetup({ transport: 'usb', vendorId: 0x0483, productId: 0x5743, name: 'USB Printer P' }, null),
);

/** Printed width of a line in font-A columns: CJK counts two, double-width text twice. */
const printedColumns = (line: TextLine) =>
  line.spans.reduce((sum, span) => sum + columnsOf(span.text) * span.style.width, 0);

describe.each(RECEIPT_FIXTURES)('%s on a 58 mm printer', (name) => {
  const receipt = validateReceipt(fixtureJson(name));
  const link = 'https://receipt.example/#1ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

  test('no printed line is wider than 32 columns or 384 dots', () => {
    const { bytes } = renderReceiptEscPos(receipt, { profile: xp58, link });
    const { paper, unknown } = interpret(bytes, { widthDots: 576, chineseByDefault: true });
    expect(unknown).toEqual([]);
    const lines = paper.items.filter((i): i is TextLine => i.kind === 'text' && i.spans.length > 0);
    expect(lines.length).toBeGreaterThan(10);
    const widest = Math.max(...lines.map(printedColumns));
    expect(widest).toBeLessThanOrEqual(32);
    // The rules and the total row use the whole width: the layout is for 32 columns, not narrower.
    expect(widest).toBe(32);
    for (const line of lines) expect(line.widthDots).toBeLessThanOrEqual(384);
  });

  test('the e-receipt QR printed under it fits the 384-dot head', () => {
    const { bytes } = renderReceiptEscPos(receipt, { profile: xp58, link });
    const { paper } = interpret(bytes, { widthDots: 576, chineseByDefault: true });
    const images = paper.items.filter((i) => i.kind === 'image');
    expect(images.length).toBeGreaterThan(0);
    for (const image of images)
      expect(image.kind === 'image' && image.widthDots * image.scaleX).toBeLessThanOrEqual(384);
  });
});
