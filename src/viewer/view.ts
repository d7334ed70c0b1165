/**
 * The viewer's page: verification banner, the receipt as paper, save and print buttons. Built with DOM
 * calls; receipt text only ever goes through textContent or the escaping HTML renderer.
 */
import type { LinkResult } from '../receipt/link/decode';
import { layoutReceipt } from '../receipt/layout';
import { layoutToHtml, RECEIPT_CSS } from '../receipt/render-html';
import { receiptLanguage } from '../receipt/words';
import { VIEWER_STRINGS, type ViewerLang } from './strings';

const VIEWER_CSS = `
body{margin:0;background:#eef1f0;font:16px/1.5 system-ui,sans-serif;color:#111}
.rv{max-width:40rem;margin:0 auto;padding:.75rem}
.rv-bar{display:flex;justify-content:space-between;align-items:center;gap:1rem}
.rv-bar h1{font-size:1.1rem;margin:0}
.rv button{min-height:44px;padding:0 1rem;font:inherit;border-radius:.5rem;border:1px solid #0f766e;background:#fff;color:#0f766e}
.rv-status{padding:.75rem;border-radius:.5rem;margin:.75rem 0}
.rv-verified{background:#dcfce7;color:#14532d}.rv-unsigned,.rv-unchecked{background:#fef9c3;color:#713f12}
.rv-altered,.rv-damaged,.rv-unsupported-version{background:#fee2e2;color:#7f1d1d;font-weight:600}
.rv-actions{display:flex;gap:.75rem;justify-content:center;margin:1rem 0}
@media print{.rv-bar,.rv-status,.rv-actions{display:none}}
`;

/** What the page shows: the decode result and the chosen language. */
export interface ViewState {
  result: LinkResult;
  lang: ViewerLang;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Installs the page styles once. */
export function installStyles(): void {
  const style = document.createElement('style');
  style.textContent = VIEWER_CSS + RECEIPT_CSS;
  document.head.append(style);
}

/** The language a result opens in: the receipt's own, else the browser's. */
export function initialLang(result: LinkResult, browser: ViewerLang): ViewerLang {
  return result.ok ? receiptLanguage(result.receipt.locale) : browser;
}

/** Replaces `root`'s content with the view of `state`; `onLang` switches language. */
export function renderView(root: HTMLElement, state: ViewState, onLang: (lang: ViewerLang) => void): void {
  const s = VIEWER_STRINGS[state.lang];
  const { result } = state;
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = result.ok ? `${s.title} · ${result.receipt.shop.name}` : s.title;

  const page = el('div', 'rv');
  const bar = el('header', 'rv-bar');
  const toggle = el('button', '', s.switchTo);
  toggle.type = 'button';
  toggle.lang = state.lang === 'zh' ? 'en' : 'zh-CN';
  toggle.addEventListener('click', () => onLang(state.lang === 'zh' ? 'en' : 'zh'));
  bar.append(el('h1', '', s.title), toggle);
  page.append(bar);

  if (!result.ok) {
    const message =
      result.reason === 'altered' ? s.altered : result.reason === 'damaged' ? s.damaged : s.unsupported;
    const status = el('p', `rv-status rv-${result.reason}`, message);
    status.setAttribute('role', 'alert');
    page.append(status);
    root.replaceChildren(page);
    return;
  }

  const { receipt, verified } = result;
  const message =
    verified.state === 'verified'
      ? s.verified(receipt.shop.name, verified.fingerprint)
      : verified.state === 'unchecked'
        ? s.unchecked
        : s.unsigned;
  const status = el('p', `rv-status rv-${verified.state}`, message);
  status.setAttribute('role', 'status');

  // The receipt's fixed words follow the chosen language; everything the shop wrote stays as written.
  const layout = layoutReceipt({ ...receipt, locale: state.lang === 'zh' ? 'zh-CN' : 'en' }, { columns: 32 });
  const paper = el('div', 'rv-paper');
  paper.innerHTML = layoutToHtml(layout);

  const actions = el('div', 'rv-actions');
  const save = el('button', '', s.saveImage);
  save.type = 'button';
  const fileName = `receipt-${receipt.id.replace(/[^\w.-]+/g, '_')}.png`;
  // Drawing code loads on first use: it is not needed to show the receipt.
  save.addEventListener(
    'click',
    () => void import('./image').then((m) => m.saveLayoutAsPng(layout, fileName)),
  );
  const print = el('button', '', s.print);
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  actions.append(save, print);

  page.append(status, paper, actions);
  root.replaceChildren(page);
}
