import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAULT_COLOURS } from '../../src/app/fault-log/fault-colours';
import { FAULT_WORDS } from '../../src/app/fault-log/fault-words';
import { faultStats, withRecorded } from '../../src/app/fault-log/stats';
import { supportReport } from '../../src/app/fault-log/report';
import { weekStart } from '../../src/app/fault-log/time';
import { entryOf } from '../../src/store/fault-entry';
import type { FaultKind } from '../../src/printer/faults';
import type { FaultEntry } from '../../src/store/schema';

// Week boundaries are local time; pin the zone so the expected Mondays are fixed.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = zone;
});

let nextId = 1;
function fault(kind: FaultKind, iso: string, count = 1): FaultEntry {
  const row = entryOf({
    kind,
    at: Date.parse(iso),
    printer: null,
    status: null,
    raw: [],
    activity: { kind: 'idle' },
  });
  return { ...row, id: nextId++, count };
}

describe('fault statistics', () => {
  test('kinds tied for most common are all named, in the legend order', () => {
    const now = Date.parse('2026-11-25T12:00:00+08:00');
    const stats = faultStats(
      [
        fault('paper-out', '2026-11-24T09:00:00+08:00', 2),
        fault('cover-open', '2026-11-23T09:00:00+08:00', 2),
        fault('offline', '2026-11-22T09:00:00+08:00', 1),
      ],
      now,
      4,
    );
    expect(stats.mostCommon).toEqual({ kinds: ['cover-open', 'paper-out'], count: 2 });
  });

  test('every fault kind has its own fixed colour, readable on the white card (at least 4.5:1)', () => {
    const kinds = Object.keys(FAULT_WORDS) as FaultKind[];
    expect(Object.keys(FAULT_COLOURS).sort()).toEqual([...kinds].sort());
    expect(new Set(Object.values(FAULT_COLOURS)).size).toBe(kinds.length);
    // WCAG 2.2 relative luminance and contrast ratio: https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const onWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);
    const weak = kinds.filter((kind) => onWhite(FAULT_COLOURS[kind]) < 4.5);
    expect(weak).toEqual([]);
  });

  test('kept current one recorded fault at a time, they equal counting the whole log again', () => {
    const now = Date.parse('2026-11-25T12:00:00+08:00');
    const log = [
      fault('paper-out', '2026-11-24T09:00:00+08:00', 3),
      fault('cover-open', '2026-11-10T00:00:00+08:00'),
      fault('no-answer', '2026-01-01T08:00:00+08:00', 50), // outside the window
    ];
    let stats = faultStats(log, now, 4);
    // A fold moves an entry seen two weeks ago into this week with one more occurrence; a fold of an entry
    // last seen before the window brings all its occurrences in; a new entry adds one.
    const cover = { ...log[1]!, lastAt: Date.parse('2026-11-25T10:00:00+08:00'), count: 2 };
    const old = { ...log[2]!, lastAt: Date.parse('2026-11-25T11:00:00+08:00'), count: 51 };
    const fresh = fault('cutter-jam', '2026-11-25T11:30:00+08:00');
    stats = withRecorded(stats, cover, log[1]);
    stats = withRecorded(stats, old, undefined);
    stats = withRecorded(stats, fresh, undefined);
    expect(stats).toEqual(faultStats([log[0]!, cover, old, fresh], now, 4));
    expect(stats.total).toBe(3 + 2 + 51 + 1);
  });

  test('weeks start on local Monday midnight', () => {
    // Wednesday 2026-11-25 10:00 in Shanghai → Monday 2026-11-23 00:00 +08:00.
    expect(weekStart(Date.parse('2026-11-25T10:00:00+08:00'))).toBe(Date.parse('2026-11-23T00:00:00+08:00'));
    // Sunday late evening belongs to the week that started six days earlier.
    expect(weekStart(Date.parse('2026-11-22T23:59:00+08:00'))).toBe(Date.parse('2026-11-16T00:00:00+08:00'));
  });

  test('counts per kind per week (folded entries count their repeats) and names the most common cause', () => {
    const now = Date.parse('2026-11-25T12:00:00+08:00');
    const stats = faultStats(
      [
        fault('paper-out', '2026-11-24T09:00:00+08:00', 3),
        fault('cover-open', '2026-11-23T00:00:00+08:00'),
        fault('paper-out', '2026-11-20T09:00:00+08:00'),
        fault('no-answer', '2026-11-16T08:00:00+08:00', 2),
        fault('no-answer', '2026-01-01T08:00:00+08:00', 50), // outside the 4-week window
      ],
      now,
      4,
    );
    expect(stats.weeks.map((w) => new Date(w.start).toISOString())).toEqual([
      '2026-11-01T16:00:00.000Z',
      '2026-11-08T16:00:00.000Z',
      '2026-11-15T16:00:00.000Z',
      '2026-11-22T16:00:00.000Z',
    ]);
    expect(stats.weeks.map((w) => w.byKind)).toEqual([
      {},
      {},
      { 'paper-out': 1, 'no-answer': 2 },
      { 'paper-out': 3, 'cover-open': 1 },
    ]);
    expect(stats.kinds).toEqual(['paper-out', 'no-answer', 'cover-open']);
    expect(stats.mostCommon).toEqual({ kinds: ['paper-out'], count: 4 });
    expect(stats.total).toBe(7);
  });

  test('an empty log has empty weeks and no most common cause', () => {
    const stats = faultStats([], Date.parse('2026-11-25T12:00:00+08:00'));
    expect(stats.weeks).toHaveLength(8);
    expect(stats.mostCommon).toBeNull();
    expect(stats.total).toBe(0);
  });
});

describe('support report', () => {
  test('names the printer, its capabilities and settings, the app and browser, and at most 50 faults', () => {
    const faults = Array.from({ length: 60 }, (_, i) =>
      fault(i % 2 ? 'paper-out' : 'cover-open', new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString()),
    ).reverse();
    const text = supportReport(
      {
        appVersion: '0.1.0',
        userAgent: 'Mozilla/5.0 Chrome/140',
        now: Date.UTC(2026, 10, 25),
        online: false,
        printer: {
          key: 'usb:0416:5011:A1',
          identity: {
            transport: 'usb',
            vendorId: 0x0416,
            productId: 0x5011,
            serialNumber: 'A1',
            name: 'XP-58',
          },
          capabilities: { columns: 32, qr: true },
          settings: { baudRate: 9600 },
          firstSeen: 0,
          lastSeen: 0,
        },
        faults,
      },
      'zh',
    );
    expect(text).toContain('App version / 应用版本: 0.1.0');
    expect(text).toContain('Browser / 浏览器: Mozilla/5.0 Chrome/140');
    expect(text).toContain('vendor id: 0x0416');
    expect(text).toContain('serial number: A1');
    expect(text).toContain('capabilities: {"columns":32,"qr":true}');
    expect(text).toContain('settings: {"baudRate":9600}');
    expect(text).toContain('Last 50 faults / 最近 50 条故障 (of 60)');
    const faultLines = text.split('\n').filter((line) => line.startsWith('  #'));
    expect(faultLines).toHaveLength(50);
    expect(faultLines[0]).toContain(`#${faults[0]!.id} `);
    expect(faultLines[0]).toContain('缺纸');
  });
});
