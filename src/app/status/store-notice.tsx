/**
 * Tells the merchant when saving is in trouble: storage full (with the sales not saved yet and what to do),
 * pruned, or another tab holds the database. Shown on every screen, above it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onStoreEvent, type StoreEvent } from '../../store/db';
import { useStrings } from '../i18n';
import { appJournal } from '../journal/app-journal';
import { hrefFor } from '../router';
import { storageStrings } from './storage-strings';

type Notice = Exclude<StoreEvent, { kind: 'faults-changed' }>;

/** The latest store warning; a full disk's stays until every kept sale is saved (the others until a reload). */
export function StoreNotice() {
  const s = useStrings(storageStrings);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [waiting, setWaiting] = useState(0);
  const [savedAgain, setSavedAgain] = useState(false);
  const before = useRef(0);
  useEffect(() => onStoreEvent((event) => event.kind !== 'faults-changed' && setNotice(event)), []);
  useEffect(() => {
    const journal = appJournal();
    const show = (count: number) => {
      // Sales were waiting and now all are saved: there is room again, and the merchant hears so.
      if (before.current > 0 && count === 0) {
        setSavedAgain(true);
        setNotice(null);
      }
      if (count > 0) setSavedAgain(false);
      before.current = count;
      setWaiting(count);
    };
    show(journal.waiting().length);
    return journal.subscribe((entries) => show(entries.length));
  }, []);

  if (waiting > 0 || notice?.kind === 'storage-full') return <StorageFull waiting={waiting} />;
  if (savedAgain) {
    return (
      <div class="banner store-notice" role="status" data-notice="saved">
        <span>{s.savedAgain}</span>
      </div>
    );
  }
  if (!notice) return null;
  const text =
    notice.kind === 'pruned'
      ? s.pruned(notice.count)
      : notice.kind === 'version-changed'
        ? s.versionChanged
        : notice.kind === 'blocked'
          ? s.blocked
          : s.terminated;
  const needsReload = notice.kind === 'version-changed' || notice.kind === 'terminated';
  return (
    <div class="banner store-notice" role="alert" data-notice={notice.kind}>
      <span>{text}</span>
      {needsReload && (
        <button type="button" class="primary" onClick={() => location.reload()}>
          {s.reload}
        </button>
      )}
    </div>
  );
}

/** Storage is full: what was not saved, what to do, and the two steps the app can help with. */
function StorageFull({ waiting }: { waiting: number }) {
  const s = useStrings(storageStrings);
  const [cleared, setCleared] = useState<number | null>(null);
  const clearOld = async () => {
    try {
      const { clearResolvedFaults } = await import('../../store/fault-log');
      setCleared(await clearResolvedFaults());
    } catch (error) {
      console.warn('old fault entries not cleared', error);
    }
    // Whatever was freed, the kept sales try again at once.
    await appJournal().flush();
  };
  return (
    <div class="banner store-notice" role="alert" data-notice="storage-full">
      <span>{waiting > 0 ? s.fullHeld(waiting) : s.full}</span>
      <span>{s.fullWhatToDo}</span>
      <a class="action" href={hrefFor('faults')}>
        {s.exportLog}
      </a>
      <button type="button" onClick={() => void clearOld()}>
        {s.clearOld}
      </button>
      {cleared !== null && <span>{s.cleared(cleared)}</span>}
    </div>
  );
}
