/**
 * What the tablet prints about itself so a customer can check an e-receipt against paper: the shop's name
 * (from its profile) and the fingerprint of the e-receipt key, on the test page (unless turned off).
 */
import type { TestPageInfo } from '../../printer/test-page';
import { getSetting, setSetting } from '../../store/settings';
import { loadShopProfile } from '../../store/shop-profile';
import { tabletSigner } from './signing';

declare module '../../store/settings' {
  interface SettingValues {
    /** Print the e-receipt key's fingerprint on the test page; unset means yes. */
    keyOnTestPage: boolean;
  }
}

/** Whether the test page prints the key's fingerprint (it does unless the merchant turned it off). */
export async function keyOnTestPage(): Promise<boolean> {
  return (await getSetting('keyOnTestPage')) ?? true;
}

/** Turns printing the fingerprint on the test page on or off. */
export function setKeyOnTestPage(on: boolean): Promise<void> {
  return setSetting('keyOnTestPage', on);
}

/**
 * The fingerprint the test page prints, or undefined. A key this browser could not keep is never printed:
 * the next visit signs with another one, so paper would contradict the customer's viewer.
 */
async function printedFingerprint(): Promise<string | undefined> {
  const [on, signing] = await Promise.all([keyOnTestPage(), tabletSigner()]);
  return on && signing.persistent ? signing.fingerprint : undefined;
}

/** The test page's lines about the shop and its key; nothing when the store cannot be read (the page still prints). */
export async function testPageIdentity(): Promise<Pick<TestPageInfo, 'shopName' | 'keyFingerprint'>> {
  try {
    const [profile, keyFingerprint] = await Promise.all([loadShopProfile(), printedFingerprint()]);
    return { ...(profile && { shopName: profile.name }), ...(keyFingerprint && { keyFingerprint }) };
  } catch (error) {
    console.warn('test page prints without the shop and key lines', error);
    return {};
  }
}
