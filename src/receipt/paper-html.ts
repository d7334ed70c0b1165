/**
 * A receipt's paper layout → HTML, so the e-receipt shows the same lines as the paper one. Every piece of
 * receipt text is escaped; the only markup is ours. Styles are in `receipt.css` (monospace, paper width in
 * `ch`), shared by the customer's viewer and the merchant's screens.
 */
import type { LayoutBlock, ReceiptLayout } from './layout';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Options of `layoutToHtml`. */
export interface HtmlOptions {
  /** Trusted SVG markup for a `qr` block (e.g. from receipt/qr.ts); without it the block is left out. */
  qrSvg?: (data: string) => string;
}

function classes(role: string, bold: boolean, size: number, align?: string): string {
  return ['rr-line', `rr-${role}`, bold ? 'rr-b' : '', size === 2 ? 'rr-2' : '', align ? `rr-${align}` : '']
    .filter(Boolean)
    .join(' ');
}

function blockHtml(block: LayoutBlock, options: HtmlOptions): string {
  switch (block.kind) {
    case 'text':
      return `<div class="${classes(block.role, block.bold, block.size, block.align)}">${escapeHtml(block.text)}</div>`;
    case 'row':
      return (
        `<div class="${classes(block.role, block.bold, block.size)} rr-row">` +
        `<span>${escapeHtml(block.left)}</span><span>${escapeHtml(block.right)}</span></div>`
      );
    case 'rule':
      return `<div class="rr-rule rr-rule-${block.char === '=' ? 'double' : 'single'}" role="separator"></div>`;
    case 'blank':
      return '<div class="rr-line rr-blank"></div>';
    case 'qr':
      return options.qrSvg ? `<div class="rr-qr">${options.qrSvg(block.data)}</div>` : '';
    case 'cut':
      return '';
  }
}

/** HTML of a laid-out receipt: one element per paper line, in order. */
export function layoutToHtml(layout: ReceiptLayout, options: HtmlOptions = {}): string {
  const lang = layout.language === 'zh' ? 'zh-CN' : 'en';
  const body = layout.blocks.map((block) => blockHtml(block, options)).join('');
  return `<div class="rr-paper" lang="${lang}" data-cols="${layout.columns}">${body}</div>`;
}
