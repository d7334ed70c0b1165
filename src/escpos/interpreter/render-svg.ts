/**
 * Paper → SVG, one user unit per printer dot: text at its printed width (`textLength`), images dot for dot,
 * QR codes redrawn from their data with `uqr` (so a phone can scan the picture), barcodes as a labelled box
 * that keeps their data, cuts as dashed lines.
 */
import { encode as encodeQr } from 'uqr';
import { dotAt } from './graphics';
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

/** Black rectangles (one per horizontal run of dots) drawing an image at (x, y). */
export function imageRects(image: ImageItem, x: number, y: number): string {
  const parts: string[] = [];
  for (let row = 0; row < image.heightDots; row++) {
    let col = 0;
    while (col < image.widthDots) {
      if (!dotAt(image, col, row)) {
        col++;
        continue;
      }
      const start = col;
      while (col < image.widthDots && dotAt(image, col, row)) col++;
      const sx = image.scaleX;
      const sy = image.scaleY;
      parts.push(
        `<rect x="${x + start * sx}" y="${y + row * sy}" width="${(col - start) * sx}" height="${sy}"/>`,
      );
    }
  }
  return parts.join('');
}

/** The module matrix of a QR item (re-encoded from its bytes) and its printed size in dots. */
export function qrMatrix(item: QrItem): { modules: boolean[][]; sizeDots: number } {
  const modules = encodeQr([...item.bytes], { ecc: item.ecc, border: 0 }).data;
  return { modules, sizeDots: modules.length * item.moduleDots };
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
export function renderSvg(paper: Paper): string {
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
        body.push(`<g class="image">${imageRects(item, x, y)}</g>`);
        y += item.heightDots * item.scaleY;
        break;
      }
      case 'qr': {
        const { modules, sizeDots } = qrMatrix(item);
        const x = placeX(item.align, 0, width, sizeDots);
        body.push(
          `<g class="qr" data-content="${escapeXml(item.data)}">${qrRects(modules, item.moduleDots, x, y)}</g>`,
        );
        y += sizeDots + 8;
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
