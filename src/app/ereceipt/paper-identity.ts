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
export interface KeyOnPaper {
  testPage: boolean;
  receipts: boolean;
}

/** The merchant's choice of where to print the fingerprint (test page by default, receipts if asked). */
export async function keyOnPaper(): Promise<KeyOnPaper> {
  const [testPage, receipts] = await Promise.all([getSetting('keyOnTestPage'), getSetting('keyOnReceipts')]);
  return { testPage: testPage ?? true, receipts: receipts ?? false };
}

/** Turns printing the fingerprint on or off in one place. */
export function setKeyOnPaper(where: keyof KeyOnPaper, on: boolean): Promise<void> {
  return setSetting(where === 'testPage' ? 'keyOnTestPage' : 'keyOnReceipts', on);
}

/**
 * The fingerprint to print where `where` says so, or undefined. A key this browser could not keep is never
 * printed: the next visit signs with another one, so paper would contradict the customer's viewer.
 */
export async function printedFingerprint(where: keyof KeyOnPaper): Promise<string | undefined> {
  const [choice, signing] = await Promise.all([keyOnPaper(), tabletSigner()]);
  return choice[where] && signing.persistent ? signing.fingerprint : undefined;
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
