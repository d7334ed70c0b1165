/**
 * The day's report: how many payments ended in each status, the rows that need a look (attention first) with
 * one tap to issue the missing e-receipt or flag the payment, each bill's gross, fees and net, and export.
 */
import { needsAttention, RECONCILE_STATUSES, type ReconcileRow } from '../../ledger/reconcile';
import type { PaymentMethod } from '../../receipt/types';
import { receiptWords } from '../../receipt/words';
import type { StoredBill } from '../../store/ledger';
import { download } from '../fault-log/share';
import { useLang, useStrings } from '../i18n';
import { hrefFor } from '../router';
import { billName } from './bill-list';
import { localTime, money, reportCsv, reportJson } from './report-export';
import { platformWords, reconcileStrings, statusWords } from './strings';
import { flagKey, useFlags } from './use-flags';
import type { ReportState } from './use-report';

type Ready = Extract<ReportState, { kind: 'ready' }>;

/** The method a bill payment was made with, as the e-receipt form names it. */
function methodOf(row: ReconcileRow, bills: readonly StoredBill[]): PaymentMethod {
  if (row.platform === 'wechat' || row.platform === 'alipay') return row.platform;
  return bills.find((b) => b.bill.platform === row.platform)?.bill.methods[0] ?? 'other';
}

/** The e-receipt form's route for a bill payment no receipt covers. */
export function eReceiptHref(row: ReconcileRow, bills: readonly StoredBill[]): string {
  return hrefFor('ereceipt', {
    amount: ((row.billAmount ?? 0) / 100).toFixed(2),
    method: methodOf(row, bills),
    ...(row.billReference ? { reference: row.billReference } : {}),
  });
}

export function ReportView({ state, timeZone }: { state: Ready; timeZone: string }) {
  const s = useStrings(reconcileStrings);
  const words = useStrings(statusWords);
  const platforms = useStrings(platformWords);
  const lang = useLang();
  const methods = receiptWords(lang === 'zh' ? 'zh-CN' : 'en').methods;
  const { flagged, toggle } = useFlags();
  const { report, day, bills } = state;
  const attention = report.rows.filter((r) => needsAttention(r.status));
  const stamp = day.replaceAll('-', '');

  return (
    <section class="card stack reconcile-report" aria-labelledby="report-title">
      <h2 id="report-title">{s.report}</h2>
      <ul class="status-counts">
        {RECONCILE_STATUSES.map((status) => (
          <li data-status={status}>
            <span class="status-name">{words[status]}</span>
            <span class="status-count">{report.summary[status]}</span>
          </li>
        ))}
      </ul>
      <h3>{s.needsAttention}</h3>
      {attention.length === 0 ? (
        <p>{s.nothingToCheck}</p>
      ) : (
        <ol class="attention-rows">
          {attention.map((row) => {
            const key = flagKey(row);
            return (
              <li class="attention-row" data-status={row.status}>
                <strong>{words[row.status]}</strong>
                <dl>
                  {row.receiptId && (
                    <div>
                      <dt>{s.receipt}</dt>
                      <dd>{row.receiptId}</dd>
                    </div>
                  )}
                  <div>
                    <dt>{s.time}</dt>
                    <dd>{localTime(row.time, timeZone)}</dd>
                  </div>
                  <div>
                    <dt>{s.method}</dt>
                    <dd>{methods[row.method ?? methodOf(row, bills)]}</dd>
                  </div>
                  {row.receiptAmount !== undefined && (
                    <div>
                      <dt>{s.receiptAmount}</dt>
                      <dd>{money(row.receiptAmount)}</dd>
                    </div>
                  )}
                  {row.billAmount !== undefined && (
                    <div>
                      <dt>{s.billAmount}</dt>
                      <dd>{money(row.billAmount)}</dd>
                    </div>
                  )}
                  {row.billReference && (
                    <div>
                      <dt>{s.billReference}</dt>
                      <dd class="reference">{row.billReference}</dd>
                    </div>
                  )}
                  {row.billLine !== undefined && (
                    <div>
                      <dt>{s.line}</dt>
                      <dd>{row.billLine}</dd>
                    </div>
                  )}
                </dl>
                {row.status === 'no-receipt' && (
                  <div class="button-row">
                    <a class="action" href={eReceiptHref(row, bills)}>
                      {s.issueEReceipt}
                    </a>
                    <button type="button" aria-pressed={flagged.has(key)} onClick={() => toggle(key)}>
                      {flagged.has(key) ? s.flagged : s.flag}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <h3>{s.totals}</h3>
      <ul class="bill-totals">
        {report.bills.map((t, i) => (
          <li data-platform={t.platform}>
            <strong>{bills[i] ? billName(bills[i], platforms) : platforms[t.platform]}</strong>
            <dl>
              <div>
                <dt>{s.gross}</dt>
                <dd>{money(t.gross)}</dd>
              </div>
              <div>
                <dt>{s.refunded}</dt>
                <dd>{money(t.refunded)}</dd>
              </div>
              <div>
                <dt>{s.fees}</dt>
                <dd>{money(t.fees)}</dd>
              </div>
              <div>
                <dt>{s.net}</dt>
                <dd>{money(t.net)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <div class="button-row">
        <button
          type="button"
          onClick={() =>
            download(reportCsv(report, lang, timeZone), `reconcile-${stamp}.csv`, 'text/csv;charset=utf-8')
          }
        >
          {s.exportCsv}
        </button>
        <button
          type="button"
          onClick={() =>
            download(reportJson(report, day, timeZone), `reconcile-${stamp}.json`, 'application/json')
          }
        >
          {s.exportJson}
        </button>
      </div>
    </section>
  );
}
