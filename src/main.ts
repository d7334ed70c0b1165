/**
 * The page's single entry. A link whose fragment carries a receipt (`#<version><payload>`, never `#/…`)
 * opens the customer's viewer; anything else opens the merchant app. Each is its own chunk, so a
 * customer's phone never downloads the merchant app.
 */
import linkDictionaryUrl from './receipt/link/link-dictionary-1.txt?url&no-inline';

const fragment = location.hash.slice(1);
const isReceiptLink = fragment.length > 0 && !fragment.startsWith('/');

if (isReceiptLink) {
  // The viewer needs the link dictionary (a static data file) as soon as it runs: fetch both at once.
  // Settled either way, so a failed fetch reaches the viewer rather than surfacing as unhandled.
  const dictionary = fetch(linkDictionaryUrl).catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
  void import('./viewer/main').then((viewer) => viewer.startViewer(dictionary));
} else {
  void import('./app/main');
}
