/** One fault-log entry, readable in the merchant's language, with the technical detail folded away. */
import { resolveFault, type FaultEntry } from '../../store/index';
import { useLang, useStrings } from '../i18n';
import { printerNameStrings, printerWithConnection } from '../printer-names';
import { activityWords, faultWords, RESOLUTION_WORDS } from './fault-words';
import { faultLogStrings } from './strings';
import { localStamp, utcStamp } from './time';

const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');

/** A list item for one entry. */
export function FaultItem({ entry }: { entry: FaultEntry }) {
  const s = useStrings(faultLogStrings);
  const lang = useLang();
  const words = faultWords(entry.kind, lang);
  const names = useStrings(printerNameStrings);
  const printer = entry.printer;
  return (
    <li class="fault-entry card" data-kind={entry.kind} data-id={entry.id} data-resolved={entry.resolved}>
      <h2 class="fault-title">{words.title}</h2>
      <p class="fault-when">
        <time dateTime={utcStamp(entry.at)}>
          {s.localTime}: {localStamp(entry.at)}
        </time>{' '}
        · {s.utcTime}: {utcStamp(entry.at)}
      </p>
      {entry.count > 1 && (
        <p class="fault-count">
          {s.times(entry.count)} · {s.lastSeen} {localStamp(entry.lastAt)}
        </p>
      )}
      <p class="fault-printer">
        {printer ? printerWithConnection(printer, names, lang) : s.noPrinter} · {s.doing}:{' '}
        {activityWords(entry.activity, lang)}
      </p>
      <p class="fault-todo">
        <strong>{s.whatToDo}:</strong> {words.todo}
      </p>
      <p class="fault-ending">
        {entry.resolved === 1 ? (
          `${RESOLUTION_WORDS[entry.resolution.how][lang]} · ${localStamp(entry.resolution.at)}`
        ) : (
          <>
            {s.open}{' '}
            <button
              type="button"
              onClick={() => void resolveFault(entry.id, 'fixed-by-merchant').catch(report)}
            >
              {s.markFixed}
            </button>
          </>
        )}
      </p>
      <details class="fault-technical">
        <summary>{s.technical}</summary>
        <dl>
          <dt>{s.rawBytes}</dt>
          <dd>
            <code>{entry.raw.length ? hex(entry.raw) : s.none}</code>
          </dd>
          {printer && (
            <>
              <dt>{s.printer}</dt>
              <dd>
                <code>{JSON.stringify(printer)}</code>
              </dd>
            </>
          )}
          {entry.status && (
            <>
              <dt>status</dt>
              <dd>
                <code>{JSON.stringify(entry.status)}</code>
              </dd>
            </>
          )}
          {entry.detail && (
            <>
              <dt>detail</dt>
              <dd>
                <code>{entry.detail}</code>
              </dd>
            </>
          )}
        </dl>
      </details>
    </li>
  );
}

function report(error: unknown): void {
  // The list stays as it was; the merchant can press again. Nothing to undo.
  console.error('marking the fault fixed failed', error);
}
