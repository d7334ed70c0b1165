// Renderers: what a person sees in the HTML and SVG of interpreted bytes (hand-written from the Epson reference).
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

  test('raster images are drawn dot for dot at their alignment', () => {
    const job = Uint8Array.from([ESC, 0x61, 2, GS, 0x76, 0x30, 0, 1, 0, 2, 0, 0xf0, 0x0f]);
    const svg = renderSvg(interpret(job, { widthDots: 384 }).paper);
    // Right-aligned on 384 dots: the 8-dot image starts at x = 376.
    expect(svg).toContain(
      '<rect x="376" y="0" width="4" height="1"/><rect x="380" y="1" width="4" height="1"/>',
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
