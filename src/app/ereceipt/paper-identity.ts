/**
 * What the tablet prints about itself so a customer can check an e-receipt against paper: the shop's name
 * (from its profile) and the fingerprint of the e-receipt key, on the test page (unless turned off) and at
 * the foot of receipts (when turned on).
 */
import type { TestPageInfo } from '../../printer/test-page';
import { getSetting, setSetting } from '../../store/settings';
import { loadShopProfile } from '../../store/shop-profile';
import { tabletSigner } from './signing';

declare module '../../store/settings' {
  interface SettingValues {
    /** Print the e-receipt key's fingerprint on the test page; unset means yes. */
    keyOnTestPage: boolean;
    /** Print it at the foot of every receipt; unset means no. */
    keyOnReceipts: boolean;
  }
}

/** Where the key's fingerprint is printed. */
export type KeyPlace = 'testPage' | 'receipts';

const SETTING = { testPage: 'keyOnTestPage', receipts: 'keyOnReceipts' } as const;
// The test page is where a merchant looks first; receipts carry the line only when asked for.
const DEFAULT = { testPage: true, receipts: false } as const;

/** Whether the fingerprint is printed in `place`. */
export async function keyPrinted(place: KeyPlace): Promise<boolean> {
  return (await getSetting(SETTING[place])) ?? DEFAULT[place];
}

/** Turns printing the fingerprint in `place` on or off. */
export function setKeyPrinted(place: KeyPlace, on: boolean): Promise<void> {
  return setSetting(SETTING[place], on);
}

/**
 * The fingerprint to print in `place`, or undefined. A key this browser could not keep is never printed:
 * the next visit signs with another one, so paper would contradict the customer's viewer.
 */
async function printedFingerprint(place: KeyPlace): Promise<string | undefined> {
  const [on, signing] = await Promise.all([keyPrinted(place), tabletSigner()]);
  return on && signing.persistent ? signing.fingerprint : undefined;
}

/** The fingerprint for the foot of receipts, or undefined (also when the store cannot be read: receipts print). */
export async function receiptFingerprint(): Promise<string | undefined> {
  try {
    return await printedFingerprint('receipts');
  } catch (error) {
    console.warn('receipts print without the key line', error);
    return undefined;
  }
}

/** The test page's lines about the shop and its key; nothing when the store cannot be read (the page still prints). */
export async function testPageIdentity(): Promise<Pick<TestPageInfo, 'shopName' | 'keyFingerprint'>> {
  try {
    const [profile, keyFingerprint] = await Promise.all([loadShopProfile(), printedFingerprint('testPage')]);
    return { ...(profile && { shopName: profile.name }), ...(keyFingerprint && { keyFingerprint }) };
  } catch (error) {
    console.warn('test page prints without the shop and key lines', error);
    return {};
  }
}
