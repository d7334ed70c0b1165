/**
 * Schema migrations, one step per version. `upgrade` runs every step from the stored version to the new
 * one, so a database left at any older version arrives intact at the current schema.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ReceiptRescueDB } from './schema';

type UpgradeDb = IDBPDatabase<ReceiptRescueDB>;
type UpgradeTx = IDBPTransaction<ReceiptRescueDB, StoreNames<ReceiptRescueDB>[], 'versionchange'>;

/** Applies the steps after `oldVersion` up to and including `newVersion`. */
export function migrate(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  for (let from = oldVersion; from < newVersion; from++) {
    switch (from) {
      case 0:
        createVersion1(db);
        break;
      case 1:
        addVersion2Indexes(tx);
        break;
      case 2:
        addVersion3Ledger(db, tx);
        break;
      default:
        throw new RangeError(`No migration from database version ${from} to ${from + 1}.`);
    }
  }
}

/** Version 1: every store, with the indexes the first release queried. */
function createVersion1(db: UpgradeDb): void {
  const faults = db.createObjectStore('faults', { keyPath: 'id', autoIncrement: true });
  faults.createIndex('by-time', 'lastAt');
  faults.createIndex('by-kind', ['kind', 'lastAt']);
  faults.createIndex('by-printer', ['printerKey', 'lastAt']);
  faults.createIndex('by-resolved', ['resolved', 'lastAt']);
  faults.createIndex('fold', ['printerKey', 'kind', 'activityKey', 'resolved']);

  const printers = db.createObjectStore('printers', { keyPath: 'key' });
  printers.createIndex('by-last-seen', 'lastSeen');

  const receipts = db.createObjectStore('receipts', { keyPath: 'id' });
  receipts.createIndex('by-created', 'createdAt');

  const jobs = db.createObjectStore('jobs', { keyPath: 'id', autoIncrement: true });
  jobs.createIndex('by-receipt', 'receiptId');
  jobs.createIndex('by-state', ['state', 'updatedAt']);

  db.createObjectStore('settings');
  db.createObjectStore('keys', { keyPath: 'id' });
}

/**
 * Version 2: filtering the fault log by printer and kind together, and finding unfinished receipts,
 * without scanning. Creating an index fills it from the records already stored.
 */
function addVersion2Indexes(tx: UpgradeTx): void {
  tx.objectStore('faults').createIndex('by-printer-kind', ['printerKey', 'kind', 'lastAt']);
  tx.objectStore('receipts').createIndex('by-state', ['state', 'updatedAt']);
}

/**
 * Version 3: the money side. Receipts are listed by the sale's own time (an index on `receiptAt`, filled here
 * for entries journaled before it existed); imported bills, closed days and practice drills get stores.
 */
function addVersion3Ledger(db: UpgradeDb, tx: UpgradeTx): void {
  const receipts = tx.objectStore('receipts');
  receipts.createIndex('by-receipt-time', 'receiptAt');
  // The upgrade transaction stays open while its requests run, so the cursor walk needs no awaiting here.
  const walk = receipts.openCursor();
  void walk.then(async function fill(cursor): Promise<void> {
    if (!cursor) return;
    const at = Date.parse(cursor.value.receipt.time);
    if (cursor.value.receiptAt === undefined && Number.isFinite(at))
      await cursor.update({ ...cursor.value, receiptAt: at });
    return fill(await cursor.continue());
  });
  db.createObjectStore('bills', { keyPath: 'id' }).createIndex('by-imported', 'importedAt');
  db.createObjectStore('closedDays', { keyPath: 'day' });
  db.createObjectStore('drills', { keyPath: 'id', autoIncrement: true }).createIndex('by-time', 'startedAt');
}
