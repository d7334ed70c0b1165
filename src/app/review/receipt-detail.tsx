/** One receipt as paper and its whole history: journaled, each print job and how it ended, e-receipt, reprint. */
import { useEffect, useState } from 'preact/hooks';
import { receiptToHtml } from '../../receipt/render-html';
import { jobsOfReceipt, type JobEntry, type JournalEntry } from '../../store/index';
import { localStamp } from '../fault-log/time';
import { useStrings } from '../i18n';
import { faultNames } from '../printer-strings';
import { reviewStateOf } from './model';
import { reviewStrings, STATE_WORDS } from './strings';

interface Step {
  at: number | null;
  text: string;
}

export function ReceiptDetail({ entry, onClose }: { entry: JournalEntry; onClose: () => void }) {
  const s = useStrings(reviewStrings);
  const states = useStrings(STATE_WORDS);
  const names = useStrings(faultNames);
  const [jobs, setJobs] = useState<JobEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    jobsOfReceipt(entry.id).then(
      (list) => live && setJobs(list),
      (error: unknown) => {
        console.error('jobs not read', error);
        if (live) setJobs([]);
      },
    );
    return () => {
      live = false;
    };
  }, [entry.id]);

  const steps: Step[] = [{ at: entry.createdAt, text: s.journaled }];
  for (const job of jobs ?? []) {
    steps.push({ at: job.startedAt, text: s.printStarted });
    if (job.state === 'sending') steps.push({ at: null, text: s.unfinished });
    else if (job.outcome.kind === 'printed') steps.push({ at: job.updatedAt, text: s.printed });
    else if (job.outcome.kind === 'failed')
      steps.push({ at: job.updatedAt, text: s.failed(names[job.outcome.cause]) });
    else steps.push({ at: job.updatedAt, text: s.unconfirmed });
  }
  const jobFailed = (jobs ?? []).some((j) => j.state === 'done' && j.outcome.kind === 'failed');
  if (entry.failure && !jobFailed)
    steps.push({ at: entry.failure.at, text: s.failed(names[entry.failure.cause]) });
  if (entry.eReceiptLink) steps.push({ at: null, text: s.eReceiptIssued });
  if (entry.state === 'reprinted') steps.push({ at: entry.updatedAt, text: s.reprinted });

  return (
    <section class="review-detail card" aria-labelledby="review-detail-title">
      <h2 id="review-detail-title">
        {s.receiptNo} {entry.receipt.id}
      </h2>
      <div class="review-detail-body">
        <div class="ereceipt-preview" dangerouslySetInnerHTML={{ __html: receiptToHtml(entry.receipt) }} />
        <div>
          <h3>{s.history}</h3>
          <ol class="review-history" aria-busy={jobs === null}>
            {steps.map((step, i) => (
              <li key={i}>
                {step.at !== null && (
                  <time dateTime={new Date(step.at).toISOString()}>{localStamp(step.at)}</time>
                )}{' '}
                <span>{step.text}</span>
              </li>
            ))}
          </ol>
          <p class="review-now">{s.nowState(states[reviewStateOf(entry.state)])}</p>
          <button type="button" onClick={onClose}>
            {s.close}
          </button>
        </div>
      </div>
    </section>
  );
}
