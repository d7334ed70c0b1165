/** Bench set-up shared by the screens measured at 10,000 records: bulk-loading the app's store, timing a paint. */
import type { Page } from 'playwright-core';

/**
 * Bulk-loads `records` into `store` of the app's database in one transaction (the app has created the
 * schema by opening once); keyed stores take `put`, auto-numbered ones `add`.
 */
export async function bulkLoad(
  page: Page,
  store: 'faults' | 'receipts',
  records: readonly unknown[],
): Promise<void> {
  await page.evaluate(
    ({ name, all }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('receipt-rescue');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(name, 'readwrite');
          const target = tx.objectStore(name);
          for (const record of all) {
            if (target.autoIncrement) target.add(record);
            else target.put(record);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
        };
      }),
    { name: store, all: records },
  );
}

/** An init script noting, as `window.__firstPaintedAt`, when the first `selector` is painted (ms since navigation). */
export function paintProbe(selector: string): string {
  return `
  new MutationObserver((_, observer) => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__firstPaintedAt = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
`;
}

/** Reloads `url` and resolves with the time `paintProbe` noted. */
export async function paintedAt(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.reload();
  const painted = await page.waitForFunction(
    () => (window as unknown as { __firstPaintedAt?: number }).__firstPaintedAt,
  );
  return (await painted.jsonValue()) as number;
}
