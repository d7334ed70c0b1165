/** Route `review`: the journal as records, by the sale's own time, filtered, flagged, each receipt openable. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { businessDayOf, localTimeZone } from '../../ledger/zoned-time';
import { formatMoney } from '../../receipt/money';
import { receiptWords } from '../../receipt/words';
import { getSetting, receiptsBetween, type JournalEntry } from '../../store/index';
import type { ScreenProps } from '../app';
import { download } from '../fault-log/share';
import { localStamp } from '../fault-log/time';
import { useLang, useStrings } from '../i18n';
import { hrefFor } from '../router';
import { shellStrings } from '../strings';
import { ReviewFilters } from '../review/filters';
import { rangeOf, reviewStateOf, type ReviewInput } from '../review/model';
import { ReceiptDetail } from '../review/receipt-detail';
import { receiptsCsv, receiptsJson } from '../review/review-export';
import { FLAG_WORDS, reviewStrings, STATE_WORDS } from '../review/strings';
import { useReviewList } from '../review/use-review';
import '../ereceipt/ereceipt.css';
import '../review/review.css';

export default function ReviewScreen({ route }: ScreenProps) {
  const s = useStrings(reviewStrings);
  const shell = useStrings(shellStrings);
  const states = useStrings(STATE_WORDS);
  const flagWords = useStrings(FLAG_WORDS);
  const lang = useLang();
  const methods = receiptWords(lang === 'zh' ? 'zh-CN' : 'en').methods;
  const timeZone = useMemo(() => localTimeZone(), []);
  const [startHour, setStartHour] = useState<number | null>(null);
  const [input, setInput] = useState<ReviewInput | null>(null);
  const [open, setOpen] = useState<JournalEntry | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    const dayParam = route.params.get('day') ?? '';
    getSetting('dayStartHour')
      .catch((error: unknown) => (console.error('day start not read', error), undefined))
      .then((hour) => {
        const h = hour ?? 0;
        const today = dayParam || businessDayOf(Date.now(), timeZone, h);
        setStartHour(h);
        setInput({ fromDay: today, toDay: today, method: '', state: '', min: '', max: '', text: '' });
      });
  }, [route, timeZone]);

  const range = useMemo(
    () => (input && startHour !== null ? rangeOf(input, timeZone, startHour) : null),
    [input?.fromDay, input?.toDay, startHour, timeZone],
  );
  const empty: ReviewInput = { fromDay: '', toDay: '', method: '', state: '', min: '', max: '', text: '' };
  const { list, more } = useReviewList(input ?? empty, range);

  const exportAs = (kind: 'json' | 'csv') => {
    if (!range) return;
    setNote('');
    receiptsBetween(range.from, range.to).then(
      (entries) => {
        const days = input?.fromDay === input?.toDay ? input?.fromDay : `${input?.fromDay}_${input?.toDay}`;
        if (kind === 'json') download(receiptsJson(entries), 'receipts.json', 'application/json');
        else download(receiptsCsv(entries, lang), `receipts-${days || 'all'}.csv`, 'text/csv;charset=utf-8');
        setNote(s.exported);
      },
      (error: unknown) => {
        console.error('receipts not exported', error);
        setNote(s.exportFailed);
      },
    );
  };

  return (
    <div class="review stack">
      <a class="back" href={hrefFor('home')}>
        ← {shell.back}
      </a>
      <h1>{s.title}</h1>
      {input && (
        <ReviewFilters
          value={input}
          onChange={(update) => setInput((previous) => previous && update(previous))}
        />
      )}
      {open && <ReceiptDetail entry={open} onClose={() => setOpen(null)} />}
      <section class="review-list-section" aria-label={s.title} aria-busy={list.phase === 'loading'}>
        {list.phase === 'loading' && <p>{s.loading}</p>}
        {list.phase === 'failed' && <p role="alert">{s.loadFailed}</p>}
        {list.phase === 'ready' && list.rows.length === 0 && <p>{s.empty}</p>}
        {list.phase === 'ready' && list.rows.length > 0 && (
          <>
            <p class="review-count">{s.shown(list.rows.length)}</p>
            <ol class="review-list">
              {list.rows.map((entry) => {
                const { receipt } = entry;
                const flags = list.flags.get(receipt.id) ?? [];
                const state = reviewStateOf(entry.state);
                return (
                  <li key={entry.id} class="review-row" data-id={receipt.id} data-state={state}>
                    <button type="button" class="review-open" onClick={() => setOpen(entry)}>
                      <span class="review-id">{receipt.id}</span>
                      <span class="review-time">{localStamp(Date.parse(receipt.time))}</span>
                      <span class="review-total">
                        {formatMoney(receipt.total, receipt.currency, { display: 'symbol' })}
                      </span>
                      <span class="review-methods">
                        {receipt.payments.map((p) => methods[p.method]).join(' + ')}
                        {receipt.payments.some((p) => p.reference) &&
                          ` · ${receipt.payments
                            .map((p) => p.reference ?? '')
                            .filter(Boolean)
                            .join(' ')}`}
                      </span>
                      {receipt.cashier && (
                        <span class="review-cashier">
                          {s.cashier}: {receipt.cashier}
                        </span>
                      )}
                      <span class="review-state">{states[state]}</span>
                    </button>
                    {flags.length > 0 && (
                      <ul class="review-flags" aria-label={s.flags}>
                        {flags.map((f) => (
                          <li key={f.kind} data-flag={f.kind}>
                            ⚠ {flagWords[f.kind]}
                            {'others' in f && ` (${f.others.join(', ')})`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
            {list.more && (
              <button type="button" onClick={more} disabled={list.loadingMore}>
                {s.showMore}
              </button>
            )}
          </>
        )}
      </section>
      <section class="review-export card" aria-labelledby="review-export-title">
        <h2 id="review-export-title">{s.export}</h2>
        <p>{s.exportNote}</p>
        <div class="button-row">
          <button type="button" onClick={() => exportAs('json')}>
            {s.exportJson}
          </button>
          <button type="button" onClick={() => exportAs('csv')}>
            {s.exportCsv}
          </button>
        </div>
        <p role="status">{note}</p>
      </section>
    </div>
  );
}
