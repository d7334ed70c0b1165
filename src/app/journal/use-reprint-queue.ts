/** The receipts still waiting for paper, kept current as the watcher and the merchant act on them. */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { FaultKind } from '../../printer/faults';
import type { ReprintOutcome } from '../../sale/reprint';
import { reprintQueue, storeJournal } from '../../sale/store-deps';
import type { JournalEntry } from '../../store/journal';
import type { PrinterController } from '../printer-controller';
import { reprintWatcher } from './watcher';

/** What happened to one receipt in this visit. */
export type ReceiptNote =
  | { kind: 'printing' }
  | { kind: 'printed' }
  | { kind: 'unconfirmed' }
  | { kind: 'failed'; cause: FaultKind }
  | { kind: 'not-ready'; cause: FaultKind };

function noteOf(outcome: ReprintOutcome): ReceiptNote | null {
  switch (outcome.kind) {
    case 'printed':
      return { kind: 'printed' };
    case 'sent-unconfirmed':
      return { kind: 'unconfirmed' };
    case 'failed':
    case 'not-ready':
      return outcome;
    case 'not-claimed':
      return null;
  }
}

/** The queue (null while loading), per-receipt notes, and a manual "print again". */
export function useReprintQueue(controller: PrinterController) {
  const watcher = useMemo(() => reprintWatcher(controller), [controller]);
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const [notes, setNotes] = useState<Readonly<Record<string, ReceiptNote>>>({});
  const note = (id: string, value: ReceiptNote | null) =>
    setNotes((now) => {
      const next = { ...now };
      if (value) next[id] = value;
      else delete next[id];
      return next;
    });

  const reload = useCallback(async () => {
    await watcher.recovered;
    setEntries(await reprintQueue());
  }, [watcher]);

  useEffect(() => {
    let live = true;
    const load = () =>
      void reload().catch((error: unknown) => {
        console.warn('receipt journal unreadable', error);
        if (live) setEntries([]);
      });
    load();
    const stop = watcher.subscribe((event) => {
      if (!live) return;
      if (event.kind === 'reprinting') note(event.receiptId, { kind: 'printing' });
      if (event.kind === 'reprinted') note(event.receiptId, noteOf(event.outcome));
      if (event.kind !== 'reprinting') load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [watcher, reload]);

  const printAgain = async (id: string) => {
    note(id, { kind: 'printing' });
    const [{ reprintReceipt }, { appReprintDeps }] = await Promise.all([
      import('../../sale/reprint'),
      import('./app-deps'),
    ]);
    note(id, noteOf(await reprintReceipt(id, await appReprintDeps(controller))));
    await reload();
  };

  /** The merchant saw the receipt on paper: journal it printed, sending nothing to the printer. */
  const confirmPrinted = async (id: string) => {
    try {
      const { confirmPrinted: confirm } = await import('../../sale/reprint');
      await confirm(id, storeJournal, Date.now);
    } catch (error) {
      // The list below still shows the receipt as it is journaled: the merchant can tap again.
      console.warn('receipt not journaled as printed', error);
    }
    await reload();
  };

  return { entries, notes, printAgain, confirmPrinted, reload };
}
