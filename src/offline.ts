/**
 * The page's side of the service worker (like squoosh's sw-bridge): registers `sw.js` through
 * workbox-window and reports the two moments the merchant should hear about.
 */
import { Workbox } from 'workbox-window';

export type OfflineEvent =
  /** First install finished: the app now opens without a network. */
  | { kind: 'offline-ready' }
  /** A new version is installed and waiting; `accept` activates it and reloads once it controls the page. */
  | { kind: 'update-waiting'; accept: () => void };

/** Registers the service worker in production builds; does nothing where service workers are unavailable. */
export function registerServiceWorker(onEvent: (event: OfflineEvent) => void): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`);

  workbox.addEventListener('installed', (event) => {
    // A worker found after registration (`isExternal`) is a new version, announced by `waiting` below.
    if (event.isUpdate || event.isExternal) return;
    // "Installed" means the precache is complete, but only a page the worker controls is served from it: the
    // promise is kept once the worker has claimed this page (`controlling` resolves then, see src/sw.ts).
    void workbox.controlling.then(() => onEvent({ kind: 'offline-ready' }));
  });
  workbox.addEventListener('waiting', () => {
    onEvent({
      kind: 'update-waiting',
      accept: () => {
        // Reload only after the merchant accepted, never on a first install's `controlling`.
        workbox.addEventListener('controlling', () => location.reload());
        workbox.messageSkipWaiting();
      },
    });
  });
  workbox.register().catch((error: unknown) => console.error('service worker registration failed', error));
}

export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

/** Asks the browser to keep our IndexedDB data under storage pressure; Chrome answers without a prompt. */
export async function requestPersistentStorage(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'persisted';
    return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
  } catch (error) {
    console.warn('storage persistence query failed', error);
    return 'unsupported';
  }
}
