/** Export (CSV, JSON) and the support report (copy, share or download) for the filtered fault log. */
import { useState } from 'preact/hooks';
import { version } from '../../../package.json';
import { allFaults, getPrinter, knownPrinters, queryFaults, type FaultFilter } from '../../store/index';
import { useLang, useStrings } from '../i18n';
import { faultsToCsv } from './fault-csv';
import { REPORT_FAULTS, supportReport } from './report';
import { copyOrDownload, download, shareOrDownload, type ShareResult } from './share';
import { faultLogStrings } from './strings';

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');

/** Builds the support report for the filtered printer (or the latest known one) from the store. */
export async function buildReport(filter: FaultFilter, lang: 'zh' | 'en', now = Date.now()): Promise<string> {
  const printer = filter.printerKey ? await getPrinter(filter.printerKey) : (await knownPrinters())[0];
  const scope: FaultFilter = filter.printerKey ? { printerKey: filter.printerKey } : {};
  const { entries } = await queryFaults(scope, REPORT_FAULTS);
  return supportReport(
    {
      appVersion: version,
      userAgent: navigator.userAgent,
      now,
      printer: printer ?? null,
      faults: entries,
      online: navigator.onLine,
    },
    lang,
  );
}

/** The export and support buttons. */
export function ExportBar({ filter }: { filter: FaultFilter }) {
  const s = useStrings(faultLogStrings);
  const lang = useLang();
  const [note, setNote] = useState<ShareResult | 'failed' | null>(null);
  const run = (task: () => Promise<ShareResult>) => {
    setNote(null);
    task().then(setNote, (error: unknown) => {
      console.error('export failed', error);
      setNote('failed');
    });
  };
  const today = stamp(Date.now());
  const canShare = typeof navigator.share === 'function';
  const words: Record<ShareResult | 'failed', string> = {
    shared: s.shared,
    copied: s.copied,
    downloaded: s.downloaded,
    cancelled: '',
    failed: s.loadFailed,
  };
  return (
    <section class="fault-export card" aria-labelledby="fault-export-title">
      <h2 id="fault-export-title">{s.export}</h2>
      <div class="button-row">
        <button
          type="button"
          onClick={() =>
            run(async () => {
              download(
                faultsToCsv(await allFaults(filter), lang),
                `fault-log-${today}.csv`,
                'text/csv;charset=utf-8',
              );
              return 'downloaded';
            })
          }
        >
          {s.exportCsv}
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const entries = await allFaults(filter);
              const json = JSON.stringify(
                { exportedAt: new Date().toISOString(), appVersion: version, entries },
                null,
                2,
              );
              download(json, `fault-log-${today}.json`, 'application/json');
              return 'downloaded';
            })
          }
        >
          {s.exportJson}
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () => copyOrDownload(await buildReport(filter, lang), `support-report-${today}.txt`))
          }
        >
          {s.copyReport}
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () =>
              shareOrDownload(
                await buildReport(filter, lang),
                `support-report-${today}.txt`,
                s.supportReport,
              ),
            )
          }
        >
          {canShare ? s.shareReport : s.downloadReport}
        </button>
      </div>
      <p class="fault-export-note" role="status">
        {note ? words[note] : ''}
      </p>
    </section>
  );
}
