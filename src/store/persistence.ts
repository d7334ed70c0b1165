/** Whether the browser keeps our data under storage pressure, and how much room is left. */

/** Persistence as the browser reports it. */
export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

/** Space used and available to this origin, in bytes, when the browser tells. */
export interface StorageUse {
  usage: number;
  quota: number;
}

/** Whether storage is persisted, without asking for it. */
export async function storagePersisted(): Promise<PersistenceState> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
  return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
}

/** Usage and quota, or null when the browser does not estimate them. */
export async function storageUse(): Promise<StorageUse | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}

/** True when less than `margin` (default 5 %) of the quota is left. */
export function nearlyFull(use: StorageUse, margin = 0.05): boolean {
  return use.quota > 0 && use.quota - use.usage < use.quota * margin;
}
