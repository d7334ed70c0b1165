/**
 * Route `day-close` (日结 / 交班): one business day summed from the journal, the fault log and imported bills;
 * printed as a settlement slip, closed as a snapshot, and checked against that snapshot later.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkClosedDay, type ClosedCheck } from '../../ledger/closed-check';
import { businessDayOf, localTimeZone } from '../../ledger/zoned-time';
import type { JobOutcome } from '../../printer/job-outcome';
import { getClosedDay, getSetting, saveClosedDay, setSetting, type ClosedDay } from '../../store/index';
import type { ScreenProps } from '../app';
import { dayCsv } from '../day-close/figures';
import { DayFigures } from '../day-close/figures-table';
import { sumDay, type SummedDay } from '../day-close/load-day';
import { printDaySlip } from '../day-close/print-slip';
import { dayCloseStrings } from '../day-close/strings';
import { download } from '../fault-log/share';
import { localStamp } from '../fault-log/time';
import { useLang, useStrings } from '../i18n';
import { usePrinter } from '../printer-context';
import { faultNames } from '../printer-strings';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import '../review/review.css';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

type Loaded =
  { phase: 'loading' } | { phase: 'failed' } | { phase: 'ready'; now: SummedDay; closed: ClosedDay | null };

export default function DayCloseScreen({ route }: ScreenProps) {
  const s = useStrings(dayCloseStrings);
  const shell = useStrings(shellStrings);
  const names = useStrings(faultNames);
  const lang = useLang();
  const { view, controller } = usePrinter();
  const timeZone = useMemo(() => localTimeZone(), []);
  const [startHour, setStartHour] = useState<number | null>(null);
  const [day, setDay] = useState('');
  const [loaded, setLoaded] = useState<Loaded>({ phase: 'loading' });
  const [outcome, setOutcome] = useState<JobOutcome | null>(null);
  const [note, setNote] = useState('');
  const [version, setVersion] = useState(0);
  // The figures for a new start hour are summed once the choice is on disk, so what the screen shows is
  // what a reload (or the next close) uses.
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    getSetting('dayStartHour')
      .catch((error: unknown) => (console.error('day start not read', error), undefined))
      .then((hour) => {
        const h = hour ?? 0;
        setStartHour(h);
        setDay(route.params.get('day') || businessDayOf(Date.now(), timeZone, h));
      });
  }, [route, timeZone]);

  useEffect(() => {
    if (startHour === null || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    let live = true;
    setLoaded({ phase: 'loading' });
    saving.current
      .then(() => Promise.all([sumDay(day, timeZone, startHour), getClosedDay(day)]))
      .then(
        ([now, closed]) => live && setLoaded({ phase: 'ready', now, closed: closed ?? null }),
        (error: unknown) => {
          console.error('day not summed', error);
          if (live) setLoaded({ phase: 'failed' });
        },
      );
    return () => {
      live = false;
    };
  }, [day, startHour, timeZone, version]);

  const chooseHour = (h: number) => {
    setStartHour(h);
    saving.current = setSetting('dayStartHour', h).catch((error: unknown) =>
      console.error('day start not saved', error),
    );
  };

  const ready = loaded.phase === 'ready' ? loaded : null;
  const closed = ready?.closed ?? null;
  // A closed day shows the figures it was closed with, and whether its receipts still match them.
  const shown = closed?.summary ?? ready?.now.summary ?? null;
  const check: ClosedCheck | null =
    closed && ready
      ? checkClosedDay(
          { digest: closed.summary.digest, receipts: closed.receiptDigests ?? {} },
          { digest: ready.now.summary.digest, receipts: ready.now.digests },
        )
      : null;
  const connected = view.state === 'connected';

  const print = async () => {
    if (!shown) return;
    setOutcome(null);
    setOutcome(await printDaySlip(controller, shown, lang));
  };
  const closeDay = async () => {
    if (!ready) return;
    await saveClosedDay(ready.now.summary, Date.now(), false, ready.now.digests);
    setVersion((v) => v + 1);
  };
  const exportAs = (kind: 'csv' | 'json') => {
    if (!shown) return;
    if (kind === 'csv') download(dayCsv(shown, lang), `day-close-${shown.day}.csv`, 'text/csv;charset=utf-8');
    else download(JSON.stringify(shown, null, 2), `day-close-${shown.day}.json`, 'application/json');
    setNote(s.exported);
  };
  const outcomeText =
    outcome === null
      ? ''
      : outcome.kind === 'printed'
        ? s.printed_
        : outcome.kind === 'sent-unconfirmed'
          ? s.unconfirmed
          : s.printFailed(names[outcome.cause]);

  return (
    <div class="day-close stack">
      <a class="back" href={hrefFor('home')}>
        ← {shell.back}
      </a>
      <h1>{s.title}</h1>
      <div class="review-filters">
        <div class="review-filter">
          <label for="day-close-day">{s.day}</label>
          <input
            id="day-close-day"
            type="date"
            value={day}
            onChange={(e) => setDay((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="review-filter">
          <label for="day-close-hour">{s.startHour}</label>
          <select
            id="day-close-hour"
            value={String(startHour ?? 0)}
            aria-describedby="day-close-hour-note"
            onChange={(e) => chooseHour(Number((e.target as HTMLSelectElement).value))}
          >
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {`${String(h).padStart(2, '0')}:00`}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="day-close-hour-note" class="day-close-note">
        {s.startHourNote}
      </p>
      <section class="card" aria-label={s.figures} aria-busy={loaded.phase === 'loading'}>
        {loaded.phase === 'loading' && <p>{s.loading}</p>}
        {loaded.phase === 'failed' && <p role="alert">{s.loadFailed}</p>}
        {closed && <p class="day-closed">{s.closedAt(localStamp(closed.closedAt))}</p>}
        {check && (
          <p class="day-check" data-check={check.kind} role="status">
            {check.kind === 'unchanged' ? s.unchanged : s.changed(check.differ)}
          </p>
        )}
        {shown && <DayFigures summary={shown} />}
      </section>
      <section class="card" aria-labelledby="day-close-actions">
        <h2 id="day-close-actions" class="visually-hidden">
          {s.actions}
        </h2>
        <div class="button-row">
          <button
            type="button"
            class="day-print"
            disabled={!connected || !shown}
            aria-describedby={connected ? undefined : 'day-print-reason'}
            onClick={() => void print()}
          >
            {s.print}
          </button>
          {!closed && (
            <button type="button" class="day-close-button" disabled={!ready} onClick={() => void closeDay()}>
              {s.close}
            </button>
          )}
          <button type="button" disabled={!shown} onClick={() => exportAs('csv')}>
            {s.exportCsv}
          </button>
          <button type="button" disabled={!shown} onClick={() => exportAs('json')}>
            {s.exportJson}
          </button>
        </div>
        {!connected && <p id="day-print-reason">{s.noPrinter}</p>}
        {!closed && <p>{s.closeNote}</p>}
        <p class="day-print-outcome" aria-live="polite" data-outcome={outcome?.kind ?? ''}>
          {outcomeText}
        </p>
        <p role="status">{note}</p>
      </section>
    </div>
  );
}
