import { describe, expect, test } from 'vitest';
import { deflateSync } from 'fflate';
import { decodeReceiptLink } from '../../src/receipt/link/decode';
import { readReceiptLink } from '../../src/receipt/link/read-link';
import { encodeReceiptPayload } from '../../src/receipt/link/encode';
import { packReceipt } from '../../src/receipt/link/pack';
import { toBase43 } from '../../src/receipt/link/base43';
import { LINK_DICTIONARY, LINK_DICTIONARY_TEXT } from '../../src/receipt/link/dictionary';
import { DICTIONARY_CODED_BYTES, FLAG_DEFLATED, LINK_VERSION } from '../../src/receipt/link/format';
import { codedText } from '../../src/receipt/link/text-code';
import { inflateRaw } from '../../src/receipt/link/inflate';
import { inflateWithDictionary } from '../../src/receipt/link/inflate-stream';
import { validateReceipt } from '../../src/receipt/validate';
import type { Receipt } from '../../src/receipt/types';
import { fixtureJson } from '../_util/fixtures';

const cafe = (): Receipt => validateReceipt(fixtureJson('cafe-en'));
const store = (): Receipt => validateReceipt(fixtureJson('convenience-store-zh'));

/** An unsigned, undeflated payload of whatever `receipt` holds, bypassing validation as a hostile issuer would. */
const rawPayload = (receipt: Receipt): string =>
  LINK_VERSION + toBase43(Uint8Array.from([0, ...packReceipt(receipt)]));

describe('the dictionary the page carries for the viewer', () => {
  test('codes to exactly the size format 1 fixes', () => {
    expect(codedText(LINK_DICTIONARY_TEXT)).toEqual(LINK_DICTIONARY);
    expect(LINK_DICTIONARY.length).toBe(DICTIONARY_CODED_BYTES);
  });

  test('a link read with the dictionary from elsewhere gives the same receipt as the built-in one', async () => {
    const payload = await encodeReceiptPayload(store());
    const fetched = await readReceiptLink(payload, () => Promise.resolve(LINK_DICTIONARY.slice()));
    expect(fetched).toEqual(await decodeReceiptLink(payload));
    expect(fetched).toMatchObject({ ok: true, receipt: store() });
  });

  test('a deflated link without a dictionary is damaged, never a wrong receipt', async () => {
    const payload = await encodeReceiptPayload(store());
    await expect(readReceiptLink(payload, () => Promise.resolve(undefined))).resolves.toMatchObject({
      ok: false,
      reason: 'damaged',
      detail: 'dictionary unavailable',
    });
  });
});

describe('native deflate-raw with the dictionary sent as a stored block', () => {
  const text = new TextEncoder().encode('谢谢惠顾，欢迎再次光临！ Thank you! '.repeat(30) + '拿铁 2 × 18.00');

  test('inflates exactly what the hand-written inflater does, with and without a dictionary', async () => {
    for (const dictionary of [LINK_DICTIONARY, new Uint8Array(0)]) {
      const deflated = deflateSync(text, { level: 9, dictionary });
      expect(await inflateWithDictionary(deflated, dictionary)).toEqual(text);
      expect(inflateRaw(deflated, dictionary)).toEqual(text);
    }
  });

  test('truncated, malformed, wrong-dictionary and over-limit streams give undefined', async () => {
    const deflated = deflateSync(text, { level: 9, dictionary: LINK_DICTIONARY });
    expect(await inflateWithDictionary(deflated.subarray(0, deflated.length - 3), LINK_DICTIONARY)).toBe(
      undefined,
    );
    expect(await inflateWithDictionary(Uint8Array.of(0xff, 0xff, 0xff), LINK_DICTIONARY)).toBe(undefined);
    expect(await inflateWithDictionary(deflated, LINK_DICTIONARY, text.length - 1)).toBe(undefined);
    // A back-reference into a missing dictionary reaches before the start of the window.
    expect(await inflateWithDictionary(deflated, new Uint8Array(0))).toBe(undefined);
  });
});

describe('receipt rules checked while unpacking, without the JSON validator', () => {
  test('a well-formed link round-trips to the validated receipt', async () => {
    await expect(decodeReceiptLink(rawPayload(cafe()))).resolves.toMatchObject({ ok: true, receipt: cafe() });
  });

  test('a line whose amount is not quantity × unit price is damaged', async () => {
    const receipt = cafe();
    receipt.items[0] = { ...receipt.items[0]!, amount: receipt.items[0]!.amount + 5 };
    receipt.total += 5;
    receipt.payments = [{ method: 'cash', amount: receipt.total }];
    await expect(decodeReceiptLink(rawPayload(receipt))).resolves.toMatchObject({
      ok: false,
      reason: 'damaged',
      detail: 'line does not add up',
    });
  });

  test('payments that add up to more than total + change (a negative last payment) are damaged', async () => {
    const receipt = cafe();
    delete receipt.change;
    receipt.payments = [
      { method: 'card', amount: receipt.total + 100 },
      { method: 'cash', amount: 0 },
    ];
    await expect(decodeReceiptLink(rawPayload(receipt))).resolves.toMatchObject({
      ok: false,
      detail: 'payments do not add up',
    });
  });

  test('too-long text, an empty item list, a zero quantity and a non-RFC 3339 time are damaged', async () => {
    const hostile: Receipt[] = [
      { ...cafe(), shop: { name: 'x'.repeat(81) } },
      { ...cafe(), id: '' },
      { ...cafe(), items: [], total: 0, payments: [{ method: 'cash', amount: 0 }] },
      { ...cafe(), items: [{ ...cafe().items[0]!, quantity: 0, amount: 0 }] },
      { ...cafe(), time: 'yesterday' },
      { ...cafe(), currency: 'euro' },
    ];
    for (const receipt of hostile) {
      const result = await decodeReceiptLink(rawPayload(receipt));
      expect(result, JSON.stringify(receipt).slice(0, 80)).toMatchObject({ ok: false, reason: 'damaged' });
    }
  });

  test('text lengths count code points, so 80 Chinese characters fit a shop name', async () => {
    const receipt = { ...cafe(), shop: { name: '店'.repeat(80) } };
    await expect(decodeReceiptLink(rawPayload(receipt))).resolves.toMatchObject({ ok: true, receipt });
  });
});

describe('a deflated hostile link', () => {
  test('is checked the same way after inflating', async () => {
    const receipt = { ...cafe(), note: 'n'.repeat(501) };
    const packed = packReceipt(receipt);
    const body = deflateSync(packed, { level: 9, dictionary: LINK_DICTIONARY });
    const payload = LINK_VERSION + toBase43(Uint8Array.from([FLAG_DEFLATED, ...body]));
    await expect(decodeReceiptLink(payload)).resolves.toMatchObject({ ok: false, reason: 'damaged' });
  });
});
