/** Home: the printer's status at a glance and the entry to every task. */
import { useStrings } from '../i18n';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import { StatusArea } from '../status-area';
import { JournalPanel } from '../journal/journal-panel';
import { useState } from 'preact/hooks';
import { usePrinter } from '../printer-context';
import { ConnectionHelp } from '../printer-help';
import { LastDrillNote } from '../drill/last-drill';
import { faultNames, printerStrings } from '../printer-strings';
import type { JobOutcome } from '../../printer/job-outcome';
import { lazyScreen } from '../lazy';
import type { ConnectSheet as Sheet } from '../connect/connect-sheet';

// The sheet (and the transports it warms) load when the merchant opens it, not with the first screen.
const ConnectSheet = lazyScreen<Parameters<typeof Sheet>[0]>(() =>
  import('../connect/connect-sheet').then((module) => ({ default: module.ConnectSheet })),
);

export function HomeScreen() {
  const s = useStrings(shellStrings);
  const p = useStrings(printerStrings);
  const names = useStrings(faultNames);
  const { view, actions } = usePrinter();
  const [choosing, setChoosing] = useState(false);
  const [outcome, setOutcome] = useState<JobOutcome | null>(null);
  const connected = view.state === 'connected';
  const printTestPage = async () => {
    setOutcome(null);
    setOutcome(await actions.printTestPage());
  };
  const outcomeText =
    outcome === null
      ? ''
      : outcome.kind === 'printed'
        ? p.outcomePrinted
        : outcome.kind === 'sent-unconfirmed'
          ? p.outcomeUnconfirmed
          : p.outcomeFailed(names[outcome.cause]);
  return (
    <div class="home">
      {/* The page's title for screen readers and outlines; the app bar already shows it. */}
      <h1 class="visually-hidden">{s.appName}</h1>
      {/* On a landscape tablet the printer takes the left column, the merchant's tasks the right one. */}
      <div class="home-printer">
        <StatusArea />
        <ConnectionHelp view={view} />
      </div>
      <JournalPanel />
      <nav class="actions" aria-label={s.actions}>
        <button
          type="button"
          class="action primary"
          aria-expanded={choosing}
          disabled={view.state === 'connecting'}
          onClick={() => setChoosing(!choosing)}
        >
          {s.connectPrinter}
        </button>
        {choosing && <ConnectSheet actions={actions} onChosen={() => setChoosing(false)} />}
        <a class="action" href={hrefFor('virtual')}>
          {s.tryVirtualPrinter}
        </a>
        <button type="button" class="action" disabled={!connected} onClick={() => void printTestPage()}>
          {s.printTestPage}
        </button>
        <a class="action" href={hrefFor('ereceipt')}>
          {s.issueEReceipt}
        </a>
        <a class="action" href={hrefFor('faults')}>
          {s.faultLog}
        </a>
        <a class="action" href={hrefFor('wizard')}>
          {s.troubleshoot}
        </a>
        <a class="action" href={hrefFor('reconcile')}>
          {s.reconcile}
        </a>
        <a class="action" href={hrefFor('review')}>
          {s.review}
        </a>
        <a class="action" href={hrefFor('day-close')}>
          {s.dayClose}
        </a>
      </nav>
      <LastDrillNote />
      <p class="job-outcome" aria-live="polite" data-outcome={outcome?.kind ?? ''}>
        {outcomeText}
      </p>
    </div>
  );
}
