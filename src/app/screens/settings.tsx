/** Settings: the shop and its key, the printer, whether the browser keeps our data, and the space it uses. */
import { useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage, type PersistenceState } from '../../offline';
import { useStrings } from '../i18n';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import { profileStrings } from '../printer-profile-strings';
import { StorageUseNote } from '../status/storage-use';
import { ShopSection } from '../ereceipt/shop-section';

export default function SettingsScreen() {
  const s = useStrings(shellStrings);
  const printer = useStrings(profileStrings);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  useEffect(() => {
    void requestPersistentStorage().then(setPersistence);
  }, []);

  const text =
    persistence === 'persisted'
      ? s.storagePersisted
      : persistence === 'not-persisted'
        ? s.storageNotPersisted
        : persistence === 'unsupported'
          ? s.storageUnknown
          : '…';
  return (
    <div class="stack">
      <a class="back" href={hrefFor('home')}>
        ← {s.back}
      </a>
      <h1>{s.settings}</h1>
      <ShopSection />
      <section class="card" aria-labelledby="printer-settings-title">
        <h2 id="printer-settings-title">
          <a href={hrefFor('printer')}>{printer.title}</a>
        </h2>
        <p>{printer.settingsHint}</p>
      </section>
      <section class="card" aria-labelledby="storage-title">
        <h2 id="storage-title">{s.storageTitle}</h2>
        <p data-testid="storage-persistence" data-state={persistence ?? 'pending'}>
          {text}
        </p>
        {persistence === 'not-persisted' && (
          <button type="button" onClick={() => void requestPersistentStorage().then(setPersistence)}>
            {s.storageAskAgain}
          </button>
        )}
        <StorageUseNote />
      </section>
    </div>
  );
}
