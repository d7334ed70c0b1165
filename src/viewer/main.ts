/** The customer's e-receipt page (placeholder until the viewer lands): never loads the merchant app. */
const root = document.getElementById('app');
if (root) root.textContent = '电子小票 · E-receipt';
export {};
