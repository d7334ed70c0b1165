/**
 * Tells the merchant when saving is in trouble: storage full (with the sales not saved yet and what to do),
 * pruned, or another tab holds the database. Shown on every screen, above it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onStoreEvent, type StoreEvent } from '../../store/db';
import { useStrings } from '../i18n';
import { lazyScreen } from '../lazy';
import { storageStrings } from './storage-strings';

const StorageFull = lazyScreen(() => import('./storage-full'));

type Notice = Exclude<StoreEvent, { kind: 'faults-changed' }>;

/** The latest store warning; a full disk's stays until every kept sale is saved (the others until a reload). */
export function StoreNotice() {
  const s = useStrings(storageStrings);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [waiting, setWaiting] = useState(0);
  const [savedAgain, setSavedAgain] = useState(false);
  const before = useRef(0);
  useEffect(() => {
    let live = true;
    let stop: (() => void) | null = null;
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
    // The sales kept in memory are watched from the first full disk on: the journal that keeps them belongs
    // to the printing screens, and the first screen should not load it for a disk that is not full.
    const watchKept = () => {
      if (stop) return;
      stop = () => undefined;
      import('../journal/app-journal').then(
        ({ appJournal }) => {
          if (!live) return;
          const journal = appJournal();
          show(journal.waiting().length);
          stop = journal.subscribe((entries) => show(entries.length));
        },
        (error: unknown) => console.warn('kept sales not watched', error),
      );
    };
    const off = onStoreEvent((event) => {
      if (event.kind === 'faults-changed') return;
      setNotice(event);
      if (event.kind === 'storage-full') watchKept();
    });
    return () => {
      live = false;
      off();
      stop?.();
    };
  }, []);

  if (waiting > 0 || notice?.kind === 'storage-full' || savedAgain) {
    return <StorageFull waiting={waiting} savedAgain={savedAgain && waiting === 0} />;
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
