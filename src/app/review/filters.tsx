/** The review's filter bar: business days, payment method, receipt state, amount, cashier or reference. */
import { PAYMENT_METHODS } from '../../receipt/payment-methods';
import type { PaymentMethod } from '../../receipt/types';
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
  return (
    <fieldset class="review-filters">
      <legend class="visually-hidden">{s.filters}</legend>
      {text('fromDay', s.fromDay, 'date')}
      {text('toDay', s.toDay, 'date')}
      <div class="review-filter">
        <label for="review-method">{s.method}</label>
        <select
          id="review-method"
          value={value.method}
          onChange={(e) => set('method', (e.target as HTMLSelectElement).value as PaymentMethod | '')}
        >
          <option value="">{s.anyMethod}</option>
          {PAYMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {methods[m]}
            </option>
          ))}
        </select>
      </div>
      <div class="review-filter">
        <label for="review-state">{s.state}</label>
        <select
          id="review-state"
          value={value.state}
          onChange={(e) => set('state', (e.target as HTMLSelectElement).value as ReviewState | '')}
        >
          <option value="">{s.anyState}</option>
          {STATES.map((st) => (
            <option key={st} value={st}>
              {states[st]}
            </option>
          ))}
        </select>
      </div>
      {text('min', s.minAmount, 'text', { inputMode: 'decimal', size: 8 })}
      {text('max', s.maxAmount, 'text', { inputMode: 'decimal', size: 8 })}
      {text('text', s.search, 'search')}
    </fieldset>
  );
}
