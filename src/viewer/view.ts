/**
 * The viewer's page: verification banner, the receipt as paper, save and print buttons. Built with DOM
 * calls; receipt text only ever goes through textContent or the escaping HTML renderer. Styles are CSS
 * files the page loads with this module.
 */
import type { LinkResult } from '../receipt/link/read-link';
import { layoutReceipt } from '../receipt/layout';
import { layoutToHtml } from '../receipt/paper-html';
import '../receipt/receipt.css';
import './viewer.css';
import { receiptLanguage } from '../receipt/words';
import { VIEWER_STRINGS, type ViewerLang } from './strings';

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
