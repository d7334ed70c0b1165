/** Times as the fault log shows them: the tablet's local time and UTC, both unambiguous. Pure. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-23 18:05:09 +08:00` in the runtime's time zone. */
export function localStamp(ms: number): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** `2026-11-23T10:05:09.000Z`. */
export function utcStamp(ms: number): string {
  return new Date(ms).toISOString();
}

/** Local midnight at the start of the Monday of `ms`'s week. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  const sinceMonday = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - sinceMonday);
  return d.getTime();
}

/** Local midnight of a `YYYY-MM-DD` date input's value; `endOfDay` gives the last millisecond of it. */
export function dayBound(value: string, endOfDay = false): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const start = new Date(y, m - 1, d).getTime();
  return endOfDay ? new Date(y, m - 1, d + 1).getTime() - 1 : start;
}
