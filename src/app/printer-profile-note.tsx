/**
 * Shown while a printer is connected: the paper width every job is laid out for, a one-tap test page to
 * check it (its ruler fills exactly one line when the width is right) and the way to change it. Once the
 * merchant has confirmed or set the profile, only the width and the way to change it remain.
 */
import { useState } from 'preact/hooks';
import type { JobOutcome } from '../printer/job-outcome';
import type { PaperWidth } from '../printer/profile';
import { useStrings } from './i18n';
import { usePrinter } from './printer-context';
import type { ActiveSetup } from './printer-controller';
import { profileStrings } from './printer-profile-strings';
import { faultNames, printerStrings } from './printer-strings';
import { hrefFor } from './router';
import './printer-profile.css';

type Words = (typeof profileStrings)['en'];

/** "58 mm", "80 mm" or "432-dot". */
export function paperWords(paper: PaperWidth, s: Words): string {
  return paper.mm === 'custom' ? s.paperDots(paper.dots) : s.paperMm(paper.mm);
}

/** Characters a line at normal size (font A), as the layout uses them. */
export function lineColumns(active: ActiveSetup): number {
  return Math.floor(active.profile.dots / active.profile.dotsPerColumn.a);
}

/** Words for how a test page ended. */
export function useOutcomeText(): (outcome: JobOutcome | null) => string {
  const p = useStrings(printerStrings);
  const names = useStrings(faultNames);
  return (outcome) =>
    outcome === null
      ? ''
      : outcome.kind === 'printed'
        ? p.outcomePrinted
        : outcome.kind === 'sent-unconfirmed'
          ? p.outcomeUnconfirmed
          : p.outcomeFailed(names[outcome.cause]);
}

/** The profile note of the connected printer; nothing while none is connected. */
export function PrinterProfileNote() {
  const s = useStrings(profileStrings);
  const outcomeText = useOutcomeText();
  const { view, active, actions, controller } = usePrinter();
  const [outcome, setOutcome] = useState<JobOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  if (view.state !== 'connected' || !active) return null;
  const check = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await actions.printTestPage());
    } finally {
      setBusy(false);
    }
  };
  const paper = paperWords(active.setup.paper, s);
  const columns = lineColumns(active);
  const model = active.model && <strong>{active.model} · </strong>;
  // A Big5 font is found by the probe or chosen in settings; the merchant should know Chinese comes out in
  // Traditional characters (the wrong set garbles every Chinese line).
  const big5 = active.setup.encoding === 'big5' && ` ${s.big5}`;
  if (active.setup.origin.kind === 'merchant') {
    return (
      <section class="card profile-note" aria-label={s.title} data-columns={columns}>
        <p>
          {model}
          {s.inUse(paper, columns)}
          {big5} <a href={hrefFor('printer')}>{s.change}</a>
        </p>
      </section>
    );
  }
  const confirm = () =>
    controller.changeSetup(active.setup).catch((error: unknown) => console.error('profile not kept', error));
  return (
    <section class="card profile-note" aria-label={s.title} data-columns={columns}>
      <p>
        {model}
        {s.note(paper, columns)}
        {big5}
      </p>
      <div class="profile-note-actions">
        <button type="button" class="action" disabled={busy} onClick={() => void check()}>
          {s.checkWithTestPage}
        </button>
        <button type="button" class="action" onClick={() => void confirm()}>
          {s.looksRight}
        </button>
        <a class="action" href={hrefFor('printer')}>
          {s.change}
        </a>
      </div>
      <p class="status-hint" aria-live="polite">
        {outcomeText(outcome)}
      </p>
    </section>
  );
}
