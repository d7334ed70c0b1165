/** The days and period a bill covers, from its header where it says, else from its rows. */
import type { BillRow } from './bill';
import { businessDayBounds, businessDayOf } from './zoned-time';

export function periodOfRows(
  rows: readonly BillRow[],
  zone: string,
): { period: { from: number; to: number }; days: string[] } {
  const days = [...new Set(rows.map((r) => businessDayOf(r.time, zone, 0)))].sort();
  if (days.length === 0) return { period: { from: 0, to: 0 }, days };
  return {
    period: {
      from: businessDayBounds(days[0]!, zone, 0).from,
      to: businessDayBounds(days[days.length - 1]!, zone, 0).to,
    },
    days,
  };
}

/** Calendar days from `from` (inclusive) to `to` (exclusive). */
export function daysBetween(from: number, to: number, zone: string): string[] {
  const days: string[] = [];
  for (let t = from; t < to;) {
    const day = businessDayOf(t, zone, 0);
    days.push(day);
    t = businessDayBounds(day, zone, 0).to;
  }
  return days;
}
