import { describe, expect, test, vi } from 'vitest';
import { printReceipt } from '../../src/sale/print-receipt';
import {
  autoReprintable,
  claimable,
  confirmPrinted,
  recoverInterrupted,
  reprintReceipt,
} from '../../src/sale/reprint';
import { fixtureJson } from '../_util/fixtures';
import { MemoryJournal, saleRig } from './_rig';

const ID = String(fixtureJson('convenience-store-zh').id);

/**
 * A sale whose printer takes a while to answer (as while it prints): the page "dies" the moment the journal
 * shows the receipt sent, leaving `disk`, a copy of the journal as it was then.
 */
async function killedAfterEveryByte() {
  const r = await saleRig(ID);
  // Each reply comes late but within the reply timeout: the fence stays unanswered for a while.
  r.printer.setReplyMode({ kind: 'slow', delayMs: 150 });
  const sale = printReceipt(fixtureJson('convenience-store-zh'), r.deps);
  await vi.waitFor(() => expect(r.journal.stateOf(ID)).toBe('sent'), { timeout: 5000, interval: 2 });
  const disk = new MemoryJournal();
  for (const [id, entry] of r.journal.entries) disk.entries.set(id, structuredClone(entry));
  const cutsAtKill = r.cuts();
  // The rest of the sale runs on in the rig; the journal the reopened page finds is `disk`.
  await sale;
  return { r, disk, cutsAtKill };
}

describe('a page killed after the printer took every byte of the receipt', () => {
  test('the journal says sent before the printer confirms: the whole receipt and its cut are on paper by then', async () => {
    const { cutsAtKill, r } = await killedAfterEveryByte();
    expect(cutsAtKill).toBe(1);
    expect(r.paperText().join('\n')).toContain('南孚电池');
  });

  test('on reopening it is unconfirmed (not failed): the automatic reprint leaves it, It printed journals it printed without a byte', async () => {
    const { r, disk } = await killedAfterEveryByte();
    const moved = await recoverInterrupted([...disk.entries.values()], disk, r.deps.now);
    expect(moved.map((entry) => [entry.id, entry.state, entry.failure])).toEqual([[ID, 'unconfirmed', null]]);
    const entry = disk.entries.get(ID)!;
    expect(autoReprintable(entry)).toBe(false);
    expect(claimable(entry)).toBe(true);
    const linesBefore = r.printer.state.linesPrinted;
    expect((await confirmPrinted(ID, disk, r.deps.now))?.state).toBe('printed');
    expect(disk.stateOf(ID)).toBe('printed');
    expect(r.printer.state.linesPrinted).toBe(linesBefore);
    expect(r.cuts()).toBe(1);
  });

  test('Print again, when the merchant asks, prints a second copy, journaled reprinted', async () => {
    const { r, disk } = await killedAfterEveryByte();
    await recoverInterrupted([...disk.entries.values()], disk, r.deps.now);
    r.printer.setReplyMode({ kind: 'normal' });
    const deps = { printer: r.deps.printer, journal: disk, now: r.deps.now };
    expect(await reprintReceipt(ID, deps)).toEqual({ kind: 'printed' });
    expect(disk.stateOf(ID)).toBe('reprinted');
    expect(r.cuts()).toBe(2);
  });

  test('a receipt that is already confirmed or moved on is not confirmed again', async () => {
    const { r, disk } = await killedAfterEveryByte();
    // Not recovered: still `sent`, so a live page may own it.
    expect(await confirmPrinted(ID, disk, r.deps.now)).toBeNull();
    expect(disk.stateOf(ID)).toBe('sent');
  });
});
