/**
 * Home's list of receipts that still need paper (pending, interrupted, failed, e-receipt given after a
 * failure), each with one-tap "Print again" and "Issue e-receipt", plus the automatic-reprint switch.
 * Shown only when there is something to finish.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatMoney } from '../../receipt/money';
import type { JournalEntry } from '../../store/journal';
import { useStrings } from '../i18n';
import { lazyScreen } from '../lazy';
import { usePrinter } from '../printer-context';
import { faultNames } from '../printer-strings';
import { autoReprintOn, setAutoReprint } from './auto-setting';
import { journalStrings } from './strings';
import { useReprintQueue, type ReceiptNote } from './use-reprint-queue';
import './journal.css';

const IssuedEReceipt = lazyScreen(() => import('./issued-ereceipt'));

export function JournalPanel() {
  const s = useStrings(journalStrings);
  const names = useStrings(faultNames);
  const { controller } = usePrinter();
  const { entries, notes, printAgain, confirmPrinted, reload } = useReprintQueue(controller);
  const [shown, setShown] = useState<string | null>(null);
  // More than one receipt folds to its count, so the list cannot push home's actions off the screen.
  const [open, setOpen] = useState(false);
  const [auto, setAuto] = useState<boolean | null>(null);
  useEffect(() => {
    void autoReprintOn().then(setAuto, (error: unknown) => console.warn('setting unreadable', error));
  }, []);

  if (!entries || entries.length === 0) return null;
  const noteText = (note: ReceiptNote | undefined): string => {
    switch (note?.kind) {
      case undefined:
        return '';
      case 'printing':
        return s.reprinting;
      case 'printed':
        return s.reprinted;
      case 'unconfirmed':
        return s.unconfirmed;
      case 'failed':
        return s.reprintFailed(names[note.cause]);
      case 'not-ready':
        return s.reprintNotReady(names[note.cause]);
    }
  };
  const toggleAuto = (on: boolean) => {
    setAuto(on);
    // A choice the tablet could not keep goes back: the watcher reads the stored one.
    setAutoReprint(on).catch((error: unknown) => {
      console.warn('setting not saved', error);
      setAuto(!on);
    });
  };

  return (
    <section class="card journal" aria-labelledby="journal-title">
      <h2 id="journal-title">{s.unfinishedTitle(entries.length)}</h2>
      <p>{s.unfinishedHint}</p>
      {entries.length > 1 && (
        <button
          type="button"
          class="journal-toggle"
          aria-expanded={open}
          aria-controls="journal-list"
          onClick={() => setOpen(!open)}
        >
          {open ? s.hideWaiting : s.showWaiting}
        </button>
      )}
      <ul class="journal-list" id="journal-list" hidden={entries.length > 1 && !open}>
        {entries.map((entry) => (
          <JournalItem
            key={entry.id}
            entry={entry}
            note={noteText(notes[entry.id])}
            showing={shown === entry.id}
            onPrint={() => void printAgain(entry.id)}
            onConfirm={() => void confirmPrinted(entry.id)}
            onToggle={() => setShown(shown === entry.id ? null : entry.id)}
            onJournaled={() => void reload()}
          />
        ))}
      </ul>
      {auto !== null && (
        <label class="journal-auto">
          <input type="checkbox" checked={auto} onChange={(e) => toggleAuto(e.currentTarget.checked)} />{' '}
          {s.autoReprint}
        </label>
      )}
    </section>
  );
}

interface ItemProps {
  entry: JournalEntry;
  note: string;
  showing: boolean;
  onPrint: () => void;
  /** The merchant saw the paper: an `unconfirmed` receipt is journaled printed. */
  onConfirm: () => void;
  onToggle: () => void;
  onJournaled: () => void;
}

function JournalItem({ entry, note, showing, onPrint, onConfirm, onToggle, onJournaled }: ItemProps) {
  const s = useStrings(journalStrings);
  const { receipt } = entry;
  const total = formatMoney(receipt.total, receipt.currency, { display: 'symbol' });
  const probably = entry.state === 'unconfirmed';
  return (
    <li class="journal-item" data-receipt={entry.id} data-state={entry.state}>
      <div class="journal-what">
        <strong>{receipt.shop.name}</strong> · {s.total(total)} · <span>{s.stateWord(entry.state)}</span>
        <div class="journal-id">{receipt.id}</div>
      </div>
      {/* Every byte had reached the printer: the paper is most likely there, so looking comes first. */}
      {probably && <p class="journal-probably">{s.probablyPrinted}</p>}
      <div class="journal-actions">
        {probably && (
          <button type="button" class="action primary" onClick={onConfirm}>
            {s.itPrinted}
          </button>
        )}
        <button type="button" class="action" onClick={onPrint}>
          {s.printAgain}
        </button>
        <button type="button" class="action" aria-expanded={showing} onClick={onToggle}>
          {showing ? s.hideEReceipt : s.issueEReceipt}
        </button>
      </div>
      <p class="journal-note" aria-live="polite">
        {note}
      </p>
      {showing && <IssuedEReceipt entry={entry} onJournaled={onJournaled} />}
    </li>
  );
}
