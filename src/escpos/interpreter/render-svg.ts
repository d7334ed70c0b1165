/**
 * Paper → SVG, one user unit per printer dot: text at its printed width (`textLength`), images cut at the
 * paper's edge (as runs of dots, or as 1-bit PNGs: `RasterDrawing`), QR codes redrawn from their data with `uqr` (so a phone can scan the picture) or a
 * labelled box when the printer could not print them, barcodes as a labelled box that keeps their data, cuts
 * as dashed lines.
 */
import { encode as encodeQr } from 'uqr';
import { bitmapPng, pngDataUrl } from './png';
import {
  DEFAULT_LINE_SPACING,
  type Align,
  type ImageItem,
  type Paper,
  type QrItem,
  type TextLine,
} from './paper';

const CHAR_HEIGHT = { a: 24, b: 17 } as const; // font A 12×24, font B 9×17 (Epson TM-T20 specification)

/** XML-escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * How a renderer draws raster images. `png`: one `<image>` of a 1-bit PNG data URL, about one byte per eight
 * dots whatever the picture (a dot-per-rect drawing of a 216 KB raster ran to 38 MB); a page whose content
 * security policy allows images only from its own origin blocks it. `vector` (the default): one `<path>` of
 * the horizontal runs of dots, rows that repeat unchanged merged into one taller run, which any policy allows;
 * QR codes and logos stay small, only noise-like pictures grow.
 */
export type RasterDrawing = 'png' | 'vector';

/** Options of the SVG and HTML renderers. */
export interface RenderOptions {
  rasters?: RasterDrawing;
}

/** An image at (x, y), cut at the right edge of the paper as the head cannot print past it. */
export function imageSvg(
  image: ImageItem,
  x: number,
  y: number,
  paperDots: number,
  rasters: RasterDrawing = 'vector',
): string {
  const columns = Math.min(image.widthDots, Math.ceil(Math.max(0, paperDots - x) / image.scaleX));
  if (columns === 0 || image.heightDots === 0) return '';
  if (rasters === 'vector') return imagePath(image, x, y, columns, paperDots);
  const rowBytes = Math.ceil(image.widthDots / 8);
  const png = bitmapPng(image.bits, rowBytes, columns, image.heightDots);
  const width = Math.min(columns * image.scaleX, paperDots - x);
  const height = image.heightDots * image.scaleY;
  // A presentation attribute, not a style attribute: a policy without 'unsafe-inline' ignores the latter.
  return (
    `<image x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="none" ` +
    `image-rendering="pixelated" href="${pngDataUrl(png)}"/>`
  );
}

/** The image's first `columns` dots as one path of runs; a row equal to the one above extends its runs down. */
function imagePath(image: ImageItem, x: number, y: number, columns: number, paperDots: number): string {
  const rowBytes = Math.ceil(image.widthDots / 8);
  const usedBytes = Math.ceil(columns / 8);
  const { bits, scaleX, scaleY } = image;
  const dark = (row: number, col: number): boolean =>
    ((bits[row * rowBytes + (col >> 3)] ?? 0) & (0x80 >> (col & 7))) !== 0;
  const sameRow = (a: number, b: number): boolean => {
    for (let i = 0; i < usedBytes; i++) if (bits[a * rowBytes + i] !== bits[b * rowBytes + i]) return false;
    return true;
  };
  const parts: string[] = [];
  for (let row = 0; row < image.heightDots;) {
    let next = row + 1;
    while (next < image.heightDots && sameRow(row, next)) next++;
    const height = (next - row) * scaleY;
    for (let col = 0; col < columns; col++) {
      if (!dark(row, col)) continue;
      const start = col;
      while (col + 1 < columns && dark(row, col + 1)) col++;
      const left = x + start * scaleX;
      const width = Math.min((col + 1 - start) * scaleX, paperDots - left);
      parts.push(`M${left} ${y + row * scaleY}h${width}v${height}h-${width}z`);
    }
    row = next;
  }
  return parts.length > 0 ? `<path d="${parts.join('')}"/>` : '';
}

/** A QR item's modules and printed size, or why the printer could not print it. */
export type QrDrawing = { ok: true; modules: boolean[][]; sizeDots: number } | { ok: false; reason: string };

/**
 * The module matrix of a QR item (re-encoded from its bytes). A printer prints nothing for data too long for
 * any symbol or for a symbol wider than the print area (Epson ESC/POS reference, GS ( k function 181 notes).
 */
export function qrDrawing(item: QrItem, paperDots: number): QrDrawing {
  let modules: boolean[][];
  try {
    modules = encodeQr([...item.bytes], { ecc: item.ecc, border: 0 }).data;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      ok: false,
      reason: `${item.bytes.length} bytes is too much data for a level ${item.ecc} QR code`,
    };
  }
  const sizeDots = modules.length * item.moduleDots;
  if (sizeDots > paperDots) {
    return {
      ok: false,
      reason: `${modules.length} modules of ${item.moduleDots} dots are wider than the paper`,
    };
  }
  return { ok: true, modules, sizeDots };
}

/** The sentence a placeholder shows for a QR code that did not print. */
export function qrMissingText(reason: string): string {
  return `QR code not printable: ${reason}`;
}

/** Black rectangles drawing a QR item's modules at (x, y), one per horizontal run of dark modules. */
export function qrRects(modules: boolean[][], moduleDots: number, x: number, y: number): string {
  const parts: string[] = [];
  modules.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      const start = c;
      while (c + 1 < row.length && row[c + 1]) c++;
      const width = (c - start + 1) * moduleDots;
      parts.push(
        `<rect x="${x + start * moduleDots}" y="${y + r * moduleDots}" width="${width}" height="${moduleDots}"/>`,
      );
    }
  });
  return parts.join('');
}

/** Left edge of something `width` wide placed with `align` in an area starting at `start`, `area` wide. */
export function placeX(align: Align, start: number, area: number, width: number): number {
  const free = Math.max(0, area - width);
  return start + (align === 'center' ? Math.floor(free / 2) : align === 'right' ? free : 0);
}

/** Renders paper as a standalone SVG document. */
export function renderSvg(paper: Paper, options: RenderOptions = {}): string {
  const width = paper.widthDots;
  const body: string[] = [];
  let y = 0;
  for (const item of paper.items) {
    switch (item.kind) {
      case 'text': {
        const height = lineHeight(item);
        body.push(textLineSvg(item, y, height));
        y += Math.max(item.feedDots, height);
        break;
      }
      case 'feed':
        y += item.dots;
        break;
      case 'cut':
        body.push(
          `<line class="cut" x1="0" y1="${y + 4}" x2="${width}" y2="${y + 4}" stroke="#000" stroke-dasharray="${item.partial ? '2 6' : '8 4'}"/>`,
        );
        y += 8;
        break;
      case 'image': {
        const x = placeX(item.align, 0, width, item.widthDots * item.scaleX);
        body.push(`<g class="image">${imageSvg(item, x, y, width, options.rasters)}</g>`);
        y += item.heightDots * item.scaleY;
        break;
      }
      case 'qr': {
        const qr = qrDrawing(item, width);
        if (!qr.ok) {
          body.push(missingQrSvg(item, qr.reason, y, width));
          y += MISSING_QR_HEIGHT + 8;
          break;
        }
        const x = placeX(item.align, 0, width, qr.sizeDots);
        body.push(
          `<g class="qr" data-content="${escapeXml(item.data)}">${qrRects(qr.modules, item.moduleDots, x, y)}</g>`,
        );
        y += qr.sizeDots + 8;
        break;
      }
      case 'barcode': {
        const boxWidth = Math.min(width, Math.max(80, item.data.length * 11 * item.moduleDots));
        const x = placeX(item.align, 0, width, boxWidth);
        const label = `${item.symbology} ${item.data}`;
        body.push(
          `<g class="barcode" data-symbology="${item.symbology}" data-content="${escapeXml(item.data)}">` +
            `<rect x="${x}" y="${y}" width="${boxWidth}" height="${item.heightDots}" fill="none" stroke="#000" stroke-width="2"/>` +
            `<text x="${x + boxWidth / 2}" y="${y + item.heightDots / 2 + 8}" font-size="20" text-anchor="middle">${escapeXml(label)}</text></g>`,
        );
        y += item.heightDots + 8;
        break;
      }
    }
  }
  const height = Math.max(y, 1);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="monospace">` +
    `<rect width="${width}" height="${height}" fill="#fff"/>${body.join('')}</svg>`
  );
}

const MISSING_QR_HEIGHT = 48;

/** A dashed box across the paper saying why the QR code is not there. */
function missingQrSvg(item: QrItem, reason: string, y: number, width: number): string {
  const text = qrMissingText(reason);
  // About 0.6 em per monospace character; squeezed to the box when the sentence is longer than the paper.
  const fit = Math.min(width - 12, Math.round(text.length * 16 * 0.6));
  return (
    `<g class="qr-missing" data-content="${escapeXml(item.data)}">` +
    `<rect x="2" y="${y + 2}" width="${width - 4}" height="${MISSING_QR_HEIGHT - 4}" fill="none" stroke="#000" stroke-width="2" stroke-dasharray="6 4"/>` +
    `<text x="6" y="${y + MISSING_QR_HEIGHT / 2 + 6}" font-size="16" textLength="${fit}" lengthAdjust="spacingAndGlyphs">${escapeXml(text)}</text></g>`
  );
}

function lineHeight(line: TextLine): number {
  return Math.max(DEFAULT_LINE_SPACING, ...line.spans.map((s) => CHAR_HEIGHT[s.style.font] * s.style.height));
}

function textLineSvg(line: TextLine, y: number, height: number): string {
  let x = placeX(line.align, line.marginDots, line.areaDots, line.widthDots);
  const parts: string[] = [];
  for (const span of line.spans) {
    const size = CHAR_HEIGHT[span.style.font] * span.style.height;
    const baseline = y + height - Math.round(size * 0.2);
    if (span.style.invert)
      parts.push(`<rect x="${x}" y="${y + height - size}" width="${span.widthDots}" height="${size}"/>`);
    const attrs = [
      `x="${x}"`,
      `y="${baseline}"`,
      `font-size="${size}"`,
      `textLength="${span.widthDots}"`,
      'lengthAdjust="spacingAndGlyphs"',
      span.style.bold ? 'font-weight="bold"' : '',
      span.style.underline ? `text-decoration="underline"` : '',
      span.style.invert ? 'fill="#fff"' : '',
    ].filter(Boolean);
    if (span.text.trim())
      parts.push(`<text xml:space="preserve" ${attrs.join(' ')}>${escapeXml(span.text)}</text>`);
    x += span.widthDots;
  }
  return parts.join('');
}
