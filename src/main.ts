/**
 * The page's single entry. A link whose fragment carries a receipt (`#<version><payload>`, never `#/…`)
 * opens the customer's viewer; anything else opens the merchant app. The viewer's chunk loads with this
 * entry (a customer's phone fetches these two scripts); the merchant app is its own chunks, which a phone
 * never downloads.
 */
import { startViewer } from './viewer/main';

const fragment = location.hash.slice(1);
const isReceiptLink = fragment.length > 0 && !fragment.startsWith('/');

if (isReceiptLink) startViewer();
else void import('./app/main');
