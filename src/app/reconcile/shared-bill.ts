/**
 * A `.csv` bill shared to the installed app: `sw.ts` keeps its bytes in the shared-files cache under
 * `SHARED_BILL_PATH<id>` (file name in `x-file-name`) and opens `#/reconcile?shared=<id>`. Read once, then
 * deleted: the bill lives on in the store.
 */
import { SHARED_CACHE } from '../journal/handoff';
import type { BillFile } from './bill-import';

/** Where `sw.ts` puts a shared bill (the same name is written there). */
export const SHARED_BILL_PATH = 'shared-bill/';
const SHARED_ID = /^[\w-]{1,64}$/;

/** The shared file, or undefined when the id is bad or the file is gone. */
export async function takeSharedBill(id: string): Promise<BillFile | undefined> {
  if (!SHARED_ID.test(id)) return undefined;
  const cache = await caches.open(SHARED_CACHE);
  const url = new URL(SHARED_BILL_PATH + id, location.href).href;
  const response = await cache.match(url);
  if (!response) return undefined;
  const name = decodeURIComponent(response.headers.get('x-file-name') ?? 'bill.csv');
  const bytes = new Uint8Array(await response.arrayBuffer());
  await cache.delete(url);
  return { name, bytes };
}
