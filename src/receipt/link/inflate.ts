/**
 * Raw DEFLATE decoding (RFC 1951) with a preset dictionary, small enough for the customer's viewer. Returns
 * `undefined` for any malformed stream instead of throwing. Output is capped, so a hostile link cannot make
 * the page allocate without bound.
 */

interface Huffman {
  counts: Uint16Array; // codes per length 0–15
  symbols: Uint16Array; // symbols ordered by code
}

class Malformed extends Error {}

// Length codes 257–285 and distance codes 0–29 (RFC 1951 §3.2.5): base values and extra bits.
const LENGTH_BASE: number[] = [];
const LENGTH_EXTRA: number[] = [];
const DIST_BASE: number[] = [];
const DIST_EXTRA: number[] = [];
for (let i = 0, base = 3; i < 28; i++) {
  const extra = i < 8 ? 0 : (i >> 2) - 1;
  LENGTH_BASE.push(base);
  LENGTH_EXTRA.push(extra);
  base += 1 << extra;
}
LENGTH_BASE.push(258);
LENGTH_EXTRA.push(0);
for (let i = 0, base = 1; i < 30; i++) {
  const extra = i < 4 ? 0 : (i >> 1) - 1;
  DIST_BASE.push(base);
  DIST_EXTRA.push(extra);
  base += 1 << extra;
}
// Order in which code-length code lengths are sent (RFC 1951 §3.2.7).
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function huffman(lengths: ArrayLike<number>): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]!]!++;
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 16; len++) offsets[len] = offsets[len - 1]! + counts[len - 1]!;
  const symbols = new Uint16Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) if (lengths[i]) symbols[offsets[lengths[i]!]!++] = i;
  return { counts, symbols };
}

// Fixed codes (RFC 1951 §3.2.6).
const FIXED_LIT = huffman(
  Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)),
);
const FIXED_DIST = huffman(new Array<number>(30).fill(5));

class Reader {
  private bit = 0;
  constructor(private readonly data: Uint8Array) {}

  bits(n: number): number {
    let value = 0;
    for (let i = 0; i < n; i++, this.bit++) {
      const byte = this.data[this.bit >> 3];
      if (byte === undefined) throw new Malformed();
      value |= ((byte >> (this.bit & 7)) & 1) << i;
    }
    return value;
  }

  alignedBytes(n: number): Uint8Array {
    this.bit = (this.bit + 7) & ~7;
    const start = this.bit >> 3;
    if (start + n > this.data.length) throw new Malformed();
    this.bit += n * 8;
    return this.data.subarray(start, start + n);
  }

  symbol(h: Huffman): number {
    // Canonical codes are read MSB-first one bit at a time (the "tinf" walk).
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1);
      const count = h.counts[len]!;
      if (code - first < count) return h.symbols[index + code - first]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Malformed();
  }
}

function dynamicTables(r: Reader): [Huffman, Huffman] {
  const hlit = r.bits(5) + 257;
  const hdist = r.bits(5) + 1;
  const hclen = r.bits(4) + 4;
  const clen = new Uint8Array(19);
  for (let i = 0; i < hclen; i++) clen[CLEN_ORDER[i]!] = r.bits(3);
  const codeLengths = huffman(clen);
  const lengths = new Uint8Array(hlit + hdist);
  for (let i = 0; i < lengths.length;) {
    const sym = r.symbol(codeLengths);
    if (sym < 16) {
      lengths[i++] = sym;
      continue;
    }
    const [fill, repeat] =
      sym === 16
        ? [i > 0 ? lengths[i - 1]! : -1, 3 + r.bits(2)]
        : sym === 17
          ? [0, 3 + r.bits(3)]
          : [0, 11 + r.bits(7)];
    if (fill < 0 || i + repeat > lengths.length) throw new Malformed();
    lengths.fill(fill, i, i + repeat);
    i += repeat;
  }
  return [huffman(lengths.subarray(0, hlit)), huffman(lengths.subarray(hlit))];
}

/** Inflates raw DEFLATE `data` whose window starts with `dictionary`; undefined when malformed or over `limit`. */
export function inflateRaw(
  data: Uint8Array,
  dictionary: Uint8Array,
  limit = 1 << 20,
): Uint8Array | undefined {
  let out = new Uint8Array(dictionary.length + 4 * data.length + 64);
  out.set(dictionary);
  let size = dictionary.length;
  const ensure = (more: number) => {
    if (size + more - dictionary.length > limit) throw new Malformed();
    if (size + more <= out.length) return;
    const grown = new Uint8Array(Math.max(out.length * 2, size + more));
    grown.set(out);
    out = grown;
  };
  try {
    const r = new Reader(data);
    let last = 0;
    while (!last) {
      last = r.bits(1);
      const type = r.bits(2);
      if (type === 0) {
        const head = r.alignedBytes(4);
        const len = head[0]! | (head[1]! << 8);
        if ((len ^ (head[2]! | (head[3]! << 8))) !== 0xffff) throw new Malformed();
        ensure(len);
        out.set(r.alignedBytes(len), size);
        size += len;
        continue;
      }
      if (type === 3) throw new Malformed();
      const [lit, dist] = type === 1 ? [FIXED_LIT, FIXED_DIST] : dynamicTables(r);
      for (;;) {
        const sym = r.symbol(lit);
        if (sym === 256) break;
        if (sym < 256) {
          ensure(1);
          out[size++] = sym;
          continue;
        }
        const l = sym - 257;
        if (l >= 29) throw new Malformed();
        const length = LENGTH_BASE[l]! + r.bits(LENGTH_EXTRA[l]!);
        const d = r.symbol(dist);
        if (d >= 30) throw new Malformed();
        const distance = DIST_BASE[d]! + r.bits(DIST_EXTRA[d]!);
        if (distance > size) throw new Malformed();
        ensure(length);
        for (let i = 0; i < length; i++, size++) out[size] = out[size - distance]!;
      }
    }
  } catch (error) {
    if (error instanceof Malformed) return undefined;
    throw error;
  }
  return out.slice(dictionary.length, size);
}
