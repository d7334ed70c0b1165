import { describe, expect, test } from 'vitest';
import { decodeReceiptLink } from '../../src/receipt/link/decode';
import { validateReceipt } from '../../src/receipt/validate';
import type { Receipt } from '../../src/receipt/types';
import { printReceipt } from '../../src/sale/print-receipt';
import { reprintReceipt } from '../../src/sale/reprint';
import type { SaleError } from '../../src/sale/errors';
import { fixtureJson } from '../_util/fixtures';
import { saleRig, VIEWER } from './_rig';

const standard = (): Receipt => validateReceipt(fixtureJson('convenience-store-zh'));
const ID = standard().id;

async function expectVerifiedLink(link: string, receipt: Receipt): Promise<void> {
  expect(link.startsWith(`${VIEWER}#`)).toBe(true);
  const decoded = await decodeReceiptLink(link);
  if (!decoded.ok) throw new Error(`link did not decode: ${JSON.stringify(decoded)}`);
  expect(decoded.verified.state).toBe('verified');
  expect(decoded.receipt.total).toBe(receipt.total);
  expect(decoded.receipt.items.map((item) => item.name)).toEqual(receipt.items.map((item) => item.name));
}

describe('printReceipt against the session and the virtual printer', () => {
  test('a ready printer prints the receipt: journal pending → printing → sent → printed, paper has the items and a cut', async () => {
    const r = await saleRig(ID);
    const outcome = await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    expect(outcome).toEqual({ kind: 'printed' });
    expect(r.journal.history).toEqual(['pending', 'printing', 'sent', 'printed']);
    const paper = r.paperText().join('\n');
    expect(paper).toContain('农夫山泉');
    expect(paper).toContain('南孚电池');
    expect(r.cuts()).toBe(1);
    expect(r.faults).toEqual([]);
  });

  test('the receipt is journaled as printing before the printer receives its first byte', async () => {
    const r = await saleRig(ID);
    await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    expect(r.stateAtFirstByte).toEqual(['printing']);
  });

  test('paper out before the sale: nothing is sent, the fault is logged for this receipt, a verified e-receipt is issued', async () => {
    const r = await saleRig(ID);
    r.printer.setFault('paper-out', true);
    await r.session.refresh();
    const outcome = await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    if (outcome.kind !== 'e-receipt-issued') throw new Error(`expected an e-receipt, got ${outcome.kind}`);
    expect(outcome.cause).toBe('paper-out');
    await expectVerifiedLink(outcome.link, standard());
    expect(r.journal.history).toEqual(['pending', 'failed', 'e-receipt-issued']);
    expect(r.journal.entries.get(ID)?.eReceiptLink).toBe(outcome.link);
    expect(r.stateAtFirstByte).toEqual([]);
    expect(r.paperText()).toEqual([]);
    expect(
      r.faults.filter((f) => f.kind === 'paper-out' && f.activity.kind === 'printing-receipt'),
    ).toHaveLength(1);
  });

  test('paper running out mid-job ends in an e-receipt: printing → failed → e-receipt-issued, the receipt is not complete on paper', async () => {
    const r = await saleRig(ID);
    r.printer.runOutOfPaperAfter(6);
    const outcome = await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    expect(outcome).toMatchObject({ kind: 'e-receipt-issued', cause: 'paper-out' });
    expect(r.journal.history).toEqual(['pending', 'printing', 'failed', 'e-receipt-issued']);
    expect(r.journal.entries.get(ID)?.failure?.cause).toBe('paper-out');
    expect(r.cuts()).toBe(0);
    expect(r.paperText().join('\n')).not.toContain('南孚电池');
    expect(r.faults.some((f) => f.kind === 'paper-out')).toBe(true);
  });

  test('the screen hears of the failure before it is journaled, and of the link before it is journaled', async () => {
    const r = await saleRig(ID);
    r.printer.runOutOfPaperAfter(6);
    const seen: string[] = [];
    const inner = r.deps.onStep;
    r.deps.onStep = (step) => {
      inner?.(step);
      seen.push(`${step.kind}@${r.journal.stateOf(ID)}`);
    };
    await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    expect(seen[0]).toBe('journaled@pending');
    expect(seen[1]).toBe('printing@printing');
    expect(seen[2]).toBe('failed@printing');
    expect(seen[3]).toMatch(/^link@(printing|failed)$/);
  });

  test('unplugged mid-job: failed with cause disconnected, then the e-receipt', async () => {
    const r = await saleRig(ID);
    r.when(300, () => r.transport.unplug());
    const outcome = await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    expect(outcome).toMatchObject({ kind: 'e-receipt-issued', cause: 'disconnected' });
    expect(r.journal.history).toEqual(['pending', 'printing', 'failed', 'e-receipt-issued']);
  });

  test('unplugged before the sale: the e-receipt at once, no printing state', async () => {
    const r = await saleRig(ID);
    r.transport.unplug();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const outcome = await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    expect(outcome).toMatchObject({ kind: 'e-receipt-issued', cause: 'disconnected' });
    expect(r.journal.history).toEqual(['pending', 'failed', 'e-receipt-issued']);
  });

  test('a silent printer takes the bytes but cannot confirm: sent-unconfirmed, journaled as printed', async () => {
    const r = await saleRig(ID);
    r.printer.setReplyMode({ kind: 'silent' });
    const outcome = await printReceipt(fixtureJson('convenience-store-zh'), r.deps);
    expect(outcome).toEqual({ kind: 'sent-unconfirmed' });
    expect(r.journal.history).toEqual(['pending', 'printing', 'sent', 'printed']);
    expect(r.paperText().join('\n')).toContain('南孚电池');
  });

  test('a receipt whose line does not add up is rejected naming the line; nothing is journaled or printed', async () => {
    const r = await saleRig(ID);
    const wrong = fixtureJson('convenience-store-zh') as { items: { amount: number }[] };
    wrong.items[2]!.amount += 1;
    const outcome = await printReceipt(wrong, r.deps);
    if (outcome.kind !== 'rejected') throw new Error(`expected rejected, got ${outcome.kind}`);
    expect(outcome.error.message).toContain('items[2]');
    expect(r.journal.history).toEqual([]);
    expect(r.paperText()).toEqual([]);
  });

  test('a journal that cannot be written stops the sale with journal-failed before any byte is sent', async () => {
    const r = await saleRig(ID);
    r.deps.journal = { ...r.deps.journal, save: () => Promise.reject(new Error('quota')) };
    await expect(printReceipt(fixtureJson('convenience-store-zh'), r.deps)).rejects.toMatchObject({
      name: 'SaleError',
      code: 'journal-failed',
    } satisfies Partial<SaleError>);
    expect(r.stateAtFirstByte).toEqual([]);
  });

  test('two calls for the same unprinted receipt at once: one job reaches the printer, the other ends not-claimed', async () => {
    const r = await saleRig(ID);
    // Journaled as it arrived (as the print screen does), then Print tapped in two tabs at the same instant.
    await r.journal.save(standard(), r.deps.now());
    const outcomes = await Promise.all([
      printReceipt(fixtureJson('convenience-store-zh'), r.deps),
      printReceipt(fixtureJson('convenience-store-zh'), r.deps),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['not-claimed', 'printed']);
    expect(r.cuts()).toBe(1);
    expect(r.paperText().join('\n').split('南孚电池')).toHaveLength(2);
    expect(r.journal.history).toEqual(['pending', 'printing', 'sent', 'printed']);
  });

  test('the first print and the merchant’s Print again racing for a pending receipt print it once', async () => {
    const r = await saleRig(ID);
    await r.journal.save(standard(), r.deps.now());
    const reprintDeps = { printer: r.deps.printer, journal: r.journal, now: r.deps.now };
    const outcomes = await Promise.all([
      printReceipt(fixtureJson('convenience-store-zh'), r.deps),
      reprintReceipt(ID, reprintDeps),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['not-claimed', 'printed']);
    expect(r.cuts()).toBe(1);
  });

  test('two calls at once with the printer out of paper: one e-receipt, one fault logged, the other not-claimed', async () => {
    const r = await saleRig(ID);
    r.printer.setFault('paper-out', true);
    await r.session.refresh();
    const outcomes = await Promise.all([
      printReceipt(fixtureJson('convenience-store-zh'), r.deps),
      printReceipt(fixtureJson('convenience-store-zh'), r.deps),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['e-receipt-issued', 'not-claimed']);
    expect(r.journal.history).toEqual(['pending', 'failed', 'e-receipt-issued']);
    expect(r.steps.filter((step) => step.kind === 'failed')).toHaveLength(1);
    expect(
      r.faults.filter((f) => f.kind === 'paper-out' && f.activity.kind === 'printing-receipt'),
    ).toHaveLength(1);
  });

  test('a receipt printed already is not printed again by a later call for it', async () => {
    const r = await saleRig(ID);
    expect(await printReceipt(fixtureJson('convenience-store-zh'), r.deps)).toEqual({ kind: 'printed' });
    expect(await printReceipt(fixtureJson('convenience-store-zh'), r.deps)).toEqual({ kind: 'not-claimed' });
    expect(r.cuts()).toBe(1);
    expect(r.journal.stateOf(ID)).toBe('printed');
  });
});
