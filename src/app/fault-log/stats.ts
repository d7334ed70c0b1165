/** Statistics of the fault log: occurrences per kind per week, and the most common cause. Pure. */
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
  mostCommon: { kind: FaultKind; count: number } | null;
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
  const table = starts.map((s) => ({ start: s, byKind: {} as Partial<Record<FaultKind, number>>, total: 0 }));
  const totals = new Map<FaultKind, number>();
  for (const entry of entries) {
    if (entry.lastAt < starts[0]!) continue;
    const week = weekStart(entry.lastAt);
    const slot = table.find((w) => w.start === week);
    if (!slot) continue;
    slot.byKind[entry.kind] = (slot.byKind[entry.kind] ?? 0) + entry.count;
    slot.total += entry.count;
    totals.set(entry.kind, (totals.get(entry.kind) ?? 0) + entry.count);
  }
  const kinds = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const top = kinds[0];
  return {
    weeks: table,
    kinds,
    mostCommon: top ? { kind: top, count: totals.get(top)! } : null,
    total: table.reduce((sum, w) => sum + w.total, 0),
  };
}
