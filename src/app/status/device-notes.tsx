/** Beside the light: whether the tablet is online (and what still works offline) and its battery. */
import { useStrings } from '../i18n';
import { batteryIsLow, useBattery, useOnline } from './device';
import { statusStrings } from './status-strings';

/** Network and battery notes, updated live. */
export function DeviceNotes() {
  const s = useStrings(statusStrings);
  const online = useOnline();
  const battery = useBattery();
  const percent = battery ? Math.round(battery.level * 100) : 0;
  const low = battery !== null && batteryIsLow(battery);
  return (
    <ul class="device-notes">
      <li data-testid="network" data-online={online ? 'yes' : 'no'} aria-live="polite">
        <strong>{online ? s.online : s.offline}</strong>
        {!online && <span> — {s.offlineHint}</span>}
      </li>
      {battery && (
        <li data-testid="battery" data-low={low ? 'yes' : 'no'} class={low ? 'device-warn' : undefined}>
          {low ? s.batteryLow(percent) : battery.charging ? s.batteryCharging(percent) : s.battery(percent)}
        </li>
      )}
    </ul>
  );
}
