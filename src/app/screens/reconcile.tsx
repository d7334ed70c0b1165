/**
 * "Reconcile" (对账): import the payment platforms' bills (file input, drop, or shared to the app), and see a
 * business day's receipts against them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isoDate, localTimeZone, wallClockAt } from '../../ledger/zoned-time';
import { useStrings } from '../i18n';
import type { ScreenProps } from '../app';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import { BillList } from '../reconcile/bill-list';
import { ImportNotes } from '../reconcile/import-notes';
import { MappingForm } from '../reconcile/mapping-form';
import { ReportView } from '../reconcile/report-view';
import { takeSharedBill } from '../reconcile/shared-bill';
import { reconcileStrings } from '../reconcile/strings';
import { useBills } from '../reconcile/use-bills';
import { useReport } from '../reconcile/use-report';
import '../reconcile/reconcile.css';

export default function ReconcileScreen({ route }: ScreenProps) {
  const shell = useStrings(shellStrings);
  const s = useStrings(reconcileStrings);
  const timeZone = useRef(localTimeZone()).current;
  const state = useBills(timeZone);
  // The day of the newest bill when the first bills are there (else today), until the merchant picks one; a
  // bill imported later for another day does not move it, but is named as such.
  const [chosen, setChosen] = useState<string | null>(null);
  const newest = state.bills?.[0]?.bill.days.at(-1);
  useEffect(() => {
    if (chosen === null && newest !== undefined) setChosen(newest);
  }, [chosen, newest]);
  const day = chosen ?? newest ?? isoDate(wallClockAt(Date.now(), timeZone));
  const report = useReport(day, state.bills, timeZone);
  const [dragging, setDragging] = useState(false);
  const [sharedFailed, setSharedFailed] = useState(false);

  const importList = async (files: Iterable<File>) => {
    const picked = [...files].filter((f) => /\.(csv|txt)$/i.test(f.name) || f.type.startsWith('text/'));
    await state.importFiles(picked);
  };

  const shared = route.params.get('shared');
  useEffect(() => {
    if (shared === null) return;
    void takeSharedBill(shared).then(async (file) => {
      if (file) await state.importFiles([file]);
      else setSharedFailed(true);
      // The shared id is spent: a reload must not look for the file again.
      history.replaceState(null, '', location.hash.split('?')[0]);
    });
    // Once per shared id.
  }, [shared]);

  return (
    <div
      class={`stack reconcile${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (e.dataTransfer) void importList(e.dataTransfer.files);
      }}
    >
      <a class="back" href={hrefFor('home')}>
        ← {shell.back}
      </a>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <div class="card stack reconcile-import">
        <label class="file-pick">
          {s.importBill}
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            multiple
            onChange={(e) => {
              const input = e.currentTarget;
              void importList(input.files ?? []).then(() => (input.value = ''));
            }}
          />
        </label>
        <p class="hint">{dragging ? s.dropHere : s.importHint}</p>
        <label>
          {s.day}
          <input
            type="date"
            value={day}
            onInput={(e) => e.currentTarget.value && setChosen(e.currentTarget.value)}
          />
        </label>
        {sharedFailed && <p role="alert">{s.sharedFailed}</p>}
        <ImportNotes notes={state.notes} pending={state.pending} />
      </div>
      {state.pending[0] && (
        <MappingForm
          key={state.pending[0].unknown.signature}
          pending={state.pending[0]}
          onSave={(mapping) => void state.saveMapping(mapping)}
          onCancel={state.dismissPending}
        />
      )}
      {state.bills && <BillList bills={state.bills} day={day} onRemove={(id) => void state.remove(id)} />}
      {report.kind === 'ready' ? (
        <ReportView state={report} timeZone={timeZone} />
      ) : (
        <p class="card">
          {report.kind === 'no-bill' ? s.noReport : report.kind === 'failed' ? s.reportFailed : s.loading}
        </p>
      )}
    </div>
  );
}
