/**
 * A minimal PNG writer (PNG specification, ISO/IEC 15948 / W3C PNG 3rd edition) for drawing printed images:
 * a 1-bit palette image stored without compression (zlib "stored" blocks, RFC 1950 / RFC 1951 §3.2.4), so it
 * needs no deflate implementation and runs the same in Node and the browser. Output is about one byte per
 * eight dots, which keeps a rendered receipt proportional to the image it prints.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks use it (ISO 3309 polynomial, PNG spec annex D). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC of type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The 8-byte PNG signature. */
export const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A zlib stream of `data` in stored (uncompressed) deflate blocks of at most 65 535 bytes. */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 0xffff));
  const out = new Uint8Array(2 + data.length + 5 * blocks + 4);
  out.set([0x78, 0x01]); // CM 8 (deflate), 32 K window, no dictionary, FCHECK so the pair is a multiple of 31
  let at = 2;
  for (let b = 0; b < blocks; b++) {
    const part = data.subarray(b * 0xffff, (b + 1) * 0xffff);
    const n = part.length;
    out.set([b === blocks - 1 ? 1 : 0, n & 0xff, n >> 8, ~n & 0xff, (~n >> 8) & 0xff], at);
    out.set(part, at + 5);
    at += 5 + n;
  }
  let a = 1;
  let s = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    s = (s + a) % 65521;
  }
  new DataView(out.buffer).setUint32(at, ((s << 16) | a) >>> 0); // Adler-32, RFC 1950 §8.2
  return out;
}

/**
 * A 1-bit PNG of `width` × `height` dots from row-major bits (`rowBytes` per row, MSB leftmost, 1 = black):
 * colour type 3 with a two-entry palette (0 white, 1 black), so the printer's bits go in unchanged.
 */
export function bitmapPng(bits: Uint8Array, rowBytes: number, width: number, height: number): Uint8Array {
  const lineBytes = Math.ceil(width / 8);
  const raw = new Uint8Array((lineBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 0 (None) opens each scanline; then the row's first `lineBytes` bytes.
    raw.set(bits.subarray(y * rowBytes, y * rowBytes + lineBytes), y * (lineBytes + 1) + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([1, 3, 0, 0, 0], 8); // bit depth 1, colour type 3 (palette), deflate, filter method 0, no interlace
  const parts = [
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('PLTE', Uint8Array.from([255, 255, 255, 0, 0, 0])),
    pngChunk('IDAT', zlibStored(raw)),
    pngChunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A `data:` URL of PNG bytes (btoa exists in browsers and in Node 16+). */
export function pngDataUrl(png: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < png.length; i += 0x8000) {
    binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  }
  return `data:image/png;base64,${btoa(binary)}`;
}
