import { describe, expect, test } from 'vitest';
import { escapeHtml, layoutToHtml, receiptToHtml } from '../../src/receipt/render-html';
import { layoutReceipt } from '../../src/receipt/layout';
import { validateReceipt } from '../../src/receipt/validate';
import { fixtureJson } from '../_util/fixtures';

const zh = () => validateReceipt(fixtureJson('convenience-store-zh'));

/** The visible text of each line element, in order, with entities undone. */
function lines(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<div class="rr-line[^"]*">(.*?)<\/div>/g)) {
    const text = m[1]!.replace(/<span>(.*?)<\/span><span>(.*?)<\/span>/, '$1|$2');
    out.push(
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    );
  }
  return out;
}

describe('receipt HTML', () => {
  test('has one line per paper line of the layout, with the same text', () => {
    const layout = layoutReceipt(zh(), { columns: 48 });
    const expected = layout.blocks.flatMap((b) =>
      b.kind === 'text'
        ? [b.text]
        : b.kind === 'row'
          ? [`${b.left}|${b.right}`]
          : b.kind === 'blank'
            ? ['']
            : [],
    );
    expect(lines(layoutToHtml(layout))).toEqual(expected);
  });

  test('shows every item, the total with its symbol, and the masked card', () => {
    const html = receiptToHtml(zh(), 48);
    for (const item of zh().items) expect(html).toContain(escapeHtml(item.name));
    expect(html).toContain('<span>合计</span><span>￥448.70</span>');
    expect(html).toContain('**** 1234');
  });

  test('item names with markup are escaped, never markup', () => {
    const receipt = validateReceipt({
      ...fixtureJson('cafe-en'),
      items: [{ name: '"><script>alert(1)</script>', quantity: 1, unitPrice: 510, amount: 510 }],
    });
    const html = receiptToHtml(receipt, 48);
    expect(html).not.toContain('<script');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('the paper is as wide as the layout’s columns and marks the receipt language', () => {
    expect(receiptToHtml(zh(), 32)).toMatch(/^<div class="rr-paper" lang="zh-CN" data-cols="32">/);
  });
});
