/**
 * App settings as typed key/value pairs. Features add their keys to `SettingValues` by declaration merging
 * (`declare module '…/store/settings' { interface SettingValues { myKey: number } }`).
 */
import { database, write } from './db';

/** Every setting's key and value type. */
export interface SettingValues {
  /** The printer connected last, to offer reconnecting to it (`printerKeyOf`). */
  lastPrinterKey: string;
  /** Whether the merchant wants receipts signed. */
  signReceipts: boolean;
}

/** A setting's value, or undefined when never set. */
export async function getSetting<K extends keyof SettingValues & string>(
  key: K,
): Promise<SettingValues[K] | undefined> {
  return (await (await database()).get('settings', key)) as SettingValues[K] | undefined;
}

/** Saves a setting; resolves once on disk. */
export function setSetting<K extends keyof SettingValues & string>(
  key: K,
  value: SettingValues[K],
): Promise<void> {
  const copy = structuredClone(value);
  return write(['settings'], async (tx) => {
    await tx.store.put(copy, key);
  });
}
