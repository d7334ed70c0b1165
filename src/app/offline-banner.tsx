/** Tells the merchant when the app can work offline, and offers a waiting update without forcing it. */
import { useEffect, useState } from 'preact/hooks';
import { registerServiceWorker, type OfflineEvent } from '../offline';
import { useStrings } from './i18n';
import { shellStrings } from './strings';

export function OfflineBanner() {
  const s = useStrings(shellStrings);
  const [event, setEvent] = useState<OfflineEvent | null>(null);
  useEffect(() => registerServiceWorker(setEvent), []);

  if (!event) return null;
  if (event.kind === 'offline-ready') {
    return (
      <div class="banner" role="status">
        <span>{s.offlineReady}</span>
        <button type="button" onClick={() => setEvent(null)}>
          {s.dismiss}
        </button>
      </div>
    );
  }
  return (
    <div class="banner banner-update" role="alert">
      <span>{s.updateAvailable}</span>
      <button type="button" class="primary" onClick={event.accept}>
        {s.updateNow}
      </button>
      <button type="button" onClick={() => setEvent(null)}>
        {s.later}
      </button>
    </div>
  );
}
