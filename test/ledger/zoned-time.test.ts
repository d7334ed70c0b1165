import { describe, expect, test } from 'vitest';
import { businessDayBounds, businessDayOf, instantOf, wallClockAt } from '../../src/ledger/zoned-time';

/** The wall clock as `Intl` formats it, for comparison with the cached offsets. */
function intl(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}
const show = (w: ReturnType<typeof wallClockAt>) =>
  `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}:${String(w.second).padStart(2, '0')}`;

describe('wall clocks in named zones', () => {
  test.each([
    ['America/New_York', '2026-03-07T00:00:00Z'],
    ['America/New_York', '2026-10-31T00:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T00:00:00Z'], // a half-hour change
    ['Asia/Kathmandu', '2026-06-01T00:00:00Z'], // +05:45
    ['Asia/Shanghai', '2026-12-01T00:00:00Z'],
  ])('%s around %s agrees with Intl every 7 min 13 s for three days', (zone, from) => {
    const start = Date.parse(from);
    for (let t = start; t < start + 3 * 86_400_000; t += 433_000) {
      expect(show(wallClockAt(t, zone)), new Date(t).toISOString()).toBe(intl(t, zone));
      const back = instantOf(wallClockAt(t, zone), zone);
      // A wall time shown twice (the repeated hour) maps to one of its two instants.
      expect([0, 3_600_000, -3_600_000, 1_800_000, -1_800_000]).toContain(back - Math.floor(t / 1000) * 1000);
    }
  });

  test('a business day starting at 04:00 runs to 04:00 the next morning', () => {
    const { from, to } = businessDayBounds('2026-12-01', 'Asia/Shanghai', 4);
    expect(new Date(from).toISOString()).toBe('2026-11-30T20:00:00.000Z');
    expect(new Date(to).toISOString()).toBe('2026-12-01T20:00:00.000Z');
    expect(businessDayOf(Date.parse('2026-12-02T01:30:00+08:00'), 'Asia/Shanghai', 4)).toBe('2026-12-01');
    expect(businessDayOf(Date.parse('2026-12-02T04:00:00+08:00'), 'Asia/Shanghai', 4)).toBe('2026-12-02');
  });
});
