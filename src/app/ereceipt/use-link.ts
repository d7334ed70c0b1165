/** Builds a receipt's signed e-receipt link, recomputed when the receipt changes, cancelled on unmount. */
import { useEffect, useState } from 'preact/hooks';
import { encodeReceiptLink } from '../../receipt/link/encode';
import type { Receipt } from '../../receipt/types';
import { tabletSigner, type TabletSigner } from './signing';

/** The link and who signed it, or `undefined` while it is being made. */
export interface SignedLink {
  link: string;
  signing: TabletSigner;
}

/** The viewer base of this app: its own origin and path (the viewer is the same page with a `#payload`). */
export function defaultViewerBase(): string {
  return `${location.origin}${location.pathname}`;
}

/** The signed link for `receipt` (undefined until ready). */
export function useSignedLink(receipt: Receipt, base = defaultViewerBase()): SignedLink | undefined {
  const [state, setState] = useState<SignedLink | undefined>(undefined);
  // Keyed by content, not identity: a list that reloads hands over an equal receipt in a new object, and
  // signing it again would redraw the QR with a new signature while the customer is scanning it.
  const content = JSON.stringify(receipt);
  useEffect(() => {
    let live = true;
    setState(undefined);
    void (async () => {
      const signing = await tabletSigner();
      const link = await encodeReceiptLink(base, receipt, { signer: signing.signer });
      if (live) setState({ link, signing });
    })();
    return () => {
      live = false;
    };
    // `receipt` is read through `content`: an equal receipt in a new object is the same receipt.
  }, [content, base]);
  return state;
}
