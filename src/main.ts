/**
 * The page's single entry. A link whose fragment carries a receipt (`#<version><payload>`, never `#/…`)
 * opens the customer's viewer; anything else opens the merchant app. Each is its own chunk, so a
 * customer's phone never downloads the merchant app.
 */
const fragment = location.hash.slice(1);
const isReceiptLink = fragment.length > 0 && !fragment.startsWith('/');

if (isReceiptLink) void import('./viewer/main').then((viewer) => viewer.startViewer());
else void import('./app/main');
