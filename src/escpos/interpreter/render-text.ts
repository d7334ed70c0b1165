/**
 * Paper → plain text: one printed line per line, alignment shown as leading spaces in font-A columns of
 * the paper (32 on 58 mm, 48 on 80 mm), graphics as bracketed markers that keep what they encode (or say why
 * a QR code could not print), and a cut as a marked line.
 */
import { DEFAULT_LINE_SPACING, FONT_A_DOTS, lineText, type Align, type Paper, type PaperItem } from './paper';
import { qrDrawing, qrMissingText } from './render-svg';

/** The line a full cut renders as. */
export const CUT_LINE = '-------- cut --------';
/** The line a partial cut renders as. */
export const PARTIAL_CUT_LINE = '-------- partial cut --------';

/** Dots → whole font-A columns, as the plain text counts them. */
export function paperColumns(dots: number): number {
  return Math.floor(dots / FONT_A_DOTS);
}

/** Renders paper as plain text lines joined with `\n` (no trailing newline). */
export function renderText(paper: Paper): string {
  return textLines(paper).join('\n');
}

/** The plain-text lines of a paper, one per printed line. */
export function textLines(paper: Paper): string[] {
  const out: string[] = [];
  for (const item of paper.items) out.push(...itemLines(item, paper.widthDots));
  return out;
}

function itemLines(item: PaperItem, paperDots: number): string[] {
  switch (item.kind) {
    case 'text': {
      const text = lineText(item).trimEnd();
      const start = item.marginDots + offset(item.align, item.areaDots, item.widthDots);
      // A feed longer than one line (ESC J n) leaves blank paper below the text.
      const extra = Math.max(0, Math.floor(item.feedDots / DEFAULT_LINE_SPACING) - 1);
      const first = text ? ' '.repeat(Math.floor(start / FONT_A_DOTS)) + text : '';
      return [first, ...Array<string>(extra).fill('')];
    }
    case 'feed':
      return Array<string>(Math.floor(item.dots / DEFAULT_LINE_SPACING)).fill('');
    case 'cut':
      return [item.partial ? PARTIAL_CUT_LINE : CUT_LINE];
    case 'image':
      return [
        placed(
          `[image ${item.widthDots * item.scaleX}x${item.heightDots * item.scaleY}]`,
          item.align,
          paperDots,
        ),
      ];
    case 'barcode': {
      const lines = [placed(`[${item.symbology} ${item.data}]`, item.align, paperDots)];
      if (item.hri === 'above' || item.hri === 'both')
        lines.unshift(placed(item.data, item.align, paperDots));
      if (item.hri === 'below' || item.hri === 'both') lines.push(placed(item.data, item.align, paperDots));
      return lines;
    }
    case 'qr': {
      // Like the printer, which prints nothing for a symbol it cannot make or fit (GS ( k function 181 notes).
      const qr = qrDrawing(item, paperDots);
      return [placed(qr.ok ? `[QR ${item.data}]` : `[${qrMissingText(qr.reason)}]`, item.align, paperDots)];
    }
  }
}

function offset(align: Align, areaDots: number, widthDots: number): number {
  const free = Math.max(0, areaDots - widthDots);
  return align === 'center' ? free / 2 : align === 'right' ? free : 0;
}

function placed(text: string, align: Align, paperDots: number): string {
  const columns = paperColumns(paperDots);
  const free = Math.max(0, columns - text.length);
  const pad = align === 'center' ? Math.floor(free / 2) : align === 'right' ? free : 0;
  return ' '.repeat(pad) + text;
}
