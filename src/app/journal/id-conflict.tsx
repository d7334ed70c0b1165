/**
 * A receipt handed over under a number the journal already holds for a different receipt: both shown as
 * paper, side by side, and nothing printed until the merchant chooses. The new one is never saved in place
 * of the journaled one (see `store/journal-conflicts.ts`).
 */
import { receiptToHtml } from '../../receipt/render-html';
import type { Receipt } from '../../receipt/types';
import { needsPaper } from '../../sale/reprint';
import type { JournalEntry } from '../../store/journal';
import { useStrings } from '../i18n';
import { conflictStrings } from './conflict-strings';
import { journalStrings } from './strings';
import './id-conflict.css';

interface Props {
  saved: JournalEntry;
  offered: Receipt;
  /** 'kept-saved' once the merchant discarded the new one. */
  decided: 'kept-saved' | null;
  onPrintSaved: () => void;
  onKeepSaved: () => void;
}

/** The two receipts and the merchant's two ways out. */
export function IdConflict({ saved, offered, decided, onPrintSaved, onKeepSaved }: Props) {
  const s = useStrings(conflictStrings);
  const j = useStrings(journalStrings);
  const printable = needsPaper(saved);
  return (
    <section class="stack id-conflict">
      <p role="alert">{s.taken(saved.id)}</p>
      {decided === 'kept-saved' ? (
        <p role="status">{s.discarded}</p>
      ) : (
        // The choice comes before the two receipts: a long receipt must not push it off the screen.
        <>
          <p>{s.compare}</p>
          {!printable && <p>{s.savedHasPaper}</p>}
          <div class="id-conflict-actions">
            {printable && (
              <button type="button" class="action primary" onClick={onPrintSaved}>
                {s.printSaved}
              </button>
            )}
            <button type="button" class="action" onClick={onKeepSaved}>
              {s.keepSaved}
            </button>
          </div>
        </>
      )}
      <div class="id-conflict-pair">
        <figure class="id-conflict-side id-conflict-saved">
          <figcaption>
            {s.saved} · {j.stateWord(saved.state)}
          </figcaption>
          <div class="ereceipt-preview" dangerouslySetInnerHTML={{ __html: receiptToHtml(saved.receipt) }} />
        </figure>
        <figure class="id-conflict-side id-conflict-offered">
          <figcaption>{s.offered}</figcaption>
          <div class="ereceipt-preview" dangerouslySetInnerHTML={{ __html: receiptToHtml(offered) }} />
        </figure>
      </div>
    </section>
  );
}
