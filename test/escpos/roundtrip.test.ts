// Encoder → interpreter round trip: what the receipt renderer lays out is what the (independently written)
// interpreter prints, block by block: the same text, alignment, bold and size, and nothing wider than the paper.
import { describe, expect, test } from 'vitest';
import { PROFILES, type PrinterProfile } from '../../src/escpos/capabilities';
import { interpret, lineText, renderText, type PaperItem, type TextLine } from '../../src/escpos/interpreter';
import type { LayoutBlock } from '../../src/receipt/layout';
import { renderReceiptEscPos } from '../../src/receipt/render-escpos';
import type { Receipt } from '../../src/receipt/types';
import { fixtureJson } from '../_util/fixtures';

const zh = (): Receipt => fixtureJson('convenience-store-zh') as unknown as Receipt;
const en = (): Receipt => fixtureJson('cafe-en') as unknown as Receipt;

/** An English receipt with Chinese goods and a Chinese shop name. */
function mixed(): Receipt {
  const receipt = en();
  receipt.shop = { name: 'Corner Café 街角咖啡', address: '上海市 12 Rue des Lilas' };
  receipt.items = [
    { name: 'Espresso 浓缩咖啡', quantity: 2, unitPrice: 180, amount: 360 },
    { name: '喆犇 Croissant 可颂', quantity: 1, unitPrice: 150, amount: 150 },
  ];
  receipt.currency = 'CNY';
  return receipt;
}

function roundTrip(receipt: Receipt, profile: PrinterProfile) {
  const rendered = renderReceiptEscPos(receipt, { profile });
  const { paper, unknown } = interpret(rendered.bytes, {
    widthDots: profile.dots,
    chineseByDefault: profile.chineseFont,
  });
  return { layout: rendered.layout, paper, unknown };
}

/** Checks the printed items against the layout's blocks one by one; returns the text lines checked. */
function expectPrintedAsLaidOut(
  blocks: readonly LayoutBlock[],
  items: readonly PaperItem[],
  columns: number,
): void {
  const queue = items.filter((item) => item.kind !== 'feed');
  const next = (): PaperItem | undefined => queue.shift();
  const nextLine = (what: string): TextLine => {
    const item = next();
    expect(item?.kind, what).toBe('text');
    return item as TextLine;
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'text': {
        const line = nextLine(block.text);
        expect(lineText(line).trimEnd(), 'text').toBe(block.text.trimEnd());
        expect(line.align, block.text).toBe(block.align);
        for (const span of line.spans.filter((s) => s.text.trim())) {
          expect(span.style, block.text).toMatchObject({
            bold: block.bold,
            width: block.size,
            height: block.size,
          });
        }
        break;
      }
      case 'row': {
        const line = nextLine(`${block.left} | ${block.right}`);
        const text = lineText(line);
        expect(text.startsWith(block.left), `row starts with "${block.left}": "${text}"`).toBe(true);
        expect(text.trimEnd().endsWith(block.right), `row ends with "${block.right}": "${text}"`).toBe(true);
        expect(line.align).toBe('left');
        for (const span of line.spans.filter((s) => s.text.trim())) {
          expect(span.style, text).toMatchObject({ bold: block.bold, width: block.size, height: block.size });
        }
        break;
      }
      case 'rule':
        expect(lineText(nextLine('rule'))).toBe(block.char.repeat(columns));
        break;
      case 'blank':
        expect(nextLine('blank').spans).toEqual([]);
        break;
      case 'qr':
        // A native QR or raster image bands, then the line feed after it.
        while (queue[0]?.kind === 'qr' || queue[0]?.kind === 'image') next();
        if (queue[0]?.kind === 'text' && queue[0].spans.length === 0) next();
        break;
      case 'cut':
        // With a cutter: feed to the cutter and cut; without one: blank lines to tear at.
        while (queue[0]?.kind === 'text' && queue[0].spans.length === 0) next();
        if (queue[0]?.kind === 'cut') next();
        break;
    }
  }
  expect(queue, 'nothing printed beyond the layout').toEqual([]);
}

const CASES = [
  ['Chinese', zh],
  ['English', en],
  ['mixed', mixed],
] as const;

describe.each([
  ['58 mm', PROFILES['generic-58'], 32],
  ['80 mm', PROFILES['generic-80'], 48],
] as const)('%s', (_width, profile, columns) => {
  test.each(CASES)('a %s receipt prints exactly as laid out, every command understood', (_name, make) => {
    const { layout, paper, unknown } = roundTrip(make(), profile);
    expect(unknown).toEqual([]);
    expect(layout.columns).toBe(columns);
    expectPrintedAsLaidOut(layout.blocks, paper.items, columns);
  });

  test('the Chinese fixture keeps every Chinese character, including 喆犇, and no line is wider than the paper', () => {
    const receipt = zh();
    const { paper } = roundTrip(receipt, profile);
    const printed = renderText(paper);
    const han = new Set(JSON.stringify(receipt).match(/\p{Script=Han}/gu));
    expect(han.has('喆') && han.has('犇')).toBe(true);
    const missing = [...han].filter((c) => !printed.includes(c));
    expect(missing).toEqual([]);
    expect(printed).not.toContain('\ufffd');
    for (const item of paper.items) {
      if (item.kind === 'text') expect(item.widthDots, lineText(item)).toBeLessThanOrEqual(profile.dots);
    }
  });
});

test('a mixed receipt on a UTF-8 (Sunmi) printer prints the same words as on a GB18030 printer', () => {
  const gb = roundTrip(mixed(), PROFILES['generic-58']);
  const utf8 = roundTrip(mixed(), PROFILES['sunmi-58']);
  expect(utf8.unknown).toEqual([]);
  // Spacing differs where the two encodings print a character at different widths (× is full width in GB18030).
  const text = (items: readonly PaperItem[]) =>
    items
      .filter((i): i is TextLine => i.kind === 'text')
      .map((line) => lineText(line).replace(/ +/g, ' ').trim());
  expect(text(utf8.paper.items)).toEqual(text(gb.paper.items));
  expect(text(utf8.paper.items).join('\n')).toContain('喆犇 Croissant');
});
