// Renderers: what a person sees in the HTML and SVG of interpreted bytes (hand-written from the Epson reference).
import { crc32, inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { interpret, renderHtml, renderSvg } from '../../src/escpos/interpreter';

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Paints every `<rect x y width height/>` without a fill attribute black on a white canvas, at `scale` pixels per dot. */
function rasterize(svg: string, scale = 2): { rgba: Uint8ClampedArray; width: number; height: number } {
  const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
  const width = Number(w) * scale;
  const height = Number(h) * scale;
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const m of svg.matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"\/>/g)) {
    const [x, y, rw, rh] = m.slice(1).map((v) => Number(v) * scale) as [number, number, number, number];
    for (let py = y; py < y + rh; py++) {
      for (let px = x; px < x + rw; px++) {
        const at = (py * width + px) * 4;
        rgba[at] = rgba[at + 1] = rgba[at + 2] = 0;
      }
    }
  }
  return { rgba, width, height };
}

/** The dots of a 1-bit palette PNG (as the renderer writes it), one string per row: `#` dark, `.` light. */
function pngDots(base64: string): string[] {
  const png = Buffer.from(base64, 'base64');
  let at = 8;
  let width = 0;
  let height = 0;
  let palette: Buffer = Buffer.alloc(0);
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    // Decoders reject a chunk whose CRC does not match (PNG spec §5.3); checked with zlib's own CRC-32.
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(
      crc32(png.subarray(at + 4, at + 8 + length)),
    );
    if (type === 'IHDR') {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      expect([...data.subarray(8, 10)]).toEqual([1, 3]); // 1 bit per pixel, palette
    }
    if (type === 'PLTE') palette = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rowBytes = Math.ceil(width / 8);
  return Array.from({ length: height }, (_, y) =>
    Array.from({ length: width }, (_, x) => {
      const index = (raw[y * (rowBytes + 1) + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1;
      return palette[index * 3] === 0 ? '#' : '.';
    }).join(''),
  );
}

describe('SVG', () => {
  test('a QR code printed with GS ( k is drawn so that a scanner reads its data back', () => {
    const data = 'https://r.example/#1ABCdef-98765';
    const job = Uint8Array.from([
      ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, 4], // module size 4
      ...[GS, 0x28, 0x6b, data.length + 3, 0, 0x31, 0x50, 0x30, ...ascii(data)],
      ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30],
    ]);
    const svg = renderSvg(interpret(job, { widthDots: 384 }).paper);
    const { rgba, width, height } = rasterize(svg);
    expect(jsQR(rgba, width, height)?.data).toBe(data);
  });

  test('raster images are drawn dot for dot at their alignment, rows that repeat as one taller run', () => {
    // 8 dots wide, 3 rows: ####...., ####...., ....####.
    const job = Uint8Array.from([ESC, 0x61, 2, GS, 0x76, 0x30, 0, 1, 0, 3, 0, 0xf0, 0xf0, 0x0f]);
    const svg = renderSvg(interpret(job, { widthDots: 384 }).paper);
    // Right-aligned on 384 dots: the image starts at x = 376.
    expect(svg).toContain('<g class="image"><path d="M376 0h4v2h-4zM380 2h4v1h-4z"/></g>');
  });

  test('an image wider than the paper is cut at the paper edge', () => {
    // GS v 0, 4 bytes (32 dots) wide, one row, on 16-dot paper: only the first 16 dots can print.
    const job = Uint8Array.from([GS, 0x76, 0x30, 0, 4, 0, 1, 0, 0xff, 0x0f, 0xff, 0xff]);
    const paper = interpret(job, { widthDots: 16 }).paper;
    expect(renderSvg(paper)).toContain('<path d="M0 0h8v1h-8zM12 0h4v1h-4z"/>');
    const [, width, data] = /<image [^>]*width="(\d+)"[^>]*base64,([^"]+)"/.exec(
      renderSvg(paper, { rasters: 'png' }),
    )!;
    expect(Number(width)).toBe(16);
    expect(pngDots(data!)).toEqual(['########....####']);
  });

  test('with rasters: png an image is one 1-bit PNG, dot for dot', () => {
    const job = Uint8Array.from([ESC, 0x61, 2, GS, 0x76, 0x30, 0, 1, 0, 2, 0, 0xf0, 0x0f]);
    const svg = renderSvg(interpret(job, { widthDots: 384 }).paper, { rasters: 'png' });
    const images = [
      ...svg.matchAll(
        /<image x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"[^>]*href="data:image\/png;base64,([^"]+)"/g,
      ),
    ];
    expect(images.map((m) => m.slice(1, 5).map(Number))).toEqual([[376, 0, 8, 2]]);
    expect(pngDots(images[0]![5]!)).toEqual(['####....', '....####']);
    // No style attribute: a content security policy without 'unsafe-inline' would drop it.
    expect(svg).not.toContain('style=');
  });

  test('a QR code too long for any symbol is a labelled box, and what follows still prints', () => {
    const data = new Uint8Array(3000).fill(0x61);
    const job = Uint8Array.from([
      ...[GS, 0x28, 0x6b, (data.length + 3) & 0xff, (data.length + 3) >> 8, 0x31, 0x50, 0x30, ...data],
      ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30],
      ...ascii('next'),
      LF,
    ]);
    const svg = renderSvg(interpret(job, { widthDots: 384 }).paper);
    expect(svg).toContain('>QR code not printable: 3000 bytes is too much data for a level L QR code</text>');
    expect(svg).toContain('>next</text>');
    const html = renderHtml(interpret(job, { widthDots: 384 }).paper);
    expect(html).toContain(
      '<p class="line">QR code not printable: 3000 bytes is too much data for a level L QR code</p>',
    );
  });

  test('a QR code wider than the paper is a labelled box', () => {
    const data = ascii('https://r.example/#1ABC');
    const job = Uint8Array.from([
      ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, 16], // 16-dot modules: a 25-module symbol is 400 dots
      ...[GS, 0x28, 0x6b, data.length + 3, 0, 0x31, 0x50, 0x30, ...data],
      ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30],
    ]);
    expect(renderSvg(interpret(job, { widthDots: 384 }).paper)).toContain(
      'QR code not printable: 25 modules of 16 dots are wider than the paper',
    );
  });

  test('text is placed at its printed width, escaped, with bold as a font weight', () => {
    const job = Uint8Array.from([ESC, 0x61, 1, ESC, 0x45, 1, ...ascii('A<B&C'), LF]);
    const svg = renderSvg(interpret(job, { widthDots: 384 }).paper);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="384" height="30"/);
    expect(svg).toContain(
      'x="162" y="25" font-size="24" textLength="60" lengthAdjust="spacingAndGlyphs" font-weight="bold">A&#60;B&#38;C</text>',
    );
  });
});

describe('HTML', () => {
  test('styles become classes, alignment a line class, and text is escaped', () => {
    const job = Uint8Array.from([
      ESC,
      0x61,
      1,
      GS,
      0x21,
      0x11,
      ...ascii('<Shop>'),
      GS,
      0x21,
      0,
      LF,
      ESC,
      0x61,
      0,
      ESC,
      0x2d,
      1,
      ...ascii('a&b'),
      LF,
    ]);
    const html = renderHtml(interpret(job, { widthDots: 576 }).paper);
    expect(html).toBe(
      '<div class="paper" style="--dots:576">\n' +
        '<p class="line center"><span class="w2 h2">&#60;Shop&#62;</span></p>\n' +
        '<p class="line"><span class="u1">a&#38;b</span></p>\n' +
        '</div>',
    );
  });

  test('barcodes keep their data, cuts become rules', () => {
    const job = Uint8Array.from([GS, 0x48, 2, GS, 0x6b, 69, 3, ...ascii('A1B'), GS, 0x56, 1]);
    const html = renderHtml(interpret(job).paper);
    expect(html).toContain('<figure class="barcode" data-symbology="CODE39" data-content="A1B">');
    expect(html).toContain('<figcaption>A1B</figcaption>');
    expect(html).toContain('<hr class="cut partial">');
  });
});
