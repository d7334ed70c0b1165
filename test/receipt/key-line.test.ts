import { describe, expect, test } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { interpret, type TextLine } from '../../src/escpos/interpreter';
import { renderReceiptEscPos } from '../../src/receipt/render-escpos';
import { validateReceipt } from '../../src/receipt/validate';
import { fixtureJson, type ReceiptFixture } from '../_util/fixtures';

/** The receipt's printed text lines, last first. */
function printedLines(name: ReceiptFixture, keyFingerprint?: string): string[] {
  const receipt = validateReceipt(fixtureJson(name));
  const { bytes } = renderReceiptEscPos(receipt, { profile: PROFILES.virtual, keyFingerprint });
  const { paper } = interpret(bytes, { widthDots: PROFILES.virtual.dots, chineseByDefault: true });
  return paper.items
    .filter((i): i is TextLine => i.kind === 'text' && i.spans.length > 0)
    .map((line) =>
      line.spans
        .map((s) => s.text)
        .join('')
        .trim(),
    )
    .reverse();
}

describe('the key fingerprint at the foot of a receipt', () => {
  test.each([
    ['cafe-en', 'E-receipt device fingerprint 6B17-EEB5'],
    ['convenience-store-zh', '电子小票设备指纹 6B17-EEB5'],
  ] as const)('%s: the last printed line is "%s"', (name, line) => {
    expect(printedLines(name, '6B17-EEB5')[0]).toBe(line);
  });

  test('without a fingerprint the receipt ends as before, with no such line', () => {
    const lines = printedLines('cafe-en');
    expect(lines.join('\n')).not.toMatch(/fingerprint|指纹/);
    expect(lines).toEqual(printedLines('cafe-en', '6B17-EEB5').slice(1));
  });
});
