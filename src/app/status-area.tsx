/** The home screen's printer status: what the merchant looks at first. */
import { useStrings } from './i18n';
import { shellStrings } from './strings';

export function StatusArea() {
  const s = useStrings(shellStrings);
  return (
    <section class="status-area card" data-state="not-connected" aria-labelledby="status-title">
      <h2 id="status-title" class="visually-hidden">
        {s.printerStatus}
      </h2>
      <div class="status-light" aria-hidden="true" />
      <div role="status" aria-live="polite">
        <p class="status-word">{s.notConnected}</p>
        <p class="status-hint">{s.notConnectedHint}</p>
      </div>
    </section>
  );
}
