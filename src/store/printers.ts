/** Printers the app has met: identity, probed capabilities and per-printer settings (e.g. serial baud rate). */
import type { PrinterSetup } from '../printer/profile';
import type { PrinterIdentity } from '../transport/types';
import { database, write } from './db';
import { printerKeyOf } from './fault-entry';
import type { CapabilityValue, PrinterRecord } from './schema';

export type { CapabilityValue, PrinterRecord } from './schema';

/**
 * Remembers a printer seen now: creates its record, or refreshes identity and last-seen time and merges
 * newly probed capabilities. Resolves with the stored record.
 */
export function rememberPrinter(
  identity: PrinterIdentity,
  capabilities: Record<string, CapabilityValue> = {},
  at = Date.now(),
): Promise<PrinterRecord> {
  const key = printerKeyOf(identity);
  return write(['printers'], async (tx) => {
    const known = await tx.store.get(key);
    const record: PrinterRecord = {
      key,
      identity: { ...identity },
      capabilities: { ...known?.capabilities, ...capabilities },
      settings: known?.settings ?? {},
      firstSeen: known?.firstSeen ?? at,
      lastSeen: at,
    };
    await tx.store.put(record);
    return record;
  });
}

/** Changes some of a known printer's settings; resolves with the record, or undefined if it is unknown. */
export function updatePrinterSettings(
  key: string,
  settings: Partial<PrinterRecord['settings']>,
): Promise<PrinterRecord | undefined> {
  return write(['printers'], async (tx) => {
    const known = await tx.store.get(key);
    if (!known) return undefined;
    const record: PrinterRecord = { ...known, settings: { ...known.settings, ...settings } };
    await tx.store.put(record);
    return record;
  });
}

/** One printer's record by key (see `printerKeyOf`). */
export async function getPrinter(key: string): Promise<PrinterRecord | undefined> {
  return (await database()).get('printers', key);
}

/** Every known printer, most recently seen first. */
export async function knownPrinters(): Promise<PrinterRecord[]> {
  return (await (await database()).getAllFromIndex('printers', 'by-last-seen')).reverse();
}

/**
 * Keeps the profile the merchant set for a printer (null: forget it, so the next connect chooses one
 * again). Resolves with the record, or undefined if the printer is unknown.
 */
export function savePrinterProfile(
  key: string,
  profile: PrinterSetup | null,
): Promise<PrinterRecord | undefined> {
  return write(['printers'], async (tx) => {
    const known = await tx.store.get(key);
    if (!known) return undefined;
    const settings = { ...known.settings };
    delete settings.profile;
    if (profile) settings.profile = structuredClone(profile);
    const record: PrinterRecord = { ...known, settings };
    await tx.store.put(record);
    return record;
  });
}
