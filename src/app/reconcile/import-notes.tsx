/** What the last import said, file by file: imported, or why not (with the line), or a layout to map. */
import { useStrings } from '../i18n';
import { billErrorWords, lineWords, reconcileStrings } from './strings';
import type { ImportNote, PendingFile } from './use-bills';

export function ImportNotes({
  notes,
  pending,
}: {
  notes: readonly ImportNote[];
  pending: readonly PendingFile[];
}) {
  const s = useStrings(reconcileStrings);
  const why = useStrings(billErrorWords);
  const lines = useStrings(lineWords);
  const imported = notes.filter((n) => n.kind === 'imported');
  const failed = notes.filter((n) => n.kind === 'failed');
  return (
    <div class="import-notes">
      <p role="status">{imported.map((n) => s.billImported(n.stored.fileName)).join(' ')}</p>
      {/* Always there, so what arrives in it is announced. */}
      <div role="alert">
        {(failed.length > 0 || pending.length > 0) && (
          <ul class="import-problems">
            {failed.map((n) => (
              <li data-code={n.code}>
                {s.billFailed(n.fileName, why[n.code])}
                {n.line !== undefined && ` ${lines.atLine(n.line)}`}
              </li>
            ))}
            {pending.map((p) => (
              <li data-code="bill-unknown-layout">{s.billFailed(p.file.name, why['bill-unknown-layout'])}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
