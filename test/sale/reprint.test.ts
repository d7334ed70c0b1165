import { describe, expect, test } from 'vitest';
import { printReceipt } from '../../src/sale/print-receipt';
import { recoverInterrupted, reprintReceipt } from '../../src/sale/reprint';
import { fixtureJson } from '../_util/fixtures';
import { saleRig } from './_rig';

const ID = String(fixtureJson('convenience-store-zh').id);

/** A sale that failed for paper out before printing, then paper back in. */
async function failedThenPaperBack() {
  const r = await saleRig(ID);
  r.printer.setFault('paper-out', true);
  await r.session.refresh();
  await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
  r.printer.setFault('paper-out', false);
  await r.session.refresh();
  const deps = { printer: r.deps.printer, journal: r.journal, now: r.deps.now };
  return { r, deps };
}

describe('reprinting a journaled receipt', () => {
  test('after paper is back the e-receipt-issued receipt prints once and is journaled reprinted', async () => {
    const { r, deps } = await failedThenPaperBack();
    expect(await reprintReceipt(ID, deps)).toEqual({ kind: 'printed' });
    expect(r.journal.history).toEqual([
      'pending',
      'failed',
      'e-receipt-issued',
      'printing',
      'sent',
      'reprinted',
    ]);
    expect(r.cuts()).toBe(1);
    expect(r.paperText().join('\n')).toContain('农夫山泉');
  });

  test('two reprints racing for the same receipt print it exactly once', async () => {
    const { r, deps } = await failedThenPaperBack();
    const outcomes = await Promise.all([reprintReceipt(ID, deps), reprintReceipt(ID, deps)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['not-claimed', 'printed']);
    expect(r.cuts()).toBe(1);
  });

  test('a receipt already reprinted is not printed again', async () => {
    const { r, deps } = await failedThenPaperBack();
    await reprintReceipt(ID, deps);
    expect(await reprintReceipt(ID, deps)).toEqual({ kind: 'not-claimed' });
    expect(r.cuts()).toBe(1);
  });

  test('with the printer still out of paper the journal is not touched', async () => {
    const r = await saleRig(ID);
    r.printer.setFault('paper-out', true);
    await r.session.refresh();
    await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    const deps = { printer: r.deps.printer, journal: r.journal, now: r.deps.now };
    expect(await reprintReceipt(ID, deps)).toEqual({ kind: 'not-ready', cause: 'paper-out' });
    expect(r.journal.stateOf(ID)).toBe('e-receipt-issued');
  });

  test('paper running out again during the reprint journals it failed, with the cause', async () => {
    const { r, deps } = await failedThenPaperBack();
    r.printer.runOutOfPaperAfter(4);
    expect(await reprintReceipt(ID, deps)).toEqual({ kind: 'failed', cause: 'paper-out' });
    expect(r.journal.stateOf(ID)).toBe('failed');
    expect(r.cuts()).toBe(0);
  });

  test('a receipt left printing by a closed page becomes failed, then reprints once', async () => {
    const r = await saleRig(ID);
    const receipt = fixtureJson('convenience-store-zh');
    await r.journal.save(receipt as never, 1);
    await r.journal.setState(ID, { state: 'printing' }, 2);
    const moved = await recoverInterrupted([...r.journal.entries.values()], r.journal, r.deps.now);
    expect(moved.map((e) => [e.state, e.failure?.cause])).toEqual([['failed', 'disconnected']]);
    const deps = { printer: r.deps.printer, journal: r.journal, now: r.deps.now };
    expect(await reprintReceipt(ID, deps)).toEqual({ kind: 'printed' });
    expect(r.journal.history).toEqual(['pending', 'printing', 'failed', 'printing', 'sent', 'reprinted']);
    expect(r.cuts()).toBe(1);
  });

  test('a printing receipt that a live page still owns is left alone', async () => {
    const r = await saleRig(ID);
    await r.journal.save(fixtureJson('convenience-store-zh') as never, 1);
    await r.journal.setState(ID, { state: 'printing' }, 2);
    const moved = await recoverInterrupted([...r.journal.entries.values()], r.journal, r.deps.now, () =>
      Promise.resolve(true),
    );
    expect(moved).toEqual([]);
    expect(r.journal.stateOf(ID)).toBe('printing');
  });
});
