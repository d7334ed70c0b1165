import { describe, expect, test } from 'vitest';
import { readHandOff } from '../../src/app/journal/handoff';
import { parseRoute } from '../../src/app/router';
import { encodeReceiptPayload } from '../../src/receipt/link/encode';
import { BASE43_ALPHABET } from '../../src/receipt/link/from-base43';
import { validateReceipt } from '../../src/receipt/validate';
import { sameReceipt } from '../../src/store/journal-conflicts';
import { fixtureJson } from '../_util/fixtures';

const receipt = validateReceipt(fixtureJson('convenience-store-zh'));

describe('reading a #/print?payload= hand-off', () => {
  test('a payload with every link character reads back to the receipt, as written and percent-encoded', async () => {
    const payload = await encodeReceiptPayload(receipt);
    expect([...BASE43_ALPHABET].filter((c) => !payload.includes(c))).toEqual([]);
    for (const form of [payload, encodeURIComponent(payload)]) {
      const read = await readHandOff(parseRoute(`#/print?payload=${form}`).params);
      expect(read).toEqual({ kind: 'value', value: receipt });
    }
  });

  test('a payload cut short is unreadable, not a different receipt', async () => {
    const payload = await encodeReceiptPayload(receipt);
    const read = await readHandOff(parseRoute(`#/print?payload=${payload.slice(0, -3)}`).params);
    expect(read.kind).toBe('unreadable');
  });
});

describe('the same receipt', () => {
  test('is the same content in any key order; one changed field makes another receipt', () => {
    const reordered = Object.fromEntries(Object.entries(receipt).reverse()) as typeof receipt;
    expect(Object.keys(reordered)).not.toEqual(Object.keys(receipt));
    expect(sameReceipt(receipt, reordered)).toBe(true);
    expect(sameReceipt(receipt, structuredClone(receipt))).toBe(true);
    expect(sameReceipt(receipt, { ...receipt, total: receipt.total + 1 })).toBe(false);
  });
});
