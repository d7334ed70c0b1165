/** The review's filter bar: business days, payment method, receipt state, amount, cashier or reference. */
import { PAYMENT_METHODS } from '../../receipt/payment-methods';
import { receiptWords } from '../../receipt/words';
import type { ReviewState } from '../../ledger/review-flags';
import { useLang, useStrings } from '../i18n';
import type { ReviewInput } from './model';
import { reviewStrings, STATE_WORDS } from './strings';

const STATES: readonly ReviewState[] = ['printed', 'e-receipt', 'failed', 'pending'];

/** `onChange` gets an update of the latest input, so two changes in a row never undo each other. */
export function ReviewFilters({
  value,
  onChange,
}: {
  value: ReviewInput;
  onChange: (update: (previous: ReviewInput) => ReviewInput) => void;
}) {
  const s = useStrings(reviewStrings);
  const states = useStrings(STATE_WORDS);
  const methods = receiptWords(useLang() === 'zh' ? 'zh-CN' : 'en').methods;
  const set = <K extends keyof ReviewInput>(key: K, next: ReviewInput[K]) =>
    onChange((previous) => ({ ...previous, [key]: next }));
  const text = (
    key: 'fromDay' | 'toDay' | 'min' | 'max' | 'text',
    label: string,
    type: string,
    extra = {},
  ) => (
    <div class="review-filter">
      <label for={`review-${key}`}>{label}</label>
      <input
        id={`review-${key}`}
        type={type}
        value={value[key]}
        // Every keystroke goes into the filter: with \`change\` only, a re-render from another filter (the list
        // answering the field before) put back this field's old value and wiped what was being typed.
        onInput={(e) => set(key, (e.target as HTMLInputElement).value)}
        {...extra}
      />
    </div>
  );
  /** A select of `options` (named by `names`) with "any" first; the empty value means no filter. */
  const choice = <K extends 'method' | 'state'>(
    key: K,
    label: string,
    any: string,
    options: readonly Exclude<ReviewInput[K], ''>[],
    names: Readonly<Record<Exclude<ReviewInput[K], ''>, string>>,
  ) => (
    <div class="review-filter">
      <label for={`review-${key}`}>{label}</label>
      <select
        id={`review-${key}`}
        value={value[key]}
        onChange={(e) => set(key, (e.target as HTMLSelectElement).value as ReviewInput[K])}
      >
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {names[option]}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset class="review-filters">
      <legend class="visually-hidden">{s.filters}</legend>
      {text('fromDay', s.fromDay, 'date')}
      {text('toDay', s.toDay, 'date')}
      {choice('method', s.method, s.anyMethod, PAYMENT_METHODS, methods)}
      {choice('state', s.state, s.anyState, STATES, states)}
      {text('min', s.minAmount, 'text', { inputMode: 'decimal', size: 8 })}
      {text('max', s.maxAmount, 'text', { inputMode: 'decimal', size: 8 })}
      {text('text', s.search, 'search')}
    </fieldset>
  );
}
