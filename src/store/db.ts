/**
 * Opening the one database, its migrations, the connection's life (blocked / blocking / terminated), and
 * the write path every store API uses: strict durability, IndexedDB calls only inside the transaction, and
 * one retry after pruning old resolved faults when the browser reports the quota is used up.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { isQuotaError, isStoreError, StoreError } from './errors';
import type { FaultEntry, ReceiptRescueDB } from './schema';
import { migrate } from './migrations';

/** The database's name; one per origin. */
export const DB_NAME = 'receipt-rescue';
/** The schema version this build writes. */
export const DB_VERSION = 3;

type Store = StoreNames<ReceiptRescueDB>;
/** A read-write transaction over `N`. */
export type WriteTx<N extends ArrayLike<Store>> = IDBPTransaction<ReceiptRescueDB, N, 'readwrite'>;
/** The opened database. */
export type Database = IDBPDatabase<ReceiptRescueDB>;

/** What the app hears about the store's connection and space. */
export type StoreEvent =
  | { kind: 'blocked' }
  | { kind: 'version-changed' }
  | { kind: 'terminated' }
  | { kind: 'pruned'; count: number }
  | { kind: 'storage-full' }
  /**
   * Fault entries changed in this tab. `recorded`: the entry a new observation created or folded into, as
   * stored, so screens keep running totals without reading the log again; `ended`: entries were only resolved,
   * so every count stands. Neither: anything else (entries deleted), counts must be read again.
   */
  | { kind: 'faults-changed'; recorded?: FaultEntry; ended?: true };

const listeners = new Set<(event: StoreEvent) => void>();

/** Subscribes to connection and space events; returns an unsubscribe. */
export function onStoreEvent(listener: (event: StoreEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells subscribers about an event; store modules call it after a committed change. */
export function emit(event: StoreEvent): void {
  for (const listener of listeners) listener(event);
}

/**
 * Opens the database at `version` (default: this build's), running every migration step in between.
 * Tests open older versions through it; the app uses `database()`.
 */
export function openReceiptRescueDB(version = DB_VERSION, name = DB_NAME): Promise<Database> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StoreError('unavailable'));
  return openDB<ReceiptRescueDB>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) => migrate(db, oldVersion, newVersion ?? version, tx),
    blocked: () => emit({ kind: 'blocked' }),
    blocking: (_version, _newer, event) => {
      // A newer version wants to upgrade: step aside, and stop writing with an old schema.
      (event.target as IDBDatabase).close();
      retired = true;
      current = null;
      emit({ kind: 'version-changed' });
    },
    terminated: () => {
      current = null;
      emit({ kind: 'terminated' });
    },
  });
}

let current: Promise<Database> | null = null;
let retired = false;

/** The shared connection, opened on first use and reopened after the browser terminated it. */
export function database(): Promise<Database> {
  if (retired) return Promise.reject(new StoreError('version-changed'));
  if (!current) {
    current = openReceiptRescueDB().catch((error: unknown) => {
      current = null;
      throw isStoreError(error) ? error : new StoreError('unavailable', { cause: describeError(error) });
    });
  }
  return current;
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeDatabase(): Promise<void> {
  const open = current;
  current = null;
  retired = false;
  if (open) (await open).close();
}

/** Transaction options for every write: flush to disk before reporting success, where the browser can. */
export const STRICT: IDBTransactionOptions = { durability: 'strict' };

/**
 * Runs `work` in one read-write transaction and resolves once it has committed. On a quota error it prunes
 * the oldest resolved faults and retries once (unless `prune` is false); if that is not enough it rejects
 * with `storage-full`.
 */
export async function write<const N extends readonly Store[], T>(
  stores: N,
  work: (tx: WriteTx<N>) => Promise<T>,
  { prune = true }: { prune?: boolean } = {},
): Promise<T> {
  try {
    return await attempt(stores, work);
  } catch (error) {
    if (!isQuotaError(error)) throw asStoreError(error);
    if (!prune) throw full(error, 0);
    const pruned = await pruneResolvedFaults();
    emit({ kind: 'pruned', count: pruned });
    if (pruned === 0) throw full(error, pruned);
    try {
      return await attempt(stores, work);
    } catch (again) {
      throw isQuotaError(again) ? full(again, pruned) : asStoreError(again);
    }
  }
}

async function attempt<const N extends readonly Store[], T>(
  stores: N,
  work: (tx: WriteTx<N>) => Promise<T>,
): Promise<T> {
  const db = await database();
  const tx = db.transaction(stores, 'readwrite', STRICT);
  const done = work(tx).catch((error: unknown) => {
    abortIfActive(tx);
    throw error;
  });
  const [result] = await Promise.all([done, tx.done]);
  return result;
}

function abortIfActive(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch (error) {
    // InvalidStateError: the transaction already finished or aborted on its own; anything else is news.
    if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
  }
}

/**
 * Deletes the older half (at least one) of the resolved fault entries, oldest first; open faults are never
 * touched. Returns how many were deleted.
 */
export async function pruneResolvedFaults(): Promise<number> {
  const db = await database();
  const tx = db.transaction('faults', 'readwrite', STRICT);
  const index = tx.store.index('by-resolved');
  const range = IDBKeyRange.bound([1, -Infinity], [1, Infinity]);
  const resolved = await index.count(range);
  let remaining = Math.ceil(resolved / 2);
  let deleted = 0;
  for (
    let cursor = await index.openCursor(range);
    cursor && remaining > 0;
    cursor = await cursor.continue()
  ) {
    await cursor.delete();
    remaining -= 1;
    deleted += 1;
  }
  await tx.done;
  return deleted;
}

function full(cause: unknown, pruned: number): StoreError {
  emit({ kind: 'storage-full' });
  return new StoreError('storage-full', { pruned, cause: describeError(cause) });
}

function asStoreError(error: unknown): StoreError {
  if (isStoreError(error)) return error;
  return new StoreError('write-failed', { cause: describeError(error) });
}

/** `Name: message` of any thrown value, for error details. */
export function describeError(error: unknown): string {
  return error instanceof Error || error instanceof DOMException
    ? `${error.name}: ${error.message}`
    : String(error);
}
