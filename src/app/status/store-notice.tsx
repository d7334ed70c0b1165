/** Tells the merchant when saving is in trouble: storage full, pruned, or another tab holds the database. */
import { useEffect, useState } from 'preact/hooks';
import { onStoreEvent, type StoreEvent } from '../../store/db';
import { useStrings } from '../i18n';
import { storageStrings } from './storage-strings';

type Notice = Exclude<StoreEvent, { kind: 'faults-changed' }>;

/** The latest store warning, until the merchant reloads (the warnings do not clear by themselves). */
export function StoreNotice() {
  const s = useStrings(storageStrings);
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => onStoreEvent((event) => event.kind !== 'faults-changed' && setNotice(event)), []);
  if (!notice) return null;
  const text =
    notice.kind === 'pruned'
      ? s.pruned(notice.count)
      : notice.kind === 'storage-full'
        ? s.full
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
