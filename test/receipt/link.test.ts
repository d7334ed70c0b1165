import { beforeAll, describe, expect, test, vi } from 'vitest';
import { encodeReceiptLink, encodeReceiptPayload } from '../../src/receipt/link/encode';
import { decodeReceiptLink } from '../../src/receipt/link/decode';
import { BASE43_ALPHABET, base43Length, fromBase43, toBase43 } from '../../src/receipt/link/base43';
import { decodeText, encodeText } from '../../src/receipt/link/text-code';
import {
  generateSigningKeyPair,
  keyFingerprint,
  signerFromKeyPair,
  type ReceiptSigner,
} from '../../src/receipt/sign';
import { validateReceipt } from '../../src/receipt/validate';
import { qrForLink } from '../../src/receipt/qr';
import type { Receipt } from '../../src/receipt/types';
import { fixtureJson, RECEIPT_FIXTURES } from '../_util/fixtures';

const BASE = 'https://receipt.example/';
let signer: ReceiptSigner;
beforeAll(async () => {
  signer = await signerFromKeyPair(await generateSigningKeyPair());
});

const fixture = (name: (typeof RECEIPT_FIXTURES)[number]): Receipt => validateReceipt(fixtureJson(name));

describe('base-43 text', () => {
  test('uses only QR alphanumeric characters other than space and %', () => {
    expect(BASE43_ALPHABET).toHaveLength(43);
    expect(BASE43_ALPHABET).toMatch(/^[0-9A-Z$*+\-./:]+$/);
  });

  test('round-trips every length from 0 to 300 bytes, leading zeros included', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i < 3 ? 0 : (i * 151 + n) & 0xff));
      const text = toBase43(bytes);
      expect(text.length).toBe(base43Length(n));
      expect(fromBase43(text)).toEqual(bytes);
    }
  });

  test('256 bytes take 378 symbols: log2(43) ≈ 5.43 bits each', () => {
    expect(base43Length(256)).toBe(378);
  });

  test('text with a foreign symbol, an impossible length or an overflowing value is refused', () => {
    expect(fromBase43('ab')).toBeUndefined();
    expect(fromBase43('0')).toBeUndefined(); // one symbol holds no whole byte
    expect(fromBase43('::')).toBeUndefined(); // 42·43+42 = 1847 > 255
  });
});

describe('text coding', () => {
  test('CJK ideographs take two bytes, ASCII one, and everything round-trips', () => {
    const text = '好邻居 Café ￥448.70，谢谢！— 𠀀 ok';
    const out: number[] = [];
    encodeText(text, out);
    expect(decodeText(Uint8Array.from(out))).toBe(text);
    const cjk: number[] = [];
    encodeText('谢谢惠顾', cjk);
    expect(cjk).toHaveLength(8);
  });

  test('each code point is coded once, by its own page, including one beyond the BMP', () => {
    const out: number[] = [];
    encodeText('A\u3001\uff01é—𠀀B', out);
    expect(out).toEqual([0x41, 0xd2, 0x01, 0xd3, 0x01, 0xd4, 0x69, 0xd5, 0x14, 0xd7, 0x02, 0x00, 0x00, 0x42]);
  });
});

describe('e-receipt link', () => {
  test.each(RECEIPT_FIXTURES)(
    '%s: an unsigned link decodes to the same receipt, marked unsigned',
    async (name) => {
      const receipt = fixture(name);
      const link = await encodeReceiptLink(BASE, receipt);
      expect(link.startsWith(`${BASE}#1`)).toBe(true);
      expect(link.slice(BASE.length + 1)).toMatch(/^[0-9A-Z$*+\-./:]+$/);
      const result = await decodeReceiptLink(link);
      expect(result).toEqual({ ok: true, receipt, verified: { state: 'unsigned' } });
    },
  );

  test.each(RECEIPT_FIXTURES)(
    '%s: a signed link decodes verified with the signer’s fingerprint',
    async (name) => {
      const receipt = fixture(name);
      const result = await decodeReceiptLink(await encodeReceiptLink(BASE, receipt, { signer }));
      if (!result.ok) throw new Error(result.detail);
      expect(result.receipt).toEqual(receipt);
      expect(result.verified.state).toBe('verified');
      if (result.verified.state !== 'verified') return;
      expect(result.verified.fingerprint).toBe(await keyFingerprint(signer.publicKey));
      expect(result.verified.publicKey).toEqual(signer.publicKey);
    },
  );

  test('times keep their own offset, Z, or odd forms exactly as written', async () => {
    for (const time of [
      '2026-11-20T09:05:00+01:00',
      '2024-01-01T00:00:00Z',
      '2019-06-30T23:59:59-09:30',
      '2024-11-18T14:32:05.250+08:00',
      '2016-12-31T23:59:60Z',
    ]) {
      const receipt = { ...fixture('cafe-en'), time };
      const result = await decodeReceiptLink(await encodeReceiptPayload(receipt));
      expect(result.ok && result.receipt.time).toBe(time);
    }
  });

  test('weighed quantities, explicit rounding, unknown currency and locale, notes and digit references survive', async () => {
    const receipt = validateReceipt({
      id: '000123',
      time: '2026-01-02T03:04:05+05:45',
      currency: 'XAU',
      locale: 'pt-BR',
      shop: { name: 'Mercado <b>', taxId: '12.345' },
      items: [
        { name: 'Queijo', sku: 'Q-1', quantity: 0.3333, unit: 'kg', unitPrice: 2000, amount: 666 },
        { name: 'Pão', quantity: 1e-7, unitPrice: 10, amount: 0 },
      ],
      adjustments: [{ label: 'Taxa', amount: 3 }],
      total: 669,
      payments: [
        { method: 'card', amount: 300, cardLast4: '0042', reference: '00012345678901234567890' },
        { method: 'other', label: 'Vale', amount: 400, reference: 'V-9 ok' },
      ],
      change: 31,
      note: 'linha 1\nlinha 2',
    });
    const result = await decodeReceiptLink(await encodeReceiptPayload(receipt));
    expect(result).toEqual({ ok: true, receipt, verified: { state: 'unsigned' } });
  });

  test('the standard 20-item receipt, signed, fits QR version 20 at level M', async () => {
    const link = await encodeReceiptLink(BASE, fixture('convenience-store-zh'), { signer });
    expect(qrForLink(link, 'M').version).toBeLessThanOrEqual(20);
  });
});

describe('hostile and damaged links', () => {
  test('a payload starting with another version character is an unsupported version', async () => {
    const payload = await encodeReceiptPayload(fixture('cafe-en'));
    await expect(decodeReceiptLink(`2${payload.slice(1)}`)).resolves.toMatchObject({
      ok: false,
      reason: 'unsupported-version',
    });
  });

  test('empty, non-base-43 and truncated payloads are damaged', async () => {
    const payload = await encodeReceiptPayload(fixture('cafe-en'));
    for (const bad of [
      '',
      '#',
      '1',
      '1abc',
      `${payload}<script>`,
      payload.slice(0, -7),
      '1' + '0'.repeat(5000),
    ]) {
      await expect(decodeReceiptLink(bad)).resolves.toMatchObject({ ok: false, reason: 'damaged' });
    }
  });

  test('changing any one character of a signed payload reads as altered or damaged, never as a receipt', async () => {
    const payload = await encodeReceiptPayload(fixture('convenience-store-zh'), { signer });
    const reasons = new Set<string>();
    for (let i = 1; i < payload.length; i += 7) {
      const replacement = payload[i] === 'A' ? 'B' : 'A';
      const result = await decodeReceiptLink(payload.slice(0, i) + replacement + payload.slice(i + 1));
      expect(result.ok, `position ${i}`).toBe(false);
      if (!result.ok) reasons.add(result.reason);
    }
    expect([...reasons].every((r) => r === 'altered' || r === 'damaged')).toBe(true);
    expect(reasons.has('altered')).toBe(true);
  });

  test('a signed payload whose body is swapped for another receipt’s is altered', async () => {
    const a = await encodeReceiptPayload(fixture('cafe-en'), { signer });
    const other = await signerFromKeyPair(await generateSigningKeyPair());
    const b = await encodeReceiptPayload({ ...fixture('cafe-en'), id: 'A-1030' }, { signer: other });
    const aBytes = fromBase43(a.slice(1))!;
    const bBytes = fromBase43(b.slice(1))!;
    // b's body and key with a's signature.
    const forged = Uint8Array.from([
      ...bBytes.subarray(0, bBytes.length - 64),
      ...aBytes.subarray(aBytes.length - 64),
    ]);
    await expect(decodeReceiptLink(`1${toBase43(forged)}`)).resolves.toMatchObject({
      ok: false,
      reason: 'altered',
    });
  });

  test('10,000 random mutations never throw, and no decoded receipt carries markup that reaches the HTML', async () => {
    const { receiptToHtml } = await import('../../src/receipt/render-html');
    const seeds = [
      await encodeReceiptPayload(fixture('convenience-store-zh')),
      await encodeReceiptPayload(fixture('cafe-en'), { signer }),
    ];
    let state = 0x2545f491;
    const random = (n: number) => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    const alphabet = BASE43_ALPHABET + '#%<>"\'&? é中';
    let decoded = 0;
    for (let i = 0; i < 10_000; i++) {
      let text = seeds[i % 2]!;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = 1 + random(text.length - 1);
        const op = random(3);
        const char = alphabet[random(alphabet.length)]!;
        text =
          op === 0
            ? text.slice(0, at) + char + text.slice(at + 1)
            : op === 1
              ? text.slice(0, at) + text.slice(at + 1)
              : text.slice(0, at) + char + text.slice(at);
      }
      const result = await decodeReceiptLink(text);
      if (result.ok) {
        decoded++;
        const html = receiptToHtml(result.receipt);
        expect(html).not.toMatch(/<(?!\/?(div|span)\b)/);
      } else expect(['damaged', 'altered', 'unsupported-version']).toContain(result.reason);
    }
    expect(decoded).toBeLessThan(10_000);
  }, 60_000);

  test('a receipt whose text holds markup comes back as that text and renders escaped', async () => {
    const { receiptToHtml } = await import('../../src/receipt/render-html');
    const receipt = { ...fixture('cafe-en'), shop: { name: '<img src=x onerror=alert(1)>' } };
    const result = await decodeReceiptLink(await encodeReceiptPayload(receipt, { signer }));
    if (!result.ok) throw new Error(result.detail);
    expect(result.receipt.shop.name).toBe('<img src=x onerror=alert(1)>');
    const html = receiptToHtml(result.receipt);
    expect(html).toContain('&lt;img src=x');
    expect(html).not.toContain('<img');
  });
});

describe('base-43 limits', () => {
  test('every text of a valid length decodes only when its value fits the byte count', () => {
    // 3 symbols hold 2 bytes; the largest 3-symbol value 43^3 − 1 = 79 506 does not fit 65 535.
    expect(fromBase43('::')).toBeUndefined();
    expect(fromBase43('Z0F')).toEqual(Uint8Array.of(0xfc, 0xda)); // 35·1849 + 0·43 + 15 = 64 730 = 0xFCDA
    expect(fromBase43(':::')).toBeUndefined();
    const max = toBase43(new Uint8Array(40).fill(0xff));
    expect(fromBase43(max)).toEqual(new Uint8Array(40).fill(0xff));
    expect(fromBase43(':'.repeat(max.length))).toBeUndefined();
  });
});

describe('pages without WebCrypto', () => {
  test('a signed link still shows its receipt, marked signed but unchecked', async () => {
    const payload = await encodeReceiptPayload(fixture('cafe-en'), { signer });
    vi.stubGlobal('crypto', {});
    try {
      const result = await decodeReceiptLink(payload);
      expect(result).toEqual({
        ok: true,
        receipt: fixture('cafe-en'),
        verified: { state: 'unchecked', publicKey: signer.publicKey },
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
