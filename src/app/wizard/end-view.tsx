/** The end of a run: fixed (and who confirmed it), or not yet, with an e-receipt offer and the support report. */
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
  const fixed = step.result === 'fixed';
  return (
    <div class="stack">
      <section class="wizard-step wizard-end card" data-kind="end" data-result={step.result}>
        <p class="wizard-result" role="status">
          {fixed ? s.fixed : s.stillBroken}
        </p>
        <h2>{step.title[lang]}</h2>
        {step.body && <p>{step.body[lang]}</p>}
        {step.result === 'fixed' && (
          <p>{step.confirmedBy === 'check' ? s.confirmedByCheck : s.confirmedByMerchant}</p>
        )}
        {saved && <p class="wizard-note">{s.savedToLog}</p>}
        <div class="wizard-choices">
          {!fixed && (
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
      {!fixed && report && <ReportPanel report={report} />}
    </div>
  );
}
