import { describe, expect, test, vi } from 'vitest';
import type { Receipt } from '../../src/receipt/types';
import { HeldJournal, type HoldingStore } from '../../src/sale/held-journal';
import { printReceipt } from '../../src/sale/print-receipt';
import { StoreError } from '../../src/store/errors';
import type { JournalChange, JournalEntry } from '../../src/store/journal';
import { fixtureJson } from '../_util/fixtures';
import { validateReceipt } from '../../src/receipt/validate';
import { MemoryJournal, saleRig } from './_rig';

const standard = (): Receipt => validateReceipt(fixtureJson('convenience-store-zh'));
const ID = standard().id;

/** The in-memory journal behind a disk that refuses every write while `full` is set, like a full quota. */
function fullableStore(journal: MemoryJournal): HoldingStore & { full: boolean } {
  const refuse = () => Promise.reject(new StoreError('storage-full'));
  const store = {
    full: true,
    save: (receipt: Receipt, at: number) => (store.full ? refuse() : journal.save(receipt, at)),
    setState: (id: string, change: JournalChange, at: number) =>
      store.full ? refuse() : journal.setState(id, change, at),
    claim: (id: string, when: (entry: JournalEntry) => boolean, change: JournalChange, at: number) =>
      store.full ? refuse() : journal.claim(id, when, change, at),
    get: (id: string) => Promise.resolve(journal.entries.get(id)),
    keep: async (entry: JournalEntry) => {
      if (store.full) return refuse();
      journal.entries.set(entry.id, structuredClone(entry));
      journal.history.push(`kept:${entry.state}`);
      return true;
    },
  };
  return store;
}

describe('a sale while the tablet’s storage is full', () => {
  test('the receipt still prints; once there is room its final state is journaled, on the retry timer', async () => {
    const r = await saleRig(ID);
    const disk = new MemoryJournal();
    const store = fullableStore(disk);
    const held = new HeldJournal(store, 20);
    r.deps.journal = held;
    const outcome = await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    expect(outcome).toEqual({ kind: 'printed' });
    expect(r.paperText().join('\n')).toContain('南孚电池');
    expect(r.cuts()).toBe(1);
    expect(disk.entries.size).toBe(0);
    expect(held.waiting().map((entry) => [entry.id, entry.state])).toEqual([[ID, 'printed']]);

    store.full = false;
    await vi.waitFor(() => expect(disk.stateOf(ID)).toBe('printed'), { timeout: 2000 });
    expect(disk.history).toEqual(['kept:printed']);
    expect(held.waiting()).toEqual([]);
    held.stop();
  });

  test('paper out as well: the customer still gets the e-receipt link, and the failure is journaled with it later', async () => {
    const r = await saleRig(ID);
    const disk = new MemoryJournal();
    const store = fullableStore(disk);
    const held = new HeldJournal(store, 60_000);
    r.deps.journal = held;
    // The fault log is on the same full disk.
    r.deps.recordFault = () => Promise.reject(new StoreError('storage-full'));
    r.printer.setFault('paper-out', true);
    await r.session.refresh();
    const outcome = await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    expect(outcome).toMatchObject({ kind: 'e-receipt-issued', cause: 'paper-out' });
    store.full = false;
    expect(await held.flush()).toBe(0);
    expect(disk.entries.get(ID)).toMatchObject({
      state: 'e-receipt-issued',
      failure: { cause: 'paper-out' },
      eReceiptLink: outcome.kind === 'e-receipt-issued' ? outcome.link : 'missing',
    });
    held.stop();
  });

  test('a later change of a receipt already on disk is kept while full and written over it when room returns', async () => {
    const disk = new MemoryJournal();
    const store = fullableStore(disk);
    store.full = false;
    const held = new HeldJournal(store, 60_000);
    await held.save(standard(), 1);
    await held.setState(ID, { state: 'printing' }, 2);
    store.full = true;
    const kept = await held.setState(ID, { state: 'printed' }, 3);
    expect(kept.state).toBe('printed');
    expect(disk.stateOf(ID)).toBe('printing');
    store.full = false;
    // The next write that goes through takes the kept one along.
    await held.save({ ...standard(), id: 'R-NEXT' }, 4);
    await vi.waitFor(() => expect(disk.stateOf(ID)).toBe('printed'), { timeout: 2000 });
    held.stop();
  });

  test('a receipt kept in memory as it arrived (no entry on disk to compare) prints, once for two taps at once', async () => {
    const r = await saleRig(ID);
    const disk = new MemoryJournal();
    const held = new HeldJournal(fullableStore(disk), 60_000);
    // The print screen could not journal the hand-off on a full disk and kept it here.
    held.keepUnsaved(standard(), 1);
    r.deps.journal = held;
    const outcomes = await Promise.all([
      printReceipt(fixtureJson('convenience-store-zh'), r.deps),
      printReceipt(fixtureJson('convenience-store-zh'), r.deps),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['not-claimed', 'printed']);
    expect(r.cuts()).toBe(1);
    expect(disk.entries.size).toBe(0);
    expect(held.waiting().map((entry) => [entry.id, entry.state])).toEqual([[ID, 'printed']]);
    held.stop();
  });

  test('a pending receipt on disk whose printing state the full disk refuses still prints, kept in memory', async () => {
    const r = await saleRig(ID);
    const disk = new MemoryJournal();
    const store = fullableStore(disk);
    store.full = false;
    const held = new HeldJournal(store, 60_000);
    await held.save(standard(), 1);
    store.full = true;
    r.deps.journal = held;
    expect(await printReceipt(fixtureJson('convenience-store-zh'), r.deps)).toEqual({ kind: 'printed' });
    expect(r.cuts()).toBe(1);
    expect(disk.stateOf(ID)).toBe('pending');
    expect(held.waiting().map((entry) => [entry.id, entry.state])).toEqual([[ID, 'printed']]);
    held.stop();
  });

  test('any other store failure still stops the sale before a byte is sent', async () => {
    const r = await saleRig(ID);
    const disk = new MemoryJournal();
    const store = fullableStore(disk);
    store.save = () => Promise.reject(new StoreError('version-changed'));
    r.deps.journal = new HeldJournal(store, 60_000);
    await expect(printReceipt(fixtureJson('convenience-store-zh'), r.deps)).rejects.toMatchObject({
      name: 'SaleError',
      code: 'journal-failed',
    });
    expect(r.cuts()).toBe(0);
  });
});
