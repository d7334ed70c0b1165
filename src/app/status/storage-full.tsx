/**
 * The notice of a full disk: what was not saved, what to do, and the two steps the app can help with; then
 * "there is room again" once every kept sale is written. Loaded only when the disk is full.
 */
import { useState } from 'preact/hooks';
import { useStrings } from '../i18n';
import { hrefFor } from '../router';
import { storageFullStrings } from './storage-full-strings';

/** Props: how many sales are kept in memory, and whether they were all just written. */
export interface StorageFullProps {
  waiting: number;
  savedAgain: boolean;
}

export default function StorageFull({ waiting, savedAgain }: StorageFullProps) {
  const s = useStrings(storageFullStrings);
  const [cleared, setCleared] = useState<number | null>(null);
  if (savedAgain) {
    return (
      <div class="banner store-notice" role="status" data-notice="saved">
        <span>{s.savedAgain}</span>
      </div>
    );
  }
  const clearOld = async () => {
    try {
      const { clearResolvedFaults } = await import('../../store/fault-clear');
      setCleared(await clearResolvedFaults());
    } catch (error) {
      console.warn('old fault entries not cleared', error);
    }
    // Whatever was freed, the kept sales try again at once.
    const { appJournal } = await import('../journal/app-journal');
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
