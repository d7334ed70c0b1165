/**
 * Statistics of the fault log: occurrences per kind per week, and the most common cause. Pure. Built once from
 * the log, then kept current one recorded observation at a time (`withRecorded`), so a new fault never costs a
 * read of the whole log.
 */
import type { FaultKind } from '../../printer/faults';
import type { FaultEntry } from '../../store/schema';
import { weekStart } from './time';

/** One week's occurrences by kind (a folded entry counts its `count`, in the week it was last seen). */
export interface WeekCounts {
  /** Local midnight of the week's Monday, epoch ms. */
  start: number;
  byKind: Partial<Record<FaultKind, number>>;
  total: number;
}

/** The statistics the fault log screen draws. */
export interface FaultStats {
  /** Oldest week first, `weeks` of them ending with the week of `now`, empty weeks included. */
  weeks: WeekCounts[];
  /** Kinds that occurred in the window, most frequent first (ties by name, for a stable legend). */
  kinds: FaultKind[];
  /** The kinds seen most often (several when tied, in `kinds` order) and how often each was seen. */
  mostCommon: { kinds: FaultKind[]; count: number } | null;
  total: number;
}

/** Counts `entries` into the `weeks` weeks ending with `now`'s week; entries outside the window are ignored. */
export function faultStats(entries: readonly FaultEntry[], now: number, weeks = 8): FaultStats {
  const starts: number[] = [];
  let start = weekStart(now);
  for (let i = 0; i < weeks; i++) {
    starts.unshift(start);
    start = weekStart(start - 1);
  }
  const table: WeekCounts[] = starts.map((s) => ({ start: s, byKind: {}, total: 0 }));
  for (const entry of entries) count(table, entry.kind, entry.lastAt, entry.count);
  return summary(table);
}

/** Whether `stats` still ends with the week of `now` (else they must be counted afresh). */
export function isCurrent(stats: FaultStats, now: number): boolean {
  return stats.weeks.at(-1)?.start === weekStart(now);
}

/** What the statistics counted of one entry: when it was last seen and how many times. */
export type Counted = Pick<FaultEntry, 'lastAt' | 'count'>;

/**
 * `stats` after `entry` was stored, `before` being what they had counted of it (undefined: nothing): a fold
 * moves the entry's occurrences to the week it is seen now, one more of them; a new entry adds one. Costs
 * weeks × kinds, whatever the size of the log.
 */
export function withRecorded(stats: FaultStats, entry: FaultEntry, before: Counted | undefined): FaultStats {
  const table = stats.weeks.map((week) => ({ ...week, byKind: { ...week.byKind } }));
  if (before) count(table, entry.kind, before.lastAt, -before.count);
  count(table, entry.kind, entry.lastAt, entry.count);
  return summary(table);
}

/** Adds `n` occurrences of `kind` at `at` to the week holding it, if the window has that week. */
function count(table: WeekCounts[], kind: FaultKind, at: number, n: number): void {
  if (at < table[0]!.start) return;
  const slot = table.find((week) => week.start === weekStart(at));
  if (!slot) return;
  const next = (slot.byKind[kind] ?? 0) + n;
  if (next > 0) slot.byKind[kind] = next;
  else delete slot.byKind[kind];
  slot.total += n;
}

function summary(table: WeekCounts[]): FaultStats {
  const totals = new Map<FaultKind, number>();
  for (const week of table) {
    for (const [kind, n] of Object.entries(week.byKind) as [FaultKind, number][]) {
      totals.set(kind, (totals.get(kind) ?? 0) + n);
    }
  }
  const kinds = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const top = kinds[0];
  const count = top === undefined ? 0 : totals.get(top)!;
  return {
    weeks: table,
    kinds,
    mostCommon: top === undefined ? null : { kinds: kinds.filter((k) => totals.get(k) === count), count },
    total: table.reduce((sum, w) => sum + w.total, 0),
  };
}
