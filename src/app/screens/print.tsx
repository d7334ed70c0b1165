/**
 * Route `print`: a receipt handed over by URL or share shows here, prints on a tap, and if paper fails the
 * customer's QR appears on the same screen at once (no network needed). Each hand-off is journaled as it
 * arrives, before Print is offered, and Print acts on that journal entry by id; the journal, keyed by receipt
 * id, keeps a reload of the hand-off from printing the same receipt twice.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PrinterProfile } from '../../escpos/capabilities';
import { renderReceiptEscPos } from '../../receipt/render-escpos';
import type { FaultKind } from '../../printer/faults';
import { receiptToHtml } from '../../receipt/render-html';
import type { Receipt } from '../../receipt/types';
import { checkReceipt } from '../../receipt/validate';
import { SaleError } from '../../sale/errors';
import { printReceipt } from '../../sale/print-receipt';
import { reprintReceipt, needsPaper, type ReprintOutcome } from '../../sale/reprint';
import type { SaleOutcome, SaleStep } from '../../sale/types';
import { isStoreError } from '../../store/errors';
import { getReceipt, type JournalEntry } from '../../store/journal';
import { journalArrival, settleConflict } from '../../store/journal-conflicts';
import type { ScreenProps } from '../app';
import { EReceiptPanel } from '../ereceipt/panel';
import { tabletSigner } from '../ereceipt/signing';
import { useStrings } from '../i18n';
import { appReprintDeps, appSaleDeps } from '../journal/app-deps';
import { appJournal } from '../journal/app-journal';
import { forgetSharedFile, readHandOff } from '../journal/handoff';
import { IdConflict } from '../journal/id-conflict';
import { ifReceiptFree, printingDoneElsewhere } from '../journal/locks';
import { reprintWatcher } from '../journal/watcher';
import { printStrings } from '../journal/strings';
import { usePrinter } from '../printer-context';
import type { PrinterView } from '../printer-view';
import { faultNames } from '../printer-strings';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import '../ereceipt/ereceipt.css';

/** A hand-off as this screen holds it; a receipt only once it is in the journal. */
type Loaded =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'unreadable' }
  | { kind: 'invalid'; message: string }
  | { kind: 'not-journaled' }
  | { kind: 'receipt'; entry: JournalEntry }
  /** Another receipt holds this id in the journal: nothing is offered for printing until the merchant chooses. */
  | { kind: 'id-taken'; saved: JournalEntry; offered: Receipt; decided: 'kept-saved' | null };

type Stage =
  | { kind: 'idle' }
  | { kind: 'printing' }
  /** Another tab or the automatic reprint took the receipt first and is printing it: nothing is done here. */
  | { kind: 'elsewhere' }
  | { kind: 'failed'; cause: FaultKind }
  | { kind: 'printed' }
  | { kind: 'unconfirmed' }
  | { kind: 'error'; code: 'journal-failed' | 'link-failed' };

/**
 * Reads, validates and journals the hand-off. Nothing is offered for printing before the receipt is in the
 * journal: a sale handed over is never lost, even if the merchant moves on without printing it.
 */
async function load(params: URLSearchParams): Promise<Loaded> {
  const handOff = await readHandOff(params);
  if (handOff.kind !== 'value') return { kind: handOff.kind };
  const check = checkReceipt(handOff.value);
  if (!check.ok) return { kind: 'invalid', message: check.error.message };
  try {
    const arrival = await journalArrival(check.receipt);
    return arrival.kind === 'id-taken'
      ? { kind: 'id-taken', saved: arrival.entry, offered: arrival.offered, decided: null }
      : { kind: 'receipt', entry: arrival.entry };
  } catch (error) {
    // A full disk does not keep the receipt from the customer: it is kept in memory, printed (or its QR
    // shown), and journaled by itself once there is room; the store notice tells the merchant.
    if (isStoreError(error, 'storage-full'))
      return { kind: 'receipt', entry: appJournal().keepUnsaved(check.receipt, Date.now()) };
    console.warn('hand-off not journaled', error);
    return { kind: 'not-journaled' };
  }
}

/** True while a print job has the receipt (taken from `pending`, bytes on their way or sent). */
function jobUnderWay(entry: JournalEntry): boolean {
  return entry.state === 'printing' || entry.state === 'sent';
}

function stageOf(outcome: SaleOutcome | ReprintOutcome, previous: Stage): Stage {
  switch (outcome.kind) {
    case 'printed':
      return { kind: 'printed' };
    case 'sent-unconfirmed':
      return { kind: 'unconfirmed' };
    case 'e-receipt-issued':
    case 'failed':
    case 'not-ready':
      return { kind: 'failed', cause: outcome.cause };
    case 'rejected':
    case 'not-claimed':
    case 'id-taken':
      return previous;
  }
}

export default function PrintScreen({ route }: ScreenProps) {
  const query = route.params.toString();
  // One hand-off per mount: a new one starts from nothing (no previous receipt, Print button or outcome
  // stays on screen while it is read), and a late answer about the previous one has nowhere to land.
  return <HandOffScreen key={query} query={query} />;
}

function HandOffScreen({ query }: { query: string }) {
  const s = useStrings(printStrings);
  const shell = useStrings(shellStrings);
  const names = useStrings(faultNames);
  const { controller, view, active } = usePrinter();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    // Load the signing key now, so a failure's QR is drawn without waiting for IndexedDB.
    void tabletSigner();
    // A hand-off may be the first screen of the visit: finish interrupted receipts and reprint failed ones here too.
    reprintWatcher(controller);
    void load(new URLSearchParams(query)).then(
      (next) => live && setLoaded(next),
      (error: unknown) => {
        console.warn('hand-off unreadable', error);
        if (live) setLoaded({ kind: 'unreadable' });
      },
    );
    return () => {
      live = false;
    };
  }, [query, controller]);

  const forgetShared = () =>
    void forgetSharedFile(new URLSearchParams(query)).catch((error: unknown) =>
      console.warn('shared file not deleted', error),
    );

  const printingHere = useRef(false);

  /** One tap's read and print of `entry`, run holding the receipt's printing lock. */
  const printOnce = async (entry: JournalEntry, onStep: (step: SaleStep) => void) => {
    // The journal's state now, not the one read when the receipt arrived: another tab (or the automatic
    // reprint) may have printed it meanwhile, and only a receipt still `pending` takes the first print;
    // any other goes through the reprint's claim, which refuses one that needs no paper. A receipt held in
    // memory on a full disk is not in the store: it is as it arrived.
    const current = (await getReceipt(entry.id)) ?? entry;
    return current.state === 'pending'
      ? await printReceipt(current.receipt, await appSaleDeps(controller, onStep, true))
      : await reprintReceipt(entry.id, await appReprintDeps(controller, true));
  };

  /** Prints the journaled receipt `entry` (the one on screen), by its id. */
  const print = async (entry: JournalEntry) => {
    // A second tap in this tab before the screen repainted (a hurried cashier) is the same tap: this tab is
    // printing the receipt already, so it is not "another tab" and must not end the screen on its outcome.
    if (printingHere.current) return;
    printingHere.current = true;
    try {
      await printTap(entry);
    } finally {
      printingHere.current = false;
    }
  };

  const printTap = async (entry: JournalEntry) => {
    setStage({ kind: 'printing' });
    const onStep = (step: SaleStep) => {
      if (step.kind === 'failed' && step.receiptId === entry.id)
        setStage({ kind: 'failed', cause: step.cause });
    };
    try {
      // The whole tap holds the receipt's printing lock, so a tap on it in another tab at the same moment
      // finds it taken (null here) instead of racing this one; the journal's compare-and-set decides the
      // rest (the automatic reprint, a browser without Web Locks).
      const taken = await ifReceiptFree(entry.id, () => printOnce(entry, onStep));
      const outcome = taken ?? { kind: 'not-claimed' };
      if (outcome.kind !== 'rejected' && outcome.kind !== 'id-taken') forgetShared();
      // It is being printed elsewhere: say so, and look at the journal once that job has let go of the
      // receipt (its Web Lock), so the screen ends on what happened to it rather than on a Print button.
      const waitElsewhere = async () => {
        setStage({ kind: 'elsewhere' });
        await printingDoneElsewhere(entry.id);
      };
      if (taken === null) await waitElsewhere();
      // Show what the journal says now; `not-claimed` means the automatic reprint or another tab has the receipt.
      let latest = await getReceipt(entry.id);
      if (taken !== null && outcome.kind === 'not-claimed' && latest && jobUnderWay(latest)) {
        // Taken by a job that claims before it locks (the automatic reprint, Print again on the home screen).
        await waitElsewhere();
        latest = await getReceipt(entry.id);
      }
      if (outcome.kind === 'id-taken' && latest) {
        // Another receipt took the id after this one arrived (another tab): show both, print nothing.
        setLoaded({ kind: 'id-taken', saved: latest, offered: entry.receipt, decided: null });
        setStage({ kind: 'idle' });
        return;
      }
      setLoaded((now) =>
        now.kind === 'receipt' && latest && now.entry.id === latest.id ? { ...now, entry: latest } : now,
      );
      setStage((now) => (outcome.kind === 'not-claimed' ? { kind: 'idle' } : stageOf(outcome, now)));
    } catch (error) {
      if (!(error instanceof SaleError)) throw error;
      console.warn('sale stopped', error);
      setStage({ kind: 'error', code: error.code });
    }
  };

  /** The merchant's choice on a taken id, logged beside the conflict; the new receipt stays unprinted. */
  const settle = (saved: JournalEntry, offered: Receipt, choice: 'printed-saved' | 'kept-saved') => {
    forgetShared();
    void settleConflict(saved.id, offered, choice).catch((error: unknown) =>
      console.warn('receipt conflict choice not logged', error),
    );
  };
  const printSaved = (saved: JournalEntry, offered: Receipt) => {
    settle(saved, offered, 'printed-saved');
    setLoaded({ kind: 'receipt', entry: saved });
    void print(saved);
  };
  const keepSaved = (saved: JournalEntry, offered: Receipt) => {
    settle(saved, offered, 'kept-saved');
    setLoaded({ kind: 'id-taken', saved, offered, decided: 'kept-saved' });
  };

  return (
    <div class="stack print-screen">
      <a class="back" href={hrefFor('home')}>
        ← {shell.back}
      </a>
      <h1>{s.title}</h1>
      {loaded.kind === 'loading' && <p aria-busy="true">{s.loading}</p>}
      {loaded.kind === 'none' && <p role="alert">{s.noReceipt}</p>}
      {loaded.kind === 'unreadable' && <p role="alert">{s.unreadable}</p>}
      {loaded.kind === 'not-journaled' && <p role="alert">{s.journalFailed}</p>}
      {loaded.kind === 'invalid' && (
        <div role="alert">
          <p>{s.invalid}</p>
          <p class="print-invalid">{loaded.message}</p>
        </div>
      )}
      {loaded.kind === 'id-taken' && (
        <IdConflict
          saved={loaded.saved}
          offered={loaded.offered}
          decided={loaded.decided}
          onPrintSaved={() => printSaved(loaded.saved, loaded.offered)}
          onKeepSaved={() => keepSaved(loaded.saved, loaded.offered)}
        />
      )}
      {loaded.kind === 'receipt' && (
        <ReceiptToPrint
          entry={loaded.entry}
          stage={stage}
          printer={view.state}
          profile={view.state === 'connected' ? (active?.profile ?? null) : null}
          onPrint={() => void print(loaded.entry)}
          faultName={(kind) => names[kind]}
        />
      )}
    </div>
  );
}

interface ToPrintProps {
  entry: JournalEntry;
  stage: Stage;
  printer: PrinterView['state'];
  /** The connected printer's profile, to say before printing which characters its font lacks. */
  profile: PrinterProfile | null;
  onPrint: () => void;
  faultName: (kind: FaultKind) => string;
}

function ReceiptToPrint({ entry, stage, printer, profile, onPrint, faultName }: ToPrintProps) {
  const s = useStrings(printStrings);
  const { receipt } = entry;
  const [showQr, setShowQr] = useState(false);
  // A receipt the journal already has printed (or given away with no failure) is never printed again here.
  const handled = stage.kind === 'idle' && !needsPaper(entry);
  const issued = entry.state === 'e-receipt-issued' && stage.kind === 'idle';
  const canPrint = !handled && (stage.kind === 'idle' || stage.kind === 'error');
  const showPanel = stage.kind === 'failed' || issued || showQr;
  const preparePanel = canPrint || stage.kind === 'printing';
  // When printing fails, take keyboard and screen-reader users to the outcome: the customer's QR.
  const panel = useRef<HTMLDivElement>(null);
  const failed = stage.kind === 'failed';
  useEffect(() => {
    if (!failed || !panel.current) return;
    panel.current.focus({ preventScroll: true });
    panel.current.querySelector('.ereceipt-qr')?.scrollIntoView({ block: 'nearest' });
  }, [failed]);
  return (
    <>
      <p class="print-status" role="status" data-stage={stage.kind}>
        {stage.kind === 'idle' && (handled ? s.alreadyPrinted : issued ? s.alreadyIssued : s.printHint)}
        {stage.kind === 'printing' && s.printing}
        {stage.kind === 'elsewhere' && s.printingElsewhere}
        {stage.kind === 'printed' && s.printed}
        {stage.kind === 'unconfirmed' && s.unconfirmed}
        {stage.kind === 'failed' && s.failed(faultName(stage.cause))}
        {stage.kind === 'error' && (stage.code === 'journal-failed' ? s.journalFailed : s.linkFailed)}
      </p>
      {(showPanel || preparePanel) && (
        // Mounted (hidden) from the moment the receipt can be printed, so the link is signed and the QR drawn
        // before any failure: when paper fails, showing it is one repaint.
        <div class="print-qr" hidden={!showPanel} ref={panel} tabIndex={-1}>
          <EReceiptPanel receipt={receipt} />
        </div>
      )}
      {stage.kind === 'unconfirmed' && !showQr && (
        <button type="button" class="action" onClick={() => setShowQr(true)}>
          {s.issueEReceipt}
        </button>
      )}
      {canPrint && profile && (
        <UnprintableNote receipt={receipt} profile={profile} onShowQr={() => setShowQr(true)} />
      )}
      {canPrint && printer === 'connecting' && <p aria-busy="true">{s.connecting}</p>}
      {canPrint && printer !== 'connected' && printer !== 'connecting' && <p>{s.noPrinter}</p>}
      {canPrint && (
        // While the printer is still being opened and probed, a tap would find no printer and give the
        // customer an e-receipt for nothing: wait the few seconds.
        <button type="button" class="action primary" onClick={onPrint} disabled={printer === 'connecting'}>
          {s.print}
        </button>
      )}
      <div class="ereceipt-preview" dangerouslySetInnerHTML={{ __html: receiptToHtml(receipt) }} />
    </>
  );
}

/**
 * Before printing: the characters of this receipt the connected printer's font lacks (a simplified name on
 * a Big5 printer, an emoji anywhere), which paper shows as "?". Said with the way out: the e-receipt, and
 * the settings where a wrong Chinese set is put right.
 */
const SHOWN_CHARS = 8;

function UnprintableNote(props: { receipt: Receipt; profile: PrinterProfile; onShowQr: () => void }) {
  const s = useStrings(printStrings);
  const { receipt, profile } = props;
  const missing = useMemo(() => renderReceiptEscPos(receipt, { profile }).unprintable, [receipt, profile]);
  if (missing.length === 0) return null;
  // A whole receipt of simplified names on a Big5 printer lacks dozens: a few show what kind they are.
  const shown =
    missing.length > SHOWN_CHARS ? `${missing.slice(0, SHOWN_CHARS).join(' ')} …` : missing.join(' ');
  return (
    <div class="print-unprintable" role="note">
      <p>{s.unprintable(missing.length, shown)}</p>
      <div class="print-unprintable-actions">
        <button type="button" class="action" onClick={props.onShowQr}>
          {s.issueEReceipt}
        </button>
        <a class="action" href={hrefFor('printer')}>
          {s.unprintableSettings}
        </a>
      </div>
    </div>
  );
}
