/**
 * The customer's e-receipt page: decode the link in the fragment, verify, render. Never loads merchant-app
 * code and requests nothing but its own static files; a hostile link only ever yields a "damaged" or "altered" message.
 * Importing this module does nothing by itself (it may share a chunk with code the merchant app loads);
 * the page entry calls `startViewer`.
 */
import { readReceiptLink } from '../receipt/link/read-link';
import { viewerDictionary } from './dictionary';
import { recallKey } from './key-memory';
import { preferredLang, type ViewerLang } from './strings';
import { initialLang, renderView } from './view';

async function open(root: HTMLElement): Promise<void> {
  const result = await readReceiptLink(location.hash, viewerDictionary);
  performance.mark('viewer-decoded');
  // Only a checked signature names a key worth remembering; once per opening, not per redraw.
  const memory =
    result.ok && result.verified.state === 'verified'
      ? recallKey(result.receipt, result.verified)
      : undefined;
  let lang: ViewerLang = initialLang(result, preferredLang(navigator.languages));
  const draw = () => renderView(root, { result, memory, lang }, (next) => ((lang = next), draw()));
  draw();
  performance.mark('viewer-rendered');
}

/** Shows the receipt of the current fragment in `#app`, and again whenever the fragment changes. */
export function startViewer(): void {
  performance.mark('viewer-start');
  const root = document.getElementById('app');
  if (!root) return;
  void open(root);
  addEventListener('hashchange', () => {
    // A merchant-app route (`#/…`) needs the app's entry; anything else is another receipt.
    if (location.hash.startsWith('#/')) location.reload();
    else void open(root);
  });
}
