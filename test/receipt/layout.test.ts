import { describe, expect, test } from 'vitest';
import { canEncode, encodedColumns } from '../../src/escpos/encode';
import { columnsOf, type ColumnMeasure } from '../../src/escpos/text-width';
import { layoutReceipt, type LayoutBlock, type ReceiptLayout } from '../../src/receipt/layout';
import { currencySymbol, formatMoney, formatQuantity, minorDigits } from '../../src/receipt/money';
import type { Receipt } from '../../src/receipt/types';
import { formatReceiptTime, receiptWords } from '../../src/receipt/words';
import { fixtureJson } from '../_util/fixtures';

const zh = (): Receipt => fixtureJson('convenience-store-zh') as unknown as Receipt;
const en = (): Receipt => fixtureJson('cafe-en') as unknown as Receipt;
const gb = encodedColumns('gb18030');

/** What a block prints, one string per line, as it would read on paper. */
const lineOf = (b: LayoutBlock): string =>
  b.kind === 'text' ? b.text : b.kind === 'row' ? `${b.left} … ${b.right}` : b.kind;
const texts = (layout: ReceiptLayout): string[] => layout.blocks.map(lineOf);
const rowWith = (layout: ReceiptLayout, left: string) =>
  layout.blocks.find((b): b is Extract<LayoutBlock, { kind: 'row' }> => b.kind === 'row' && b.left === left);

function expectFits(layout: ReceiptLayout, measure: ColumnMeasure): void {
  for (const block of layout.blocks) {
    if (block.kind === 'text') {
      expect(columnsOf(block.text, measure) * block.size, block.text).toBeLessThanOrEqual(layout.columns);
    } else if (block.kind === 'row') {
      const width = columnsOf(block.left, measure) + 1 + columnsOf(block.right, measure);
      expect(width * block.size, `${block.left}|${block.right}`).toBeLessThanOrEqual(layout.columns);
    }
  }
}

describe('layout of the Chinese convenience-store receipt', () => {
  test.each([32, 48])('no line is wider than %i-column paper, measured as the printer prints', (columns) => {
    expectFits(layoutReceipt(zh(), { columns, measure: gb }), gb);
    expectFits(layoutReceipt(zh(), { columns }), (cp) => (cp < 0x80 ? 1 : 2));
  });

  test('property: no line overflows at any width from 16 to 64 columns', () => {
    for (let columns = 16; columns <= 64; columns++)
      expectFits(layoutReceipt(zh(), { columns, measure: gb }), gb);
  });

  test('the shop name is big, bold and centred; address, phone and tax id follow centred', () => {
    const layout = layoutReceipt(zh(), { columns: 48, measure: gb });
    expect(layout.blocks[0]).toEqual({
      kind: 'text',
      role: 'shop-name',
      text: '好邻居便利店 漕溪北路店',
      align: 'center',
      bold: true,
      size: 2,
    });
    expect(texts(layout).slice(1, 4)).toEqual([
      '上海市徐汇区漕溪北路88号1楼',
      '电话 021-6482 1234',
      '税号 91310104MA1FR2XK3L',
    ]);
  });

  test('receipt number, time as written (its own +08:00 clock), cashier and till in Chinese', () => {
    const layout = layoutReceipt(zh(), { columns: 48, measure: gb });
    expect(rowWith(layout, '单号')?.right).toBe('XP80-0042-001873');
    expect(rowWith(layout, '时间')?.right).toBe('2024-11-18 14:32:05');
    expect(rowWith(layout, '收银员 张丽 (007)')?.right).toBe('收银台 POS-03');
  });

  test('a weighed item shows its fractional quantity × unit price and the amount charged', () => {
    const lines = texts(layoutReceipt(zh(), { columns: 48, measure: gb }));
    const at = lines.indexOf('散装土鸡蛋 (kg)');
    expect(lines[at + 1]).toBe('  1.25 × 13.60 … 17.00');
  });

  test('an item with a unit shows it after the quantity', () => {
    const receipt = zh();
    receipt.items = [{ name: '散装土鸡蛋', quantity: 1.25, unit: 'kg', unitPrice: 1360, amount: 1700 }];
    const lines = texts(layoutReceipt(receipt, { columns: 32, measure: gb }));
    expect(lines).toContain('  1.25 kg × 13.60 … 17.00');
  });

  test('a single item at its unit price fits on one line with its amount', () => {
    expect(texts(layoutReceipt(zh(), { columns: 48, measure: gb }))).toContain(
      '喆犇牌 手撕牛肉干 100g … 28.00',
    );
  });

  test('discount, subtotal, a bold double-size total with ￥, payments with reference and masked card', () => {
    const layout = layoutReceipt(zh(), { columns: 48, measure: gb });
    expect(rowWith(layout, '小计')?.right).toBe('463.70');
    expect(rowWith(layout, '会员满减 满300减15')?.right).toBe('-15.00');
    expect(rowWith(layout, '合计')).toMatchObject({ right: '￥448.70', bold: true, size: 2 });
    expect(rowWith(layout, '微信支付')?.right).toBe('200.00');
    expect(rowWith(layout, '银联卡')?.right).toBe('248.70');
    expect(rowWith(layout, '  卡号')?.right).toBe('**** 1234');
    expect(rowWith(layout, '  交易号')?.right).toBe('42000021352024111800');
  });

  test('the footer keeps its line break and ends with a cut', () => {
    const layout = layoutReceipt(zh(), { columns: 48, measure: gb });
    expect(texts(layout).slice(-3)).toEqual([
      '谢谢惠顾，欢迎再次光临！',
      'Thank you for shopping with us!',
      'cut',
    ]);
  });

  test('on 58 mm paper the shop name wraps at double size and long Chinese lines wrap', () => {
    const layout = layoutReceipt(zh(), { columns: 32, measure: gb });
    const names = layout.blocks.filter((b) => b.kind === 'text' && b.role === 'shop-name');
    expect(names.length).toBe(2);
  });
});

describe('layout of an extreme receipt', () => {
  test('long ids, unbroken names, huge amounts and long references still never overflow 16–48 columns', () => {
    const receipt = zh();
    receipt.id = 'X'.repeat(64);
    receipt.cashier = '收银员很长的名字'.repeat(5);
    receipt.items = [
      {
        name: '超'.repeat(60),
        quantity: 123.456,
        unit: '公斤',
        unitPrice: 999_999_99,
        amount: 12_345_678_90,
      },
      { name: 'W'.repeat(120), quantity: 1, unitPrice: 5, amount: 5 },
    ];
    receipt.adjustments = [{ label: '优惠'.repeat(30), amount: -1 }];
    receipt.payments = [{ method: 'alipay', amount: 1, reference: '9'.repeat(64) }];
    receipt.note = 'n'.repeat(500);
    for (const columns of [16, 17, 32, 33, 48])
      expectFits(layoutReceipt(receipt, { columns, measure: gb }), gb);
  });
});

describe('layout of the English café receipt', () => {
  test('English words, date in English, € amounts, change', () => {
    const layout = layoutReceipt(en(), { columns: 48 });
    expect(rowWith(layout, 'Receipt')?.right).toBe('A-1029');
    expect(rowWith(layout, 'Time')?.right).toBe('20 Nov 2026 09:05');
    expect(rowWith(layout, 'Total')?.right).toBe('€5.10');
    expect(rowWith(layout, 'Cash')?.right).toBe('10.00');
    expect(rowWith(layout, 'Change')?.right).toBe('€4.90');
    expect(texts(layout)).toContain('  2 × 1.80 … 3.60');
  });

  test('a currency symbol the printer cannot show is printed as its ISO code', () => {
    const layout = layoutReceipt(en(), { columns: 48, canShow: (t) => canEncode(t, 'cp437') });
    expect(rowWith(layout, 'Total')?.right).toBe('EUR 5.10');
  });

  test('an e-receipt link adds a QR block and a caption in the receipt language', () => {
    const layout = layoutReceipt(en(), { columns: 32, link: 'https://r.example/#abc' });
    const at = layout.blocks.findIndex((b) => b.kind === 'qr');
    expect(layout.blocks[at]).toEqual({ kind: 'qr', role: 'link', data: 'https://r.example/#abc' });
    expect(lineOf(layout.blocks[at + 1]!)).toBe('Scan for your e-receipt');
  });

  test('a card number longer than four digits never reaches paper beyond its last four', () => {
    const receipt = en();
    receipt.payments = [{ method: 'card', amount: 1000, cardLast4: '4111111111111234' }];
    const lines = texts(layoutReceipt(receipt, { columns: 32 }));
    expect(lines).toContain('  Card … **** 1234');
    expect(lines.join('\n')).not.toContain('4111');
  });

  test('fewer than 16 columns is refused', () => {
    expect(() => layoutReceipt(en(), { columns: 12 })).toThrowError(RangeError);
  });
});

describe('money and words', () => {
  test('minor digits follow ISO 4217: JPY 0, CNY 2, KWD 3', () => {
    expect([minorDigits('JPY'), minorDigits('CNY'), minorDigits('KWD')]).toEqual([0, 2, 3]);
  });

  test('amounts are grouped by thousands with the currency minor digits', () => {
    expect(formatMoney(123456789, 'CNY')).toBe('1,234,567.89');
    expect(formatMoney(1500, 'JPY', { display: 'symbol' })).toBe('¥1,500');
    expect(formatMoney(1234, 'KWD', { display: 'symbol' })).toBe('KWD 1.234');
    expect(formatMoney(-1500, 'CNY')).toBe('-15.00');
    expect(formatMoney(5, 'USD', { display: 'symbol' })).toBe('$0.05');
    expect(formatMoney(5, 'EUR', { display: 'code' })).toBe('EUR 0.05');
  });

  test('CNY on paper uses fullwidth ￥, on screen ¥', () => {
    expect(currencySymbol('CNY', true)).toBe('￥');
    expect(currencySymbol('CNY')).toBe('¥');
    expect(formatMoney(44870, 'CNY', { display: 'symbol', paper: true })).toBe('￥448.70');
  });

  test('quantities: whole plain, fractions without trailing zeros', () => {
    expect([formatQuantity(2), formatQuantity(1.25), formatQuantity(0.5), formatQuantity(1.2346)]).toEqual([
      '2',
      '1.25',
      '0.5',
      '1.235',
    ]);
  });

  test('receipt words follow the receipt locale, any zh tag is Chinese', () => {
    expect(receiptWords('zh-Hans-CN').total).toBe('合计');
    expect(receiptWords('en-GB').change).toBe('Change');
    expect(receiptWords(undefined).total).toBe('Total');
    expect(formatReceiptTime('not a time', 'en')).toBe('not a time');
  });
});
