/** The manual-issue form: amount, payment method, reference and optional items → a validated receipt. */
import { useEffect, useState } from 'preact/hooks';
import { formatMoney } from '../../receipt/money';
import type { PaymentMethod, Receipt } from '../../receipt/types';
import { PAYMENT_METHODS } from '../../receipt/validate';
import { receiptWords } from '../../receipt/words';
import { loadShopProfile, saveShopProfile, type ShopProfile } from '../../store/shop-profile';
import { useLang, useStrings } from '../i18n';
import {
  manualReceipt,
  manualReceiptId,
  nowRfc3339,
  type ManualEntry,
  type ManualProblem,
} from './manual-receipt';
import { ereceiptStrings, receiptErrorStrings } from './strings';

const CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'GBP', 'JPY'];
// Where the form kept the last shop name before the shop profile existed; read once for tablets that have it.
const LEGACY_SHOP_KEY = 'receipt-rescue.shop-name';

function legacyShopName(): string {
  try {
    return localStorage.getItem(LEGACY_SHOP_KEY) ?? '';
  } catch (error) {
    console.warn('shop name not readable from storage', error);
    return '';
  }
}

/** What the form can start with (from the route: a payment found on a bill with no receipt). */
export type IssuePrefill = Partial<Pick<ManualEntry, 'amount' | 'method' | 'reference'>>;

/** Calls `onIssue` with a valid receipt when the merchant submits a consistent entry. */
export function IssueForm({
  onIssue,
  prefill = {},
}: {
  onIssue: (receipt: Receipt) => void;
  prefill?: IssuePrefill;
}) {
  const s = useStrings(ereceiptStrings);
  const errors = useStrings(receiptErrorStrings);
  const lang = useLang();
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const [entry, setEntry] = useState<Omit<ManualEntry, 'defaultItemName' | 'locale' | 'profile'>>(() => ({
    shopName: '',
    currency: 'CNY',
    amount: prefill.amount ?? '',
    method: prefill.method ?? 'wechat',
    reference: prefill.reference ?? '',
    items: [],
  }));
  const [problem, setProblem] = useState<ManualProblem | null>(null);
  // The saved shop profile (null: none saved, undefined: still loading) prefills the shop name.
  const [profile, setProfile] = useState<ShopProfile | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadShopProfile()
      .catch((error: unknown) => {
        console.warn('shop profile not readable', error);
        return undefined;
      })
      .then((saved) => {
        if (!live) return;
        setProfile(saved ?? null);
        const name = saved?.name ?? legacyShopName();
        // A name typed before the profile arrived stays.
        setEntry((old) => (old.shopName ? old : { ...old, shopName: name }));
      });
    return () => {
      live = false;
    };
  }, []);
  const set = (patch: Partial<typeof entry>) => setEntry((old) => ({ ...old, ...patch }));
  const setItem = (index: number, patch: Partial<ManualEntry['items'][number]>) =>
    set({ items: entry.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) });

  const submit = (event: Event) => {
    event.preventDefault();
    const result = manualReceipt(
      { ...entry, defaultItemName: s.defaultItem, locale, ...(profile && { profile }) },
      manualReceiptId(),
      nowRfc3339(),
    );
    if ('receipt' in result) {
      // The first name issued under becomes the shop profile, so the next e-receipt starts from it.
      if (profile === null) {
        const first = { name: result.receipt.shop.name };
        setProfile(first);
        saveShopProfile(first).catch((error: unknown) => console.warn('shop profile not saved', error));
      }
      setProblem(null);
      onIssue(result.receipt);
    } else setProblem(result);
  };

  const money = (minor: number) => formatMoney(minor, entry.currency, { display: 'code' });
  const message =
    problem === null
      ? null
      : problem.kind === 'amount'
        ? s.amountInvalid
        : problem.kind === 'items-do-not-add'
          ? s.itemsDoNotAdd(money(problem.items), money(problem.amount))
          : `${errors[problem.error.code]} (${problem.error.path})`;
  const methodNames = receiptWords(locale).methods;

  return (
    <form class="card stack ereceipt-form" onSubmit={submit} noValidate>
      <p>{s.intro}</p>
      <label>
        {s.shopName}
        <input
          required
          maxLength={80}
          value={entry.shopName}
          onInput={(e) => set({ shopName: e.currentTarget.value })}
        />
      </label>
      <div class="ereceipt-row">
        <label>
          {s.amount}
          <input
            inputMode="decimal"
            required
            value={entry.amount}
            onInput={(e) => set({ amount: e.currentTarget.value })}
          />
        </label>
        <label>
          {s.currency}
          <select value={entry.currency} onChange={(e) => set({ currency: e.currentTarget.value })}>
            {CURRENCIES.map((c) => (
              <option value={c}>{c}</option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {s.method}
        <select
          value={entry.method}
          onChange={(e) => set({ method: e.currentTarget.value as PaymentMethod })}
        >
          {PAYMENT_METHODS.map((m) => (
            <option value={m}>{methodNames[m]}</option>
          ))}
        </select>
      </label>
      <label>
        {s.reference}
        <input
          maxLength={64}
          value={entry.reference}
          onInput={(e) => set({ reference: e.currentTarget.value })}
        />
        <small>{s.referenceHint}</small>
      </label>
      <fieldset>
        <legend>{s.items}</legend>
        {entry.items.map((item, i) => (
          <div class="ereceipt-row">
            <input
              aria-label={s.itemName}
              maxLength={120}
              value={item.name}
              onInput={(e) => setItem(i, { name: e.currentTarget.value })}
            />
            <input
              aria-label={s.itemAmount}
              inputMode="decimal"
              value={item.amount}
              onInput={(e) => setItem(i, { amount: e.currentTarget.value })}
            />
            <button type="button" onClick={() => set({ items: entry.items.filter((_, j) => j !== i) })}>
              {s.removeItem}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set({ items: [...entry.items, { name: '', amount: '' }] })}>
          {s.addItem}
        </button>
      </fieldset>
      {message && <p role="alert">{message}</p>}
      <button type="submit" class="primary">
        {s.issue}
      </button>
    </form>
  );
}
