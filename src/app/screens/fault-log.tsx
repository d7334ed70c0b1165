/** The fault log: newest first, filterable, each entry in plain words with what to do; stats and export. */
import { useMemo, useState } from 'preact/hooks';
import { useStrings } from '../i18n';
import { hrefFor } from '../router';
import { FaultChart } from '../fault-log/chart';
import { FaultItem } from '../fault-log/entry';
import { ExportBar } from '../fault-log/export-bar';
import { filterOf, Filters, NO_FILTER, type FilterInput } from '../fault-log/filters';
import { faultLogStrings } from '../fault-log/strings';
import { useFaultLog } from '../fault-log/use-fault-log';
import { useFaultSidebar } from '../fault-log/use-fault-stats';
import '../fault-log/fault-log.css';

/** Route `faults`: the fault log screen. */
export default function FaultLogScreen() {
  const s = useStrings(faultLogStrings);
  const [input, setInput] = useState<FilterInput>(NO_FILTER);
  const filter = useMemo(() => filterOf(input), [input]);
  const { state, more } = useFaultLog(filter);
  const { stats, printers } = useFaultSidebar(state.phase !== 'loading');
  const filtered = input !== NO_FILTER;

  return (
    <div class="fault-log stack">
      <a class="back" href={hrefFor('home')}>
        ← {s.back}
      </a>
      <h1>{s.title}</h1>
      <Filters value={input} printers={printers} onChange={setInput} />
      <section class="fault-list-section" aria-label={s.title} aria-busy={state.phase === 'loading'}>
        {state.phase === 'loading' && <p>{s.loading}</p>}
        {state.phase === 'failed' && <p role="alert">{s.loadFailed}</p>}
        {state.phase === 'ready' && state.entries.length === 0 && (
          <p>{filtered ? s.emptyFiltered : s.empty}</p>
        )}
        {state.phase === 'ready' && state.entries.length > 0 && (
          <ol class="fault-list">
            {state.entries.map((entry) => (
              <FaultItem key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
        {state.phase === 'ready' && state.next && (
          <button type="button" onClick={more} disabled={state.loadingMore}>
            {s.showMore}
          </button>
        )}
      </section>
      <section class="fault-stats card" aria-labelledby="fault-stats-title">
        <h2 id="fault-stats-title">{s.stats}</h2>
        {stats ? <FaultChart stats={stats} /> : <p>{s.loading}</p>}
      </section>
      <ExportBar filter={filter} />
    </div>
  );
}
