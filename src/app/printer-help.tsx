/**
 * What to do when connecting failed or the printer went away: the headline and advice for the error code,
 * and for "access denied" / "in use" the steps for the merchant's system (Windows, Linux, Android).
 */
import { bluetoothTrouble } from '../transport/ble-trouble';
import { bluetoothStrings, troubleText, type ShownTrouble } from './bluetooth-strings';
import { useLang, useStrings } from './i18n';
import type { PrinterView } from './printer-view';
import { platformOf, printerErrorText, printerStrings, type Platform } from './printer-strings';

type AdviceKey = 'adviceWindows' | 'adviceLinux' | 'adviceAndroid';

const PLATFORM_ADVICE: Record<Platform, readonly AdviceKey[]> = {
  windows: ['adviceWindows'],
  linux: ['adviceLinux'],
  android: ['adviceAndroid'],
  other: ['adviceWindows', 'adviceLinux', 'adviceAndroid'],
};

/** Shown under the actions while the view is `lost`; nothing otherwise. */
export function ConnectionHelp({
  view,
  userAgent = navigator.userAgent,
}: {
  view: PrinterView;
  userAgent?: string;
}) {
  const p = useStrings(printerStrings);
  const b = useStrings(bluetoothStrings);
  const lang = useLang();
  if (view.state !== 'lost') return null;
  const { code } = view.error;
  const trouble = shownTrouble(view);
  const text = trouble ? troubleText(b, trouble) : printerErrorText[lang][code];
  const driverTrouble = !trouble && (code === 'access-denied' || code === 'claimed');
  return (
    <section
      class="card connection-help"
      aria-label={p.connectionProblem}
      data-code={code}
      data-bluetooth={trouble ?? undefined}
    >
      <h2>{text.title}</h2>
      <p>{text.advice}</p>
      {driverTrouble && (
        <ul>
          {PLATFORM_ADVICE[platformOf(userAgent)].map((key) => (
            <li key={key}>{p[key]}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What went wrong with a lost Bluetooth printer (a dropped link says only "disconnected"); null for others. */
function shownTrouble(view: PrinterView & { state: 'lost' }): ShownTrouble | null {
  const trouble = bluetoothTrouble(view.error);
  if (trouble === 'cancelled') return null;
  if (trouble) return trouble;
  return view.identity?.transport === 'bluetooth' && view.error.code === 'disconnected' ? 'dropped' : null;
}
