/** The day's figures as a table, with the check digest under it. */
import type { DaySummary } from '../../ledger/day-summary';
import { useLang, useStrings } from '../i18n';
import { dayFigures } from './figures';
import { dayCloseStrings } from './strings';

export function DayFigures({ summary }: { summary: DaySummary }) {
  const s = useStrings(dayCloseStrings);
  const figures = dayFigures(summary, useLang());
  return (
    <>
      <table class="day-figures">
        <thead>
          <tr>
            <th scope="col">{s.figure}</th>
            <th scope="col">{s.count}</th>
            <th scope="col">{s.amount}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.key} data-figure={f.key}>
              <th scope="row">{f.label}</th>
              <td data-count={f.count ?? ''}>{f.count ?? ''}</td>
              <td data-amount={f.amount ?? ''}>{f.amount === undefined ? '' : f.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="day-digest">
        {s.digest}: <code>{summary.digest}</code>
      </p>
    </>
  );
}
