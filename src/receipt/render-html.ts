/**
 * A receipt's paper layout → HTML, so the e-receipt shows the same lines as the paper one. Every piece of
 * receipt text is escaped; the only markup is ours. Styles are in `RECEIPT_CSS` (monospace, paper width in
 * `ch`), shared by the customer's viewer and the merchant's screens.
 */
import { layoutReceipt, type LayoutBlock, type ReceiptLayout } from './layout';
import type { Receipt } from './types';

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
  return `<div class="rr-paper" lang="${lang}" style="--rr-cols:${layout.columns}">${body}</div>`;
}

/** A receipt as paper-like HTML, laid out for `columns` (32 = 58 mm, 48 = 80 mm; default 32). */
export function receiptToHtml(receipt: Receipt, columns = 32, options: HtmlOptions = {}): string {
  return layoutToHtml(layoutReceipt(receipt, { columns }), options);
}

/** Styles for `.rr-paper`, including print rules (only the paper is printed). */
export const RECEIPT_CSS = `
.rr-paper{font:14px/1.45 ui-monospace,"SFMono-Regular",Menlo,Consolas,"Noto Sans Mono CJK SC","Microsoft YaHei Mono",monospace;
width:calc(var(--rr-cols)*1ch + 2.5em);max-width:100%;box-sizing:border-box;margin:0 auto;padding:1.25em;
background:#fff;color:#111;box-shadow:0 1px 4px rgba(0,0,0,.2);overflow-wrap:anywhere}
.rr-line{min-height:1.45em;white-space:pre-wrap}
.rr-row{display:flex;justify-content:space-between;gap:1ch}
.rr-row>span:last-child{text-align:right;white-space:nowrap}
.rr-center{text-align:center}.rr-right{text-align:right}.rr-b{font-weight:700}.rr-2{font-size:1.6em;line-height:1.3}
.rr-rule{border-top:1px dashed #555;margin:.6em 0}.rr-rule-double{border-top:3px double #555}
.rr-qr svg{display:block;width:60%;margin:.5em auto}
@media print{body *{visibility:hidden}.rr-paper,.rr-paper *{visibility:visible}
.rr-paper{position:absolute;left:0;top:0;box-shadow:none;width:auto}}
`;
