/** The imported bills: what each is, and what is off about it for the day being reconciled. */
import type { StoredBill } from '../../store/ledger';
import { useStrings } from '../i18n';
import { platformWords, reconcileStrings } from './strings';

/** The platform's name, or the merchant's name for a mapped layout. */
export function billName(stored: StoredBill, words: Record<string, string>): string {
  const { bill } = stored;
  return bill.platform === 'custom' ? bill.layout.replace(/^custom:/, '') : words[bill.platform]!;
}

/** Merchant numbers that differ from another bill of the same platform. */
function odd(stored: StoredBill, all: readonly StoredBill[]): boolean {
  const id = stored.bill.merchantId;
  return (
    id !== undefined &&
    all.some(
      (o) =>
        o.bill.platform === stored.bill.platform &&
        o.bill.merchantId !== undefined &&
        o.bill.merchantId !== id,
    )
  );
}

export function BillList({
  bills,
  day,
  onRemove,
}: {
  bills: readonly StoredBill[];
  day: string;
  onRemove: (id: string) => void;
}) {
  const s = useStrings(reconcileStrings);
  const platforms = useStrings(platformWords);
  return (
    <section class="card stack" aria-labelledby="bills-title">
      <h2 id="bills-title">{s.bills}</h2>
      {bills.length === 0 ? (
        <p>{s.noBills}</p>
      ) : (
        <ul class="bill-list">
          {bills.map((stored) => {
            const { bill } = stored;
            return (
              <li class="bill" key={stored.id} data-platform={bill.platform}>
                <div class="bill-facts">
                  <strong>{billName(stored, platforms)}</strong>
                  {bill.merchantId && (
                    <span>
                      {s.merchant} {bill.merchantId}
                    </span>
                  )}
                  <span>{bill.days.join(', ')}</span>
                  <span>{s.rows(bill.rows.length)}</span>
                  <span class="bill-file">{stored.fileName}</span>
                  <span>{bill.encoding.toUpperCase()}</span>
                </div>
                {!bill.days.includes(day) && (
                  <p class="bill-warning">{s.notForDay(bill.days.join(', ') || '—')}</p>
                )}
                {odd(stored, bills) && <p class="bill-warning">{s.otherMerchant(bill.merchantId!)}</p>}
                <button
                  type="button"
                  aria-label={s.removeBill(stored.fileName)}
                  onClick={() => onRemove(stored.id)}
                >
                  {s.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
