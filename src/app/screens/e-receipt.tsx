/**
 * "Issue e-receipt": for the customer who was charged but got no receipt. The merchant fills the form; the
 * receipt is journaled on this tablet, then shown as a signed QR code the customer scans.
 */
import { useRef, useState } from 'preact/hooks';
import type { Receipt } from '../../receipt/types';
import { receiptToHtml } from '../../receipt/render-html';
import { saveReceipt, setReceiptState } from '../../store/journal';
import { IssueForm, type IssuePrefill } from '../ereceipt/issue-form';
import { PAYMENT_METHODS } from '../../receipt/payment-methods';
import type { ScreenProps } from '../app';
import { EReceiptPanel } from '../ereceipt/panel';
import { ereceiptStrings } from '../ereceipt/strings';
import { useStrings } from '../i18n';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import '../ereceipt/ereceipt.css';

type Issued = { receipt: Receipt; journaled: 'saving' | 'saved' | 'failed' };

/** `?amount=12.50&method=wechat&reference=…`: a payment the merchant is issuing the receipt for. */
function prefillOf(params: URLSearchParams): IssuePrefill {
  const amount = params.get('amount');
  const method = PAYMENT_METHODS.find((m) => m === params.get('method'));
  const reference = params.get('reference');
  return {
    ...(amount !== null && { amount }),
    ...(method && { method }),
    ...(reference !== null && { reference: reference.slice(0, 64) }),
  };
}

export default function EReceiptScreen({ route }: ScreenProps) {
  const shell = useStrings(shellStrings);
  const s = useStrings(ereceiptStrings);
  const [issued, setIssued] = useState<Issued | null>(null);
  const saved = useRef<Promise<unknown> | null>(null);

  const settle = (receipt: Receipt, work: Promise<unknown>) =>
    work.then(
      () =>
        setIssued((now) =>
          now?.receipt === receipt && now.journaled === 'saving' ? { receipt, journaled: 'saved' } : now,
        ),
      (error: unknown) => {
        console.warn('e-receipt not journaled', error);
        setIssued((now) => (now?.receipt === receipt ? { receipt, journaled: 'failed' } : now));
      },
    );
  // Journal first; the QR is shown at once all the same, since the customer is waiting at the counter.
  const issue = (receipt: Receipt) => {
    setIssued({ receipt, journaled: 'saving' });
    saved.current = saveReceipt(receipt);
    void settle(receipt, saved.current);
  };
  const linked = (receipt: Receipt, link: string) =>
    void settle(
      receipt,
      (saved.current ?? Promise.resolve()).then(() =>
        setReceiptState(receipt.id, { state: 'e-receipt-issued', link }),
      ),
    );

  return (
    <div class="stack">
      <a class="back" href={hrefFor('home')}>
        ← {shell.back}
      </a>
      <h1>{s.title}</h1>
      {issued === null ? (
        <IssueForm onIssue={issue} prefill={prefillOf(route.params)} />
      ) : (
        <div class="ereceipt-issued">
          <EReceiptPanel receipt={issued.receipt} onLink={(link) => linked(issued.receipt, link)} />
          {issued.journaled === 'failed' && <p role="alert">{s.journalFailed}</p>}
          <div class="ereceipt-preview" dangerouslySetInnerHTML={{ __html: receiptToHtml(issued.receipt) }} />
          <button type="button" onClick={() => setIssued(null)}>
            {s.newReceipt}
          </button>
        </div>
      )}
    </div>
  );
}
