/**
 * The end of a run: fixed (and how it was proven), carry on, or not yet, with an e-receipt offer and the support
 * report. An end that needs the cashier to act first (take the payment again) offers the e-receipt only after.
 */
import { useState } from 'preact/hooks';
import type { EndStep } from '../../wizard/types';
import type { SupportReport } from '../../wizard/report';
import { useLang, useStrings } from '../i18n';
import { hrefFor } from '../router';
import { ReportPanel } from './report-panel';
import { wizardStrings } from './strings';

export interface EndViewProps {
  step: EndStep;
  report: SupportReport | null;
  saved: boolean;
  onStartAgain(): void;
}

/** What the merchant sees when the run is over. */
export function EndView({ step, report, saved, onStartAgain }: EndViewProps) {
  const s = useStrings(wizardStrings);
  const lang = useLang();
  const [firstDone, setFirstDone] = useState(false);
  const broken = step.result === 'still-broken';
  const first = step.result === 'still-broken' ? step.eReceiptAfter : undefined;
  const offerEReceipt = broken && (!first || firstDone);
  const resultWord = step.result === 'fixed' ? s.fixed : broken ? s.stillBroken : s.carryOn;
  return (
    <div class="stack">
      <section class="wizard-step wizard-end card" data-kind="end" data-result={step.result}>
        <p class="wizard-result" role="status">
          {resultWord}
        </p>
        <h2>{step.title[lang]}</h2>
        {step.body && <p>{step.body[lang]}</p>}
        {step.result === 'fixed' && (
          <p>{step.proof === 'test-print' ? s.confirmedByMerchant : s.confirmedByCheck}</p>
        )}
        {saved && <p class="wizard-note">{s.savedToLog}</p>}
        <div class="wizard-choices">
          {first && !firstDone && (
            <button type="button" class="action primary" onClick={() => setFirstDone(true)}>
              {first[lang]}
            </button>
          )}
          {offerEReceipt && (
            <a class="action primary" href={hrefFor('ereceipt')}>
              {s.issueEReceipt}
            </a>
          )}
          <button type="button" class="action" onClick={onStartAgain}>
            {s.startAgain}
          </button>
          <a class="action" href={hrefFor('home')}>
            {s.backHome}
          </a>
        </div>
      </section>
      {broken && report && <ReportPanel report={report} />}
    </div>
  );
}
