/**
 * "Issue e-receipt": for the customer who was charged but got no receipt. The merchant fills the form; the
 * receipt is journaled on this tablet, then shown as a signed QR code the customer scans.
 */
import { useRef, useState } from 'preact/hooks';
import type { Receipt } from '../../receipt/types';
import { receiptToHtml } from '../../receipt/render-html';
import { saveReceipt, setReceiptState } from '../../store/journal';
import { IssueForm } from '../ereceipt/issue-form';
import { EReceiptPanel } from '../ereceipt/panel';
import { ereceiptStrings } from '../ereceipt/strings';
import { useStrings } from '../i18n';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import '../ereceipt/ereceipt.css';

type Issued = { receipt: Receipt; journaled: 'saving' | 'saved' | 'failed' };

export default function EReceiptScreen() {
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
        <IssueForm onIssue={issue} />
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
