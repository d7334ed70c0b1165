/**
 * The customer's e-receipt page: decode the link in the fragment, verify, render. Never loads merchant-app
 * code and makes no network request; a hostile link only ever yields a "damaged" or "altered" message.
 * Importing this module does nothing by itself (it may share a chunk with code the merchant app loads);
 * the page entry calls `startViewer`.
 */
import { decodeReceiptLink } from '../receipt/link/decode';
import { preferredLang, type ViewerLang } from './strings';
import { initialLang, installStyles, renderView } from './view';

async function open(root: HTMLElement): Promise<void> {
  const result = await decodeReceiptLink(location.hash);
  performance.mark('viewer-decoded');
  let lang: ViewerLang = initialLang(result, preferredLang(navigator.languages));
  const draw = () => renderView(root, { result, lang }, (next) => ((lang = next), draw()));
  draw();
  performance.mark('viewer-rendered');
}

/** Shows the receipt of the current fragment in `#app`, and again whenever the fragment changes. */
export function startViewer(): void {
  performance.mark('viewer-start');
  const root = document.getElementById('app');
  if (!root) return;
  installStyles();
  void open(root);
  addEventListener('hashchange', () => {
    // A merchant-app route (`#/…`) needs the app's entry; anything else is another receipt.
    if (location.hash.startsWith('#/')) location.reload();
    else void open(root);
  });
}
