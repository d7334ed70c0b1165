/**
 * The viewer's page: verification banner, the receipt as paper, save and print buttons. Built as one HTML
 * string: our own markup and strings, and receipt text only ever through `escapeHtml` or the escaping paper
 * renderer. Styles are CSS files the page loads with this module.
 */
import type { LinkResult } from '../receipt/link/read-link';
import { layoutReceipt } from '../receipt/layout';
import { escapeHtml, layoutToHtml } from '../receipt/paper-html';
import '../receipt/receipt.css';
import './viewer.css';
import { receiptLanguage } from '../receipt/words';
import type { KeyMemory } from './key-memory';
import { VIEWER_STRINGS, type ViewerLang } from './strings';

/** What the page shows: the decode result, how its key compares with earlier ones, the chosen language. */
export interface ViewState {
  result: LinkResult;
  memory?: KeyMemory;
  lang: ViewerLang;
}

/** The language a result opens in: the receipt's own, else the browser's. */
export function initialLang(result: LinkResult, browser: ViewerLang): ViewerLang {
  return result.ok ? receiptLanguage(result.receipt.locale) : browser;
}

/** Replaces `root`'s content with the view of `state`; `onLang` switches language. */
export function renderView(root: HTMLElement, state: ViewState, onLang: (lang: ViewerLang) => void): void {
  const s = VIEWER_STRINGS[state.lang];
  const { result } = state;
  const zh = state.lang === 'zh';
  const tag = zh ? 'zh-CN' : 'en';
  document.documentElement.lang = tag;
  document.title = result.ok ? `${s.title} · ${result.receipt.shop.name}` : s.title;

  // One status line: a warning (role "alert") when the link cannot be trusted or another device signs under
  // a shop name this phone knows; otherwise what the signature proves.
  const memory = result.ok ? state.memory : undefined;
  const kind = result.ok ? (memory?.state === 'changed' ? 'changed' : result.verified.state) : result.reason;
  const message = !result.ok
    ? result.reason === 'altered'
      ? s.altered
      : s.unreadable
    : result.verified.state === 'verified'
      ? s.verified(result.verified.fingerprint) +
        (memory ? ` ${s[memory.state](result.receipt.shop.name, memory.firstSeen)}` : '')
      : s.unverified;
  // The receipt's fixed words follow the chosen language; everything the shop wrote stays as written.
  const layout = result.ok && layoutReceipt({ ...result.receipt, locale: tag }, { columns: 32 });

  root.innerHTML =
    `<main class="rv"><header class="rv-bar"><h1>${s.title}</h1>` +
    `<button type="button" lang="${zh ? 'en' : 'zh-CN'}">${s.switchTo}</button></header>` +
    `<p class="rv-status rv-${kind}" role="${result.ok && kind !== 'changed' ? 'status' : 'alert'}">${escapeHtml(message)}</p>` +
    (layout
      ? `<div class="rv-paper">${layoutToHtml(layout)}</div>` +
        `<div class="rv-actions"><button type="button">${s.saveImage}</button><button type="button">${s.print}</button></div>`
      : '') +
    '</main>';
  const [toggle, save, print] = root.querySelectorAll('button');
  toggle!.onclick = () => onLang(zh ? 'en' : 'zh');
  if (layout) {
    const fileName = `receipt-${result.receipt.id.replace(/[^\w.-]+/g, '_')}.png`;
    // Drawing code loads on first use: it is not needed to show the receipt.
    save!.onclick = () => void import('./image').then((m) => m.saveLayoutAsPng(layout, fileName));
    print!.onclick = () => window.print();
  }
}
