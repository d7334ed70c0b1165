/**
 * The page's one sale journal: the IndexedDB journal behind a `HeldJournal`, so a full disk holds a sale's
 * entry in memory instead of stopping the sale. A fault written successfully in this tab means there may be
 * room again, so kept entries are tried at once then too.
 */
import { HeldJournal } from '../../sale/held-journal';
import { storeHolding } from '../../sale/store-deps';
import { onStoreEvent } from '../../store/db';

let journal: HeldJournal | null = null;

/** The journal every sale and reprint of this page writes through (created on first use). */
export function appJournal(): HeldJournal {
  if (!journal) {
    const created = new HeldJournal(storeHolding);
    onStoreEvent((event) => {
      if (event.kind === 'faults-changed' && created.waiting().length > 0) void created.flush();
    });
    // Kept sales live only in this page: closing or reloading it would lose them, so the browser asks first
    // (HTML, "unloading documents": a beforeunload event whose default is prevented shows the prompt).
    addEventListener('beforeunload', (event) => {
      if (created.waiting().length > 0) event.preventDefault();
    });
    journal = created;
  }
  return journal;
}
