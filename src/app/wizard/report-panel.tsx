/** The support report on screen, with copy, share (Web Share) and download (text or JSON). */
import { useState } from 'preact/hooks';
import type { SupportReport } from '../../wizard/report';
import { useStrings } from '../i18n';
import { wizardStrings } from './strings';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL is no longer needed once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Shows `report` and offers the ways to pass it on that this browser supports. */
export function ReportPanel({ report }: { report: SupportReport }) {
  const s = useStrings(wizardStrings);
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  const canShare = typeof navigator.share === 'function';

  const copy = () => {
    navigator.clipboard.writeText(report.text).then(
      () => setCopied(true),
      (error: unknown) => {
        console.warn('copying the support report failed', error);
        setFailed(true);
      },
    );
  };
  const share = () => {
    navigator.share({ title: s.supportReport, text: report.text }).catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      console.warn('sharing the support report failed', error);
      setFailed(true);
    });
  };

  return (
    <section class="wizard-report card" aria-labelledby="wizard-report-title">
      <h2 id="wizard-report-title">{s.supportReport}</h2>
      <p>{s.reportHint}</p>
      <pre class="wizard-report-text" tabIndex={0}>
        {report.text}
      </pre>
      <div class="wizard-choices">
        <button type="button" class="action" onClick={copy}>
          {copied ? s.copied : s.copy}
        </button>
        {canShare && (
          <button type="button" class="action" onClick={share}>
            {s.share}
          </button>
        )}
        <button
          type="button"
          class="action"
          onClick={() => download(`${report.filename}.txt`, 'text/plain;charset=utf-8', report.text)}
        >
          {s.download}
        </button>
        <button
          type="button"
          class="action"
          onClick={() =>
            download(`${report.filename}.json`, 'application/json', JSON.stringify(report.json, null, 2))
          }
        >
          {s.downloadJson}
        </button>
      </div>
      {failed && <p role="alert">{s.actionFailed}</p>}
    </section>
  );
}
