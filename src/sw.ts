/// <reference lib="webworker" />
/**
 * Service worker: precaches the app shell and the e-receipt viewer (the list and each file's revision
 * are injected at build time), serves navigations from the cache so the app opens offline, and
 * activates a new version only when the page asks (after the merchant accepted the update).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

// Web Share Target: a `.json` receipt shared to the installed app arrives as a multipart POST to the manifest's
// `share_target.action`; it is kept in a cache (the page reads it from `SHARED_CACHE` / `SHARED_PATH`, the same
// names as in `src/app/journal/handoff.ts`) and the app opens its print screen on it.
const SHARED_CACHE = 'receipt-rescue-shared';
const SHARED_PATH = 'shared-receipt/';

// A `.csv` bill shared the same way is kept as bytes (it may be GBK) under `SHARED_BILL_PATH`, with its file
// name, for the reconcile screen (`src/app/reconcile/shared-bill.ts` reads the same names).
const SHARED_BILL_PATH = 'shared-bill/';

async function receiveSharedBill(file: File, scope: string): Promise<Response> {
  const id = crypto.randomUUID();
  const cache = await caches.open(SHARED_CACHE);
  await cache.put(
    new URL(SHARED_BILL_PATH + id, scope).href,
    new Response(await file.arrayBuffer(), {
      headers: { 'content-type': 'text/csv', 'x-file-name': encodeURIComponent(file.name) },
    }),
  );
  return Response.redirect(new URL(`./#/reconcile?shared=${id}`, scope).href, 303);
}

async function receiveSharedReceipt(request: Request): Promise<Response> {
  const scope = self.registration.scope;
  const form = await request.formData();
  const bill = form.get('bill');
  if (bill instanceof File) return receiveSharedBill(bill, scope);
  const file = form.get('receipt');
  if (!(file instanceof File)) return Response.redirect(new URL('./#/print', scope).href, 303);
  const id = crypto.randomUUID();
  const cache = await caches.open(SHARED_CACHE);
  await cache.put(
    new URL(SHARED_PATH + id, scope).href,
    new Response(await file.text(), { headers: { 'content-type': 'application/json' } }),
  );
  return Response.redirect(new URL(`./#/print?shared=${id}`, scope).href, 303);
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method === 'POST' && url.href === new URL('share-receipt', self.registration.scope).href)
    event.respondWith(receiveSharedReceipt(event.request));
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Take over open pages as soon as this worker activates. Without it the page that installed the worker stays
// uncontrolled until it reloads, and its lazy screens and their CSS would still come from the network, so the
// page that said "ready to work offline" could not open them offline. An update still waits for the merchant:
// activation follows `SKIP_WAITING` only, and the page reloads when the new worker takes it over.
// (workbox-core `clientsClaim`: https://developer.chrome.com/docs/workbox/modules/workbox-core)
clientsClaim();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
