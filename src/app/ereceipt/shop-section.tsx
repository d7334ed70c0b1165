/**
 * The settings screen's "Shop" section: the shop profile (name, address, phone, tax id, footer), the
 * fingerprint of this tablet's e-receipt key, and where that fingerprint is printed.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  loadShopProfile,
  profileDraft,
  profileFromDraft,
  saveShopProfile,
  type ShopProfileDraft,
} from '../../store/shop-profile';
import { useStrings } from '../i18n';
import { keyPrinted, setKeyPrinted, type KeyPlace } from './paper-identity';
import { shopStrings } from './shop-strings';
import './ereceipt.css';
import { tabletSigner, type TabletSigner } from './signing';

type SaveState = 'idle' | 'saved' | 'name-required' | 'failed';

const FIELDS = [
  ['name', 80],
  ['address', 200],
  ['phone', 40],
  ['taxId', 40],
  ['footer', 500],
] as const satisfies readonly (readonly [keyof ShopProfileDraft, number])[];

/** The section; loads what is saved, saves on submit. */
export function ShopSection() {
  const s = useStrings(shopStrings);
  // Null until the stored profile is read, so typing never races the load.
  const [draft, setDraft] = useState<ShopProfileDraft | null>(null);
  const [saved, setSaved] = useState<SaveState>('idle');
  const [signing, setSigning] = useState<TabletSigner | null>(null);
  const [printed, setPrinted] = useState<Record<KeyPlace, boolean> | null>(null);
  const [keySaved, setKeySaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  useEffect(() => {
    let live = true;
    void loadShopProfile()
      .catch((error: unknown) => {
        console.warn('shop profile not readable', error);
        return undefined;
      })
      .then((profile) => live && setDraft(profileDraft(profile)));
    void tabletSigner().then((signer) => live && setSigning(signer));
    void Promise.all([keyPrinted('testPage'), keyPrinted('receipts')])
      .then(([testPage, receipts]) => ({ testPage, receipts }))
      .catch((error: unknown) => {
        console.warn('fingerprint settings not readable', error);
        return { testPage: true, receipts: false };
      })
      .then((choice) => live && setPrinted(choice));
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!draft) return;
    const profile = profileFromDraft(draft);
    if (!profile) return setSaved('name-required');
    try {
      await saveShopProfile(profile);
      setSaved('saved');
    } catch (error) {
      console.warn('shop profile not saved', error);
      setSaved('failed');
    }
  };
  const toggle = async (place: KeyPlace, on: boolean) => {
    setPrinted((old) => old && { ...old, [place]: on });
    setKeySaved('idle');
    try {
      await setKeyPrinted(place, on);
      // Said once it is on disk: a merchant who reloads or closes the tab before that would lose the choice.
      setKeySaved('saved');
    } catch (error) {
      console.warn('fingerprint setting not saved', error);
      setPrinted((old) => old && { ...old, [place]: !on });
      setKeySaved('failed');
    }
  };

  return (
    <section class="card stack" aria-labelledby="shop-title">
      <h2 id="shop-title">{s.title}</h2>
      <p>{s.intro}</p>
      {draft && (
        <form class="stack ereceipt-form" onSubmit={(e) => void submit(e)} noValidate>
          {FIELDS.map(([key, max]) => (
            <label key={key}>
              {s[key]}
              <input
                maxLength={max}
                required={key === 'name'}
                value={draft[key]}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  setSaved('idle');
                  setDraft((old) => old && { ...old, [key]: value });
                }}
              />
            </label>
          ))}
          <button type="submit">{s.save}</button>
          {saved === 'saved' && <p role="status">{s.saved}</p>}
          {saved === 'name-required' && <p role="alert">{s.nameRequired}</p>}
          {saved === 'failed' && <p role="alert">{s.saveFailed}</p>}
        </form>
      )}
      <h3>{s.keyTitle}</h3>
      {signing && (
        <p data-testid="key-fingerprint">
          {signing.persistent ? s.fingerprint(signing.fingerprint) : s.temporaryKey(signing.fingerprint)}
        </p>
      )}
      {printed &&
        (['testPage', 'receipts'] as const).map((place) => (
          <label key={place}>
            <input
              type="checkbox"
              checked={printed[place]}
              onChange={(e) => void toggle(place, e.currentTarget.checked)}
            />
            {place === 'testPage' ? s.keyOnTestPage : s.keyOnReceipts}
          </label>
        ))}
      {keySaved === 'saved' && <p role="status">{s.saved}</p>}
      {keySaved === 'failed' && <p role="alert">{s.saveFailed}</p>}
    </section>
  );
}
