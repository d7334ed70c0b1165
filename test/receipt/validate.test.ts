/* eslint-disable @typescript-eslint/no-explicit-any -- the tests bend fixtures into invalid shapes on purpose */
import { describe, expect, test } from 'vitest';
import { checkReceipt, parseReceipt, validateReceipt } from '../../src/receipt/validate';
import type { ReceiptError } from '../../src/receipt/errors';
import { fixtureJson, fixtureText, RECEIPT_FIXTURES } from '../_util/fixtures';

/** The error a mutated copy of the Chinese fixture is rejected with. */
function rejection(mutate: (r: any) => void): ReceiptError {
  const receipt = fixtureJson('convenience-store-zh');
  mutate(receipt);
  const result = checkReceipt(receipt);
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
}

describe('receipt validation', () => {
  test.each(RECEIPT_FIXTURES)('the %s fixture is valid and comes back field for field', (name) => {
    const receipt = parseReceipt(fixtureText(name));
    expect(receipt).toEqual(fixtureJson(name));
  });

  test('text that is not JSON is rejected with code not-json', () => {
    expect(() => parseReceipt('{"id": ')).toThrow(expect.objectContaining({ code: 'not-json' }));
  });

  test.each([
    ['id', 'missing', (r: any) => delete r.id],
    ['shop', 'missing', (r: any) => delete r.shop],
    ['items', 'missing', (r: any) => delete r.items],
    ['payments[1].method', 'missing', (r: any) => delete r.payments[1].method],
    ['items[3].name', 'missing', (r: any) => delete r.items[3].name],
  ])('a missing %s is rejected as %s', (path, code, mutate) => {
    const error = rejection(mutate);
    expect([error.code, error.path]).toEqual([code, path]);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });

  test.each([
    ['total', 'wrong-type', (r: any) => (r.total = '448.70')],
    ['items[2].quantity', 'wrong-type', (r: any) => (r.items[2].quantity = '1')],
    ['shop', 'wrong-type', (r: any) => (r.shop = 'x')],
    ['items', 'wrong-type', (r: any) => (r.items = {})],
    ['items[0].unitPrice', 'not-integer', (r: any) => (r.items[0].unitPrice = 2.5)],
    ['items[0].unitPrice', 'out-of-range', (r: any) => (r.items[0].unitPrice = -200)],
    ['items[0].quantity', 'out-of-range', (r: any) => (r.items[0].quantity = 0)],
    ['change', 'out-of-range', (r: any) => (r.change = -1)],
    ['id', 'too-short', (r: any) => (r.id = '')],
    ['id', 'too-long', (r: any) => (r.id = 'x'.repeat(65))],
    ['shop.name', 'too-long', (r: any) => (r.shop.name = '店'.repeat(81))],
    ['items', 'too-few', (r: any) => (r.items = [])],
    ['items', 'too-many', (r: any) => (r.items = Array(501).fill(r.items[0]))],
    ['currency', 'pattern', (r: any) => (r.currency = 'cny')],
    ['payments[0].method', 'not-allowed', (r: any) => (r.payments[0].method = 'bitcoin')],
    ['time', 'bad-time', (r: any) => (r.time = '2024-11-18 14:32')],
    ['time', 'bad-time', (r: any) => (r.time = '2024-02-30T10:00:00+08:00')],
    ['time', 'bad-time', (r: any) => (r.time = '2024-11-18T14:32:05')],
    ['shop.logo', 'unknown-field', (r: any) => (r.shop.logo = 'x')],
    ['items[4].discount', 'unknown-field', (r: any) => (r.items[4].discount = 1)],
    ['tip', 'unknown-field', (r: any) => (r.tip = 100)],
  ])('%s is rejected as %s', (path, code, mutate) => {
    const error = rejection(mutate);
    expect([error.code, error.path]).toEqual([code, path]);
  });

  test('a name of 80 Chinese characters fits: lengths count characters, not bytes', () => {
    expect(() =>
      validateReceipt({ ...fixtureJson('cafe-en'), shop: { name: '店'.repeat(80) } }),
    ).not.toThrow();
  });

  test('a line whose amount is not quantity × unit price is named by its index', () => {
    const error = rejection((r) => (r.items[3].amount = 1790));
    expect(error.code).toBe('line-mismatch');
    expect(error.message).toBe('items[3].amount: 1790 is not 2 × 890');
  });

  test('a weighed line may be rounded by the POS by less than one minor unit', () => {
    const receipt = fixtureJson('cafe-en') as any;
    receipt.items.push({ name: 'Cheese', quantity: 0.333, unit: 'kg', unitPrice: 2000, amount: 666 });
    receipt.total += 666;
    receipt.payments[0].amount += 666;
    expect(checkReceipt(receipt).ok).toBe(true);
  });

  test('a total that disagrees with items and adjustments names the total and the expected sum', () => {
    const error = rejection((r) => (r.total = 46370));
    expect(error.code).toBe('total-mismatch');
    expect(error.message).toBe('total: 46370 but items and adjustments add up to 44870');
  });

  test('dropping the discount leaves the total too low: rejected', () => {
    expect(rejection((r) => delete r.adjustments).code).toBe('total-mismatch');
  });

  test('payments that do not equal total + change are rejected naming the payments', () => {
    const error = rejection((r) => (r.payments[0].amount = 19000));
    expect([error.code, error.message]).toEqual([
      'payment-mismatch',
      'payments: add up to 43870 but total + change is 44870',
    ]);
  });

  test('change counts towards what was paid', () => {
    const cafe = fixtureJson('cafe-en') as any;
    cafe.change = 480;
    expect(checkReceipt(cafe).ok).toBe(false);
  });
});

describe('card numbers are masked on input', () => {
  test('a full card number in cardLast4 keeps only its last four digits', () => {
    const receipt = fixtureJson('convenience-store-zh') as any;
    receipt.payments[1].cardLast4 = '6222 0212 3456 1234';
    const result = checkReceipt(receipt);
    if (!result.ok) throw result.error;
    expect(result.receipt.payments[1]!.cardLast4).toBe('1234');
    expect(result.masked).toEqual(['payments[1].cardLast4']);
    expect(JSON.stringify(result.receipt)).not.toContain('6222');
  });

  test('a reference holding a card number (Luhn-valid, card prefix) is masked to its last four', () => {
    const receipt = fixtureJson('convenience-store-zh') as any;
    receipt.payments[1].reference = 'AUTH 611823 PAN 4111-1111-1111-1111';
    const result = checkReceipt(receipt);
    if (!result.ok) throw result.error;
    expect(result.receipt.payments[1]!.reference).toBe('AUTH 611823 PAN ****1111');
    expect(result.masked).toEqual(['payments[1].reference']);
  });

  test('a 20-digit wallet reference that is not a card number stays intact', () => {
    const result = checkReceipt(fixtureJson('convenience-store-zh'));
    if (!result.ok) throw result.error;
    expect(result.receipt.payments[0]!.reference).toBe('42000021352024111800');
    expect(result.masked).toEqual([]);
  });

  test('cardLast4 with letters is rejected as a pattern error', () => {
    expect(rejection((r) => (r.payments[1].cardLast4 = '12ab')).code).toBe('pattern');
  });
});

describe('card numbers inside longer digit runs', () => {
  test('a card number run together with other digits is still found and masked', () => {
    const receipt = fixtureJson('convenience-store-zh') as any;
    receipt.payments[1].reference = 'AUTH 77 4111 1111 1111 1111';
    const result = checkReceipt(receipt);
    if (!result.ok) throw result.error;
    expect(result.receipt.payments[1]!.reference).toBe('AUTH 77 ****1111');
  });
});
