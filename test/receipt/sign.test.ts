import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  compressPoint,
  generateSigningKeyPair,
  keyFingerprint,
  signerFromJwk,
  signerFromKeyPair,
  verifySignature,
} from '../../src/receipt/sign';
import { decompressPoint } from '../../src/receipt/decompress-point';

describe('ECDSA P-256 signing', () => {
  test('compressed public keys decompress to the exported point, for both parities', async () => {
    const parities = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const pair = await generateSigningKeyPair();
      const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
      const compressed = compressPoint(raw);
      parities.add(compressed[0]!);
      expect(decompressPoint(compressed)).toEqual(raw);
    }
    expect(parities).toEqual(new Set([2, 3]));
  });

  test('x values off the curve, x ≥ p and bad prefixes do not decompress; points found satisfy the curve', () => {
    const p = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;
    const b = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;
    let on = 0;
    let off = 0;
    for (let x = 1; x <= 20; x++) {
      const key = new Uint8Array(33);
      key[0] = 2;
      key[32] = x;
      const point = decompressPoint(key);
      if (!point) {
        off++;
        continue;
      }
      on++;
      const y = BigInt(`0x${Buffer.from(point.subarray(33)).toString('hex')}`);
      const X = BigInt(x);
      expect((y * y) % p).toBe((((X * X * X - 3n * X + b) % p) + p) % p);
    }
    expect(on).toBeGreaterThan(0);
    expect(off).toBeGreaterThan(0);
    expect(decompressPoint(Uint8Array.of(2, ...new Uint8Array(32).fill(0xff)))).toBeUndefined();
    expect(decompressPoint(Uint8Array.of(4, ...new Uint8Array(32)))).toBeUndefined();
  });

  test('a 64-byte signature verifies for its data and fails for changed data or another key', async () => {
    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    const data = new TextEncoder().encode('receipt A-1029');
    const signature = await signer.sign(data);
    expect(signature).toHaveLength(64);
    await expect(verifySignature(signer.publicKey, signature, data)).resolves.toBe(true);
    await expect(
      verifySignature(
        signer.publicKey,
        signature,
        data.map((b, i) => (i === 3 ? b ^ 1 : b)),
      ),
    ).resolves.toBe(false);
    const other = await signerFromKeyPair(await generateSigningKeyPair());
    await expect(verifySignature(other.publicKey, signature, data)).resolves.toBe(false);
  });

  test('a signer from an exported private JWK signs for the same public key', async () => {
    const pair = await generateSigningKeyPair(true);
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const fromJwk = await signerFromJwk(jwk);
    const fromPair = await signerFromKeyPair(pair);
    expect(fromJwk.publicKey).toEqual(fromPair.publicKey);
    const data = Uint8Array.of(1, 2, 3);
    await expect(verifySignature(fromPair.publicKey, await fromJwk.sign(data), data)).resolves.toBe(true);
  });

  test('the fingerprint is the first four bytes of SHA-256 of the compressed key, as XXXX-XXXX, and differs between keys', async () => {
    const a = (await signerFromKeyPair(await generateSigningKeyPair())).publicKey;
    const b = (await signerFromKeyPair(await generateSigningKeyPair())).publicKey;
    const fa = await keyFingerprint(a);
    const hex = createHash('sha256').update(a).digest('hex').slice(0, 8).toUpperCase();
    expect(fa).toBe(`${hex.slice(0, 4)}-${hex.slice(4)}`);
    await expect(keyFingerprint(b)).resolves.not.toBe(fa);
  });
});
