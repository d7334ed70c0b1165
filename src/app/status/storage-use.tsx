/** The settings screen's report of space used and what happens when it runs out. */
import { useEffect, useState } from 'preact/hooks';
import { nearlyFull, storageUse, type StorageUse } from '../../store/persistence';
import { useStrings } from '../i18n';
import { formatBytes, storageStrings } from './storage-strings';

/** Space used and available, with a warning when nearly full. */
export function StorageUseNote() {
  const s = useStrings(storageStrings);
  const [use, setUse] = useState<StorageUse | null | undefined>(undefined);
  useEffect(() => {
    storageUse().then(setUse, (error: unknown) => {
      console.warn('storage estimate failed', error);
      setUse(null);
    });
  }, []);
  if (use === undefined) return null;
  if (use === null) return <p data-testid="storage-use">{s.spaceUnknown}</p>;
  return (
    <>
      <p data-testid="storage-use">{s.spaceUsed(formatBytes(use.usage), formatBytes(use.quota))}</p>
      {nearlyFull(use) && (
        <p class="device-warn" role="alert">
          {s.nearlyFull}
        </p>
      )}
    </>
  );
}
