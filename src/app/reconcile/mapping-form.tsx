/**
 * The one-time column mapping for a bill in no known layout: which header column is the time, the
 * reference(s), the amount, and optionally the kind, its refund values and the fee; which payment methods the
 * bill speaks for (card and UnionPay unless the merchant says otherwise).
 */
import { useState } from 'preact/hooks';
import type { ColumnMapping } from '../../ledger/mapped-bill';
import { PAYMENT_METHODS } from '../../receipt/payment-methods';
import type { PaymentMethod } from '../../receipt/types';
import { receiptWords } from '../../receipt/words';
import { useLang, useStrings } from '../i18n';
import type { PendingFile } from './use-bills';
import { reconcileStrings } from './strings';

export function MappingForm({
  pending,
  onSave,
  onCancel,
}: {
  pending: PendingFile;
  onSave: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const s = useStrings(reconcileStrings);
  const methodNames = receiptWords(useLang() === 'zh' ? 'zh-CN' : 'en').methods;
  const columns = pending.unknown.header.filter((c) => c !== '');
  const [label, setLabel] = useState(pending.file.name.replace(/\.(csv|txt)$/i, ''));
  const [time, setTime] = useState('');
  const [references, setReferences] = useState<string[]>([]);
  const [amount, setAmount] = useState('');
  const [kind, setKind] = useState('');
  const [refundValues, setRefundValues] = useState('');
  const [fee, setFee] = useState('');
  const [methods, setMethods] = useState<PaymentMethod[]>(['card', 'unionpay']);
  const [incomplete, setIncomplete] = useState(false);

  const toggle = <T,>(list: T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);
  const submit = (event: Event) => {
    event.preventDefault();
    if (time === '' || amount === '' || references.length === 0 || methods.length === 0) {
      setIncomplete(true);
      return;
    }
    const values = refundValues
      .split(/[,，]/)
      .map((v) => v.trim())
      .filter(Boolean);
    onSave({
      header: pending.unknown.signature,
      label: label.trim() || pending.file.name,
      time,
      references,
      amount,
      ...(kind ? { kind, refundValues: values } : {}),
      ...(fee ? { fee } : {}),
      methods,
    });
  };
  const select = (name: string, value: string, set: (v: string) => void, optional: boolean) => (
    <label>
      {name}
      <select value={value} onChange={(e) => set(e.currentTarget.value)}>
        <option value="">{optional ? s.none : '—'}</option>
        {columns.map((c) => (
          <option value={c}>{c}</option>
        ))}
      </select>
    </label>
  );

  return (
    <form class="card stack mapping-form" aria-labelledby="mapping-title" onSubmit={submit} noValidate>
      <h2 id="mapping-title">{s.mapTitle}</h2>
      <p>{s.mapIntro}</p>
      <label>
        {s.mapLabel}
        <input value={label} maxLength={60} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      {select(s.mapTime, time, setTime, false)}
      <fieldset>
        <legend>{s.mapReferences}</legend>
        {columns.map((c) => (
          <label class="check">
            <input
              type="checkbox"
              checked={references.includes(c)}
              onChange={(e) => setReferences(toggle(references, c, e.currentTarget.checked))}
            />
            {c}
          </label>
        ))}
      </fieldset>
      {select(s.mapAmount, amount, setAmount, false)}
      {select(s.mapKind, kind, setKind, true)}
      {kind && (
        <label>
          {s.mapRefundValues}
          <input value={refundValues} onInput={(e) => setRefundValues(e.currentTarget.value)} />
        </label>
      )}
      {select(s.mapFee, fee, setFee, true)}
      <fieldset>
        <legend>{s.mapMethods}</legend>
        {PAYMENT_METHODS.map((m) => (
          <label class="check">
            <input
              type="checkbox"
              checked={methods.includes(m)}
              onChange={(e) => setMethods(toggle(methods, m, e.currentTarget.checked))}
            />
            {methodNames[m]}
          </label>
        ))}
      </fieldset>
      {incomplete && <p role="alert">{s.mapIncomplete}</p>}
      <div class="button-row">
        <button type="submit" class="primary">
          {s.saveMapping}
        </button>
        <button type="button" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
