/** The `autoReprint` setting: reprint failed receipts by themselves once the printer is ready (default on). */
import { getSetting, setSetting } from '../../store/settings';

declare module '../../store/settings' {
  interface SettingValues {
    /** Reprint failed receipts automatically when the printer reports ready again; unset means yes. */
    autoReprint: boolean;
  }
}

/** Whether automatic reprinting is on (it is unless the merchant turned it off). */
export async function autoReprintOn(): Promise<boolean> {
  return (await getSetting('autoReprint')) ?? true;
}

/** Turns automatic reprinting on or off. */
export function setAutoReprint(on: boolean): Promise<void> {
  return setSetting('autoReprint', on);
}
