/** The practice drill card on the virtual printer screen: pick a failure, run it, see the times. */
import { useEffect, useState } from 'preact/hooks';
import { listDrills, saveDrill, type DrillRecord } from '../../store/drills';
import { useLang, useStrings } from '../i18n';
import { toBase64Url } from '../journal/handoff';
import { usePrinter } from '../printer-context';
import { hrefFor } from '../router';
import { sampleReceipt } from '../virtual-printer/sample-receipt';
import { DRILL_SCENARIOS, isScenario, type DrillPhase, type DrillResult } from './drill-clock';
import { drillRunnerFor, type DrillRunner } from './drill-runner';
import { drillNoteStrings } from './note-strings';
import { drillStrings } from './strings';
import './drill.css';

/** The app's drill runner; its results go to the store. */
export function useDrillRunner(): DrillRunner {
  const { controller } = usePrinter();
  return drillRunnerFor(controller, (result: DrillResult) => saveDrill(result));
}

export function DrillPanel() {
  const d = useStrings(drillStrings);
  const n = useStrings(drillNoteStrings);
  const lang = useLang();
  const runner = useDrillRunner();
  const [phase, setPhase] = useState<DrillPhase | null>(runner.current);
  const [history, setHistory] = useState<DrillRecord[]>([]);
  useEffect(() => runner.subscribe(setPhase), [runner]);
  useEffect(() => {
    if (phase === null || phase.kind === 'ended') void listDrills().then(setHistory);
  }, [phase]);

  const begin = (scenario: (typeof DRILL_SCENARIOS)[number]) => {
    runner.start(scenario);
    // The sale the staff ring up: the sample receipt on the print screen, where they tap Print themselves.
    location.hash = hrefFor('print', { receipt: toBase64Url(JSON.stringify(sampleReceipt(lang))) });
  };
  const time = (ms: number | null, ifNull: string) => (ms === null ? ifNull : n.seconds(ms));

  return (
    <section class="card drill" aria-labelledby="drill-title">
      <h2 id="drill-title">{d.title}</h2>
      {phase === null && (
        <>
          <p>{d.intro}</p>
          <div class="drill-scenarios">
            {DRILL_SCENARIOS.map((scenario) => (
              <button type="button" class="action" key={scenario} onClick={() => begin(scenario)}>
                {d.start}: {d.scenario(scenario)}
              </button>
            ))}
          </div>
        </>
      )}
      {phase !== null && phase.kind !== 'ended' && (
        <div class="drill-running" role="status">
          <p class="drill-scenario">{d.scenario(phase.scenario)}</p>
          <p>{d.steps(phase.scenario)}</p>
          <ol class="drill-steps">
            <li data-done={phase.kind === 'running'}>{phase.kind === 'running' ? d.faultSeen : d.waiting}</li>
            <li data-done={phase.kind === 'running' && phase.qrAt !== null}>{d.qrShown}</li>
            <li data-done={false}>{d.fixed}</li>
          </ol>
          <button type="button" class="action" onClick={() => runner.stop()}>
            {d.stop}
          </button>
        </div>
      )}
      {phase?.kind === 'ended' && (
        <div class="drill-result" role="status">
          <p class="drill-scenario">{d.scenario(phase.result.scenario)}</p>
          <dl>
            <dt>{d.qrShown}</dt>
            <dd data-testid="drill-to-qr">{time(phase.result.toQrMs, n.never)}</dd>
            <dt>{d.fixed}</dt>
            <dd data-testid="drill-to-fixed">{time(phase.result.toFixedMs, n.stopped)}</dd>
          </dl>
          <button type="button" class="action" onClick={() => runner.dismiss()}>
            {d.done}
          </button>
        </div>
      )}
      <h3>{d.history}</h3>
      {history.length === 0 ? (
        <p>{d.noDrills}</p>
      ) : (
        <ul class="drill-history">
          {history.slice(0, 5).map((drill) => (
            <li key={drill.id}>
              {new Date(drill.startedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')} ·{' '}
              {isScenario(drill.scenario) ? d.scenario(drill.scenario) : drill.scenario} · {d.qrShown}{' '}
              {time(drill.toQrMs, n.never)} · {d.fixed} {time(drill.toFixedMs, n.stopped)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
