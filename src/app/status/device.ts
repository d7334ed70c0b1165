/** The tablet around the printer: network reachability and battery, as live hooks. */
import { useEffect, useState } from 'preact/hooks';

/** `navigator.onLine`, kept current through the `online` / `offline` events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** What the Battery Status API reports (a subset). */
export interface BatteryReading {
  /** 0..1 */
  level: number;
  charging: boolean;
}

interface BatteryManagerLike extends EventTarget, BatteryReading {}
type WithBattery = Navigator & { getBattery?: () => Promise<BatteryManagerLike> };

/** The battery reading, live; null where the browser does not tell (e.g. desktop Firefox, Safari). */
export function useBattery(): BatteryReading | null {
  const [reading, setReading] = useState<BatteryReading | null>(null);
  useEffect(() => {
    const getBattery = (navigator as WithBattery).getBattery;
    if (!getBattery) return undefined;
    let manager: BatteryManagerLike | null = null;
    let stopped = false;
    const update = () => {
      if (manager && !stopped) setReading({ level: manager.level, charging: manager.charging });
    };
    getBattery.call(navigator).then(
      (found) => {
        manager = found;
        update();
        found.addEventListener('levelchange', update);
        found.addEventListener('chargingchange', update);
      },
      (error: unknown) => console.warn('battery status unavailable', error),
    );
    return () => {
      stopped = true;
      manager?.removeEventListener('levelchange', update);
      manager?.removeEventListener('chargingchange', update);
    };
  }, []);
  return reading;
}

/** Low means under 20 % and not charging: time to warn before the tablet dies mid-shift. */
export function batteryIsLow(reading: BatteryReading): boolean {
  return !reading.charging && reading.level < 0.2;
}
