/**
 * E-receipt link size: for each fixture, link length and QR version at level M, signed and unsigned, beside
 * the naive `base64url(JSON)` and `deflate + base64url` links; the compression choices; encode/decode time.
 * The customer's viewer opening such a link is `viewer.bench.ts`.
 */
import { deflateSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { medianMs, type Figure } from './figures';
import { encodePayloadBytes, encodeReceiptLink } from '../src/receipt/link/encode';
import { decodeReceiptLink } from '../src/receipt/link/decode';
import { qrForLink, QrTooLargeError } from '../src/receipt/qr';
import { generateSigningKeyPair, signerFromKeyPair } from '../src/receipt/sign';
import { validateReceipt } from '../src/receipt/validate';

const BASE = 'https://receipt.example/';
const FIXTURES = ['convenience-store-zh', 'cafe-en'] as const;
/** Stands for "does not fit any QR version at this level". */
const NO_FIT = 41;

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function version(link: string): number {
  try {
    return qrForLink(link, 'M').version;
  } catch (error) {
    if (error instanceof QrTooLargeError) return NO_FIT;
    throw error;
  }
}

export default async function bench(): Promise<Figure[]> {
  const signer = await signerFromKeyPair(await generateSigningKeyPair());
  const figures: Figure[] = [];
  for (const name of FIXTURES) {
    const json = readFileSync(new URL(`../test/fixtures/receipts/${name}.json`, import.meta.url), 'utf8');
    const receipt = validateReceipt(JSON.parse(json));
    const compact = JSON.stringify(receipt);
    const naive = `${BASE}#${base64url(new TextEncoder().encode(compact))}`;
    const deflated = `${BASE}#${base64url(deflateSync(new TextEncoder().encode(compact), { level: 9 }))}`;
    const signed = await encodeReceiptLink(BASE, receipt, { signer });
    const unsigned = await encodeReceiptLink(BASE, receipt);
    const standard = name === 'convenience-store-zh';
    figures.push(
      {
        name: `${name}: signed link`,
        unit: 'chars',
        value: signed.length,
        better: 'lower',
        compare: { name: 'base64url(JSON), unsigned', value: naive.length },
      },
      {
        name: `${name}: unsigned link`,
        unit: 'chars',
        value: unsigned.length,
        better: 'lower',
        compare: { name: 'deflate + base64url, unsigned', value: deflated.length },
      },
      {
        name: `${name}: QR version at M, signed`,
        unit: 'version',
        value: version(signed),
        better: 'lower',
        compare: { name: 'deflate + base64url, unsigned', value: version(deflated) },
        ...(standard ? { target: '≤ 20' } : {}),
      },
      {
        name: `${name}: QR version at M, unsigned`,
        unit: 'version',
        value: version(unsigned),
        better: 'lower',
        compare: { name: `base64url(JSON) (${NO_FIT} = does not fit)`, value: version(naive) },
      },
    );
    const sizes = {} as Record<'auto' | 'deflate' | 'none', number>;
    for (const compression of ['auto', 'deflate', 'none'] as const) {
      sizes[compression] = (await encodePayloadBytes(receipt, { compression })).length;
    }
    figures.push(
      {
        name: `${name}: payload bytes, deflate + preset dictionary`,
        unit: 'bytes',
        value: sizes.auto,
        better: 'lower',
        compare: { name: 'deflate without dictionary', value: sizes.deflate },
      },
      {
        name: `${name}: packed fields, no compression`,
        unit: 'bytes',
        value: sizes.none,
        better: 'lower',
        compare: { name: 'JSON (UTF-8)', value: new TextEncoder().encode(compact).length },
      },
    );
    if (standard) {
      const encodeMs = await medianMs(() => encodeReceiptLink(BASE, receipt, { signer }), 15);
      const decodeMs = await medianMs(() => decodeReceiptLink(signed), 15);
      figures.push(
        { name: `${name}: sign + encode link`, unit: 'ms', value: encodeMs, better: 'lower' },
        { name: `${name}: decode + verify link`, unit: 'ms', value: decodeMs, better: 'lower' },
      );
    }
  }
  return figures;
}
