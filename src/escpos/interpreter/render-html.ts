/**
 * Paper → an HTML fragment: text escaped, styles as classes (`b` bold, `u1`/`u2` underline, `inv` reverse,
 * `fb` font B, `w2`…`w8` / `h2`…`h8` magnification, `flip` upside down), alignment as a class on the line,
 * graphics as inline SVG (a dashed box saying why for a QR code the printer could not print). `PAPER_CSS` styles it; the fragment itself has no inline styles except sizes.
 */
import { escapeXml, imageSvg, qrDrawing, qrMissingText, qrRects, type RenderOptions } from './render-svg';
import type { Paper, PaperItem, TextStyle } from './paper';

/** A stylesheet for the classes `renderHtml` emits (the paper is `--dots` printer dots wide). */
export const PAPER_CSS = `.paper{font-family:monospace;background:#fff;color:#000;width:calc(var(--dots)*1px);padding:8px}
.paper .line{margin:0;white-space:pre;min-height:1.2em}.paper .center{text-align:center}.paper .right{text-align:right}
.paper .b{font-weight:bold}.paper .u1{text-decoration:underline}.paper .u2{text-decoration:underline 2px}
.paper .inv{background:#000;color:#fff}.paper .fb{font-size:75%}.paper .flip{display:inline-block;transform:rotate(180deg)}
.paper .w2{letter-spacing:.5em}.paper .h2{font-size:200%}.paper .cut{border:0;border-top:2px dashed #000}
.paper .cut.partial{border-top-style:dotted}.paper .bars{display:inline-block;width:60%;height:48px;background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 5px)}.paper figure{margin:4px 0}
.paper .qr-missing{border:2px dashed #000;padding:8px;white-space:normal}`;

/** Renders paper as an HTML fragment (`<div class="paper">…</div>`). */
export function renderHtml(paper: Paper, options: RenderOptions = {}): string {
  const body = paper.items.map((item) => itemHtml(item, paper.widthDots, options)).join('\n');
  return `<div class="paper" style="--dots:${paper.widthDots}">\n${body}\n</div>`;
}

/** The class list for a text style (empty for plain text). */
export function styleClasses(style: TextStyle): string[] {
  const classes: string[] = [];
  if (style.bold) classes.push('b');
  if (style.underline) classes.push(`u${style.underline}`);
  if (style.invert) classes.push('inv');
  if (style.font === 'b') classes.push('fb');
  if (style.width > 1) classes.push(`w${style.width}`);
  if (style.height > 1) classes.push(`h${style.height}`);
  if (style.upsideDown) classes.push('flip');
  return classes;
}

function itemHtml(item: PaperItem, paperDots: number, options: RenderOptions): string {
  const align = 'align' in item && item.align !== 'left' ? ` ${item.align}` : '';
  switch (item.kind) {
    case 'text': {
      const spans = item.spans.map((span) => {
        const classes = styleClasses(span.style);
        const text = escapeXml(span.text);
        return classes.length ? `<span class="${classes.join(' ')}">${text}</span>` : text;
      });
      return `<p class="line${align}">${spans.join('')}</p>`;
    }
    case 'feed':
      return `<div class="feed" style="height:${item.dots}px"></div>`;
    case 'cut':
      return `<hr class="cut${item.partial ? ' partial' : ''}">`;
    case 'image': {
      // Cut at the paper's width, like the printer's head.
      const w = Math.min(item.widthDots * item.scaleX, paperDots);
      const h = item.heightDots * item.scaleY;
      return `<figure class="image${align}"><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${imageSvg(item, 0, 0, w, options.rasters)}</svg></figure>`;
    }
    case 'qr': {
      const qr = qrDrawing(item, paperDots);
      if (!qr.ok) {
        return `<figure class="qr-missing" data-content="${escapeXml(item.data)}"><p class="line">${escapeXml(qrMissingText(qr.reason))}</p></figure>`;
      }
      const { modules, sizeDots } = qr;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${sizeDots}" height="${sizeDots}" viewBox="0 0 ${sizeDots} ${sizeDots}">${qrRects(modules, item.moduleDots, 0, 0)}</svg>`;
      return `<figure class="qr${align}" data-content="${escapeXml(item.data)}">${svg}</figure>`;
    }
    case 'barcode': {
      const hri = item.hri === 'none' ? '' : `<figcaption>${escapeXml(item.data)}</figcaption>`;
      const label = escapeXml(`${item.symbology} ${item.data}`);
      const bars = `<span class="bars" role="img" aria-label="${label}"></span>`;
      return `<figure class="barcode${align}" data-symbology="${item.symbology}" data-content="${escapeXml(item.data)}">${bars}${hri}</figure>`;
    }
  }
}
