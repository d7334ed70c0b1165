/**
 * Wall-clock times in a named time zone (IANA, e.g. Asia/Shanghai) ↔ instants, with nothing but `Intl`:
 * bills print local times without an offset, and a business day starts at a local hour.
 */
import { LedgerError } from './errors';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new LedgerError('bad-time-zone', `unknown time zone "${zone}"`);
    }
    formatters.set(zone, f);
  }
  return f;
}

function asUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The wall clock `Intl` reports in `zone` at instant `ms` (slow: tens of microseconds a call). */
function intlWallClock(ms: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

// Every zone changes its offset at a quarter hour of UTC, so the offset found for the start of a quarter hour
// holds through it: a day of bill rows asks `Intl` about a hundred times, not once a row.
const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, Map<number, number>>();

/** Offset of `zone` from UTC at instant `ms`, in milliseconds. */
export function zoneOffsetAt(ms: number, zone: string): number {
  let byQuarter = offsets.get(zone);
  if (!byQuarter) offsets.set(zone, (byQuarter = new Map()));
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    const start = quarter * QUARTER_HOUR;
    offset = asUtc(intlWallClock(start, zone)) - start;
    if (byQuarter.size > 100_000) byQuarter.clear();
    byQuarter.set(quarter, offset);
  }
  return offset;
}

/** The wall clock in `zone` at instant `ms`. */
export function wallClockAt(ms: number, zone: string): WallClock {
  const d = new Date(ms + zoneOffsetAt(ms, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The instant a wall clock in `zone` shows. Two passes settle the offset, including across a DST change; a
 * wall time that does not exist (the skipped hour) lands after the change, as clocks read then.
 */
export function instantOf(w: WallClock, zone: string): number {
  const guess = asUtc(w);
  const first = guess - zoneOffsetAt(guess, zone);
  return guess - zoneOffsetAt(first, zone);
}

const LOCAL_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
// Bank exports also write `20261201 235810` or `20261201235810`.
const COMPACT_TIME = /^(\d{4})(\d{2})(\d{2})\s?(\d{2})(\d{2})(\d{2})?$/;

/** Reads `2026-12-01 23:58:10` (or `2026/12/1 23:58`, `20261201 235810`) as a wall clock; undefined when it is not one. */
export function parseWallClock(text: string): WallClock | undefined {
  const m = LOCAL_TIME.exec(text.trim()) ?? COMPACT_TIME.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  return { year, month, day, hour, minute, second };
}

/** `YYYY-MM-DD` of a wall clock. */
export function isoDate(w: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD`, or throws `bad-day`. */
export function parseIsoDate(day: string): Pick<WallClock, 'year' | 'month' | 'day'> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.getUTCMonth() + 1 !== Number(m[2]) || date.getUTCDate() !== Number(m[3]))
    throw new LedgerError('bad-day', `"${day}" is not a day (YYYY-MM-DD)`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * The business day an instant belongs to: a shop open past midnight (start hour 4) counts 01:30 as part of
 * the day before.
 */
export function businessDayOf(ms: number, zone: string, startHour: number): string {
  const w = wallClockAt(ms, zone);
  if (w.hour >= startHour) return isoDate(w);
  const before = new Date(Date.UTC(w.year, w.month - 1, w.day - 1));
  return isoDate({
    year: before.getUTCFullYear(),
    month: before.getUTCMonth() + 1,
    day: before.getUTCDate(),
  });
}

/** First and last-plus-one instant of a business day. */
export function businessDayBounds(
  day: string,
  zone: string,
  startHour: number,
): { from: number; to: number } {
  if (!Number.isInteger(startHour) || startHour < 0 || startHour > 23)
    throw new LedgerError('bad-day', `start hour ${startHour} is not 0–23`);
  const d = parseIsoDate(day);
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  const at = (y: number, m: number, dd: number) =>
    instantOf({ year: y, month: m, day: dd, hour: startHour, minute: 0, second: 0 }, zone);
  return {
    from: at(d.year, d.month, d.day),
    to: at(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
  };
}

/** The time zone this machine or tablet is set to. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
