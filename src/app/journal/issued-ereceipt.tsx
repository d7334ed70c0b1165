/**
 * The e-receipt of a journaled receipt, loaded on demand from the journal list: the shared panel (QR, link,
 * copy/share), and the link written to the journal so the receipt counts as given to the customer.
 */
import { EReceiptPanel } from '../ereceipt/panel';
import { updateReceiptIf, type JournalEntry } from '../../store/journal';
import '../ereceipt/ereceipt.css';

/** Props: the journal entry and what to do once its link is journaled. */
export interface IssuedEReceiptProps {
  entry: JournalEntry;
  onJournaled?: () => void;
}

export default function IssuedEReceipt({ entry, onJournaled }: IssuedEReceiptProps) {
  const journal = (link: string) =>
    // A receipt being printed right now keeps its state; the customer still gets the QR.
    void updateReceiptIf(entry.id, (now) => now.state !== 'printing' && now.state !== 'sent', {
      state: 'e-receipt-issued',
      link,
    }).then(
      () => onJournaled?.(),
      (error: unknown) => console.warn('e-receipt not journaled', error),
    );
  return <EReceiptPanel receipt={entry.receipt} onLink={journal} />;
}
