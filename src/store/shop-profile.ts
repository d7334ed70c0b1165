/**
 * The shop profile: who issues this tablet's receipts (name, address, phone, tax id, a footer line), kept in
 * the settings store so the e-receipt form, the test page and day summaries all start from it.
 */
import type { ReceiptShop } from '../receipt/types';
import { getSetting, setSetting } from './settings';

/** The shop as its receipts name it, plus the line printed at their foot. Optional fields are never empty. */
export interface ShopProfile extends ReceiptShop {
  footer?: string;
}

/** Every field of a profile as the merchant types it (empty text: not given). */
export type ShopProfileDraft = Required<{ [K in keyof ShopProfile]: string }>;

declare module './settings' {
  interface SettingValues {
    /** The shop profile; unset until the merchant saves one. */
    shopProfile: ShopProfile;
  }
}

/** The draft of a profile (every field as text), or of no profile. */
export function profileDraft(profile: ShopProfile | undefined): ShopProfileDraft {
  return {
    name: profile?.name ?? '',
    address: profile?.address ?? '',
    phone: profile?.phone ?? '',
    taxId: profile?.taxId ?? '',
    footer: profile?.footer ?? '',
  };
}

/** The profile a draft describes: text trimmed, empty optional fields left out; undefined without a name. */
export function profileFromDraft(draft: ShopProfileDraft): ShopProfile | undefined {
  const name = draft.name.trim();
  if (!name) return undefined;
  const profile: ShopProfile = { name };
  for (const key of ['address', 'phone', 'taxId', 'footer'] as const) {
    const value = draft[key].trim();
    if (value) profile[key] = value;
  }
  return profile;
}

/** The saved shop profile, or undefined when the merchant has not saved one. */
export function loadShopProfile(): Promise<ShopProfile | undefined> {
  return getSetting('shopProfile');
}

/** Saves the shop profile; resolves once it is on disk. */
export function saveShopProfile(profile: ShopProfile): Promise<void> {
  return setSetting('shopProfile', profile);
}
