/**
 * `<EReceiptPanel receipt=… />`: a large QR code of the signed e-receipt link, the link itself, and copy and
 * share buttons. Works with the network cut: the link is built and signed on the tablet, the QR drawn here.
 * A second mode puts the receipt itself in the QR as plain text, for a customer whose phone has no data.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { announceQrShown } from './shown';
import { qrForLink, qrForText, qrSvg, QrTooLargeError } from '../../receipt/qr';
import { receiptToText } from '../../receipt/text-receipt';
import type { Receipt } from '../../receipt/types';
import { useStrings } from '../i18n';
import { ereceiptStrings } from './strings';
import { useSignedLink } from './use-link';
import { modulesAcross, useWholeModules } from './whole-modules';

type QrMode = 'link' | 'text';
type CopyState = 'idle' | 'copied' | 'failed';

/** Props of the panel; `base` defaults to this app's own URL (the viewer lives there). */
export interface EReceiptPanelProps {
  receipt: Receipt;
  base?: string;
  /** Told the link once it is signed (e.g. to journal it). */
  onLink?: (link: string) => void;
}

function qrMarkup(content: string, mode: QrMode): string | undefined {
  try {
    return qrSvg(mode === 'link' ? qrForLink(content) : qrForText(content));
  } catch (error) {
    if (error instanceof QrTooLargeError) return undefined;
    throw error;
  }
}

export function EReceiptPanel({ receipt, base, onLink }: EReceiptPanelProps) {
  const s = useStrings(ereceiptStrings);
  const signed = useSignedLink(receipt, base);
  useEffect(() => {
    if (signed) onLink?.(signed.link);
    // Only a new link is news; a new callback identity is not.
  }, [signed]);
  const [mode, setMode] = useState<QrMode>('link');
  const [copy, setCopy] = useState<CopyState>('idle');
  const content = mode === 'text' ? receiptToText(receipt) : signed?.link;
  // The SVG is ours (a path of modules); no receipt text ends up in its markup.
  const svg = useMemo(() => (content === undefined ? undefined : qrMarkup(content, mode)), [content, mode]);
  const qrBox = useRef<HTMLDivElement>(null);
  useWholeModules(qrBox, svg === undefined ? undefined : modulesAcross(svg));
  // Whoever times the counter (a practice drill) hears the moment a customer's QR is on screen.
  useEffect(() => {
    if (svg !== undefined) announceQrShown();
  }, [svg]);

  if (!signed) return <p class="ereceipt-preparing">{s.preparing}</p>;

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(signed.link);
      setCopy('copied');
    } catch (error) {
      console.warn('clipboard write refused', error);
      setCopy('failed');
    }
  };
  const canShare = typeof navigator.share === 'function';
  const onShare = async () => {
    try {
      await navigator.share({ title: receipt.shop.name, url: signed.link });
    } catch (error) {
      // The merchant closing the share sheet is an AbortError: nothing to report.
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        console.warn('share failed', error);
    }
  };

  return (
    <section class="card ereceipt-panel" aria-label={s.title}>
      {svg ? (
        <div
          class="ereceipt-qr"
          ref={qrBox}
          role="img"
          aria-label={s.scanHint}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ) : (
        <p role="alert">{s.qrTooLarge}</p>
      )}
      <p class="ereceipt-hint">{s.scanHint}</p>
      {/* The code and its words first, so they stay on screen; what the merchant may change comes after. */}
      <div class="ereceipt-modes" role="radiogroup" aria-label={s.qrMode}>
        {(['link', 'text'] as const).map((m) => (
          <button
            type="button"
            role="radio"
            aria-checked={mode === m}
            class={mode === m ? 'primary' : ''}
            onClick={() => setMode(m)}
          >
            {m === 'link' ? s.qrLink : s.qrText}
          </button>
        ))}
      </div>
      <p class="ereceipt-key">
        {signed.signing.persistent
          ? s.signedWith(signed.signing.fingerprint)
          : s.unsignedMemoryKey(signed.signing.fingerprint)}
      </p>
      <label class="ereceipt-link">
        {s.linkLabel}
        <input type="text" readOnly value={signed.link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div class="ereceipt-actions">
        <button type="button" onClick={() => void onCopy()}>
          {copy === 'copied' ? s.copied : s.copy}
        </button>
        {canShare && (
          <button type="button" onClick={() => void onShare()}>
            {s.share}
          </button>
        )}
      </div>
      {copy === 'failed' && <p role="alert">{s.copyFailed}</p>}
    </section>
  );
}
