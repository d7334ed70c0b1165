import { describe, expect, test } from 'vitest';
import { deflateSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { inflateRaw } from '../../src/receipt/link/inflate';
import { LINK_DICTIONARY } from '../../src/receipt/link/dictionary';

const text = new TextEncoder().encode(
  '谢谢惠顾，欢迎再次光临！ Thank you for shopping with us! '.repeat(40) + 'Espresso 2 × 1.80',
);

function noise(n: number, seed: number): Uint8Array {
  let s = seed;
  return Uint8Array.from({ length: n }, () => ((s = (s * 1103515245 + 12345) >>> 0), s >>> 24));
}

describe('raw inflate with a preset dictionary', () => {
  test.each([0, 1, 6, 9])('reads fflate level %i output, with and without the dictionary', (level) => {
    for (const data of [text, noise(3000, level + 1), new Uint8Array(0), Uint8Array.of(7)]) {
      const lvl = level as 0 | 1 | 6 | 9;
      expect(inflateRaw(deflateSync(data, { level: lvl }), new Uint8Array(0))).toEqual(data);
      expect(
        inflateRaw(deflateSync(data, { level: lvl, dictionary: LINK_DICTIONARY }), LINK_DICTIONARY),
      ).toEqual(data);
    }
  });

  test('reads zlib (node) raw deflate streams with a dictionary and fixed-Huffman blocks', () => {
    for (const strategy of [0, 4]) {
      const z = deflateRawSync(text, { dictionary: LINK_DICTIONARY, strategy });
      expect(inflateRaw(z, LINK_DICTIONARY)).toEqual(text);
    }
  });

  test('truncated, garbage, wrong-dictionary and over-limit streams give undefined, never an exception', () => {
    const good = deflateSync(text, { dictionary: LINK_DICTIONARY });
    expect(inflateRaw(good.subarray(0, good.length - 3), LINK_DICTIONARY)).toBeUndefined();
    expect(inflateRaw(Uint8Array.of(0xff, 0xff, 0xff), LINK_DICTIONARY)).toBeUndefined();
    expect(inflateRaw(good, LINK_DICTIONARY, 100)).toBeUndefined();
    const wrong = inflateRaw(good, new Uint8Array(0));
    expect(wrong === undefined || wrong.length !== text.length || !wrong.every((b, i) => b === text[i])).toBe(
      true,
    );
    for (let seed = 1; seed < 300; seed++)
      expect(() => inflateRaw(noise(64, seed), LINK_DICTIONARY)).not.toThrow();
  });
});
