/** "Save as image": the receipt's paper layout drawn on a canvas and downloaded as PNG, no network. */
import type { LayoutBlock, ReceiptLayout } from '../receipt/layout';

const FONT_PX = 22;
const LINE = 1.45;
const PAD = 24;
const FONT_FAMILY = 'ui-monospace, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace';

function lineHeight(block: LayoutBlock): number {
  const size = block.kind === 'text' || block.kind === 'row' ? block.size : 1;
  return (block.kind === 'rule' ? 0.8 : LINE * size) * FONT_PX;
}

/** Draws the layout onto a new canvas, one paper line after another. */
export function drawLayout(layout: ReceiptLayout): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  ctx.font = `${FONT_PX}px ${FONT_FAMILY}`;
  const inner = Math.ceil(ctx.measureText('0').width * layout.columns);
  const blocks = layout.blocks.filter((b) => b.kind !== 'cut' && b.kind !== 'qr');
  canvas.width = inner + 2 * PAD;
  canvas.height = Math.ceil(blocks.reduce((h, b) => h + lineHeight(b), 0) + 2 * PAD);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111';
  ctx.strokeStyle = '#555';
  ctx.textBaseline = 'top';
  let y = PAD;
  for (const block of blocks) {
    const height = lineHeight(block);
    if (block.kind === 'rule') {
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(PAD, y + height / 2);
      ctx.lineTo(PAD + inner, y + height / 2);
      ctx.stroke();
    } else if (block.kind === 'text' || block.kind === 'row') {
      ctx.font = `${block.bold ? 'bold ' : ''}${FONT_PX * block.size}px ${FONT_FAMILY}`;
      if (block.kind === 'row') {
        ctx.textAlign = 'left';
        ctx.fillText(block.left, PAD, y);
        ctx.textAlign = 'right';
        ctx.fillText(block.right, PAD + inner, y);
      } else {
        ctx.textAlign = block.align;
        const x = block.align === 'left' ? PAD : block.align === 'right' ? PAD + inner : PAD + inner / 2;
        ctx.fillText(block.text, x, y);
      }
    }
    y += height;
  }
  return canvas;
}

/** Renders the layout to PNG and starts a download named after the receipt. */
export function saveLayoutAsPng(layout: ReceiptLayout, fileName: string): void {
  drawLayout(layout).toBlob((blob) => {
    if (!blob) {
      console.warn('receipt image could not be encoded');
      return;
    }
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    // The download has its own reference; release ours once the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, 'image/png');
}
