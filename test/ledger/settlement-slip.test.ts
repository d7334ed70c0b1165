import { describe, expect, test } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { interpret, textLines, type TextLine } from '../../src/escpos/interpreter';
import { daySummary } from '../../src/ledger/day-summary';
import { settlementSlipEscPos } from '../../src/ledger/settlement-slip';
import { columnsOf } from '../../src/escpos/text-width';
import { dayReceipts } from './_fixtures';

const summary = () =>
  daySummary(
    dayReceipts().map((receipt) => ({ receipt, delivery: 'printed' as const })),
    [{ at: Date.parse('2026-12-01T10:00:00+08:00'), kind: 'paper-out' }],
    { day: '2026-12-01', timeZone: 'Asia/Shanghai', startHour: 4 },
  );

describe.each([
  ['xprinter-58', 32, 'zh'],
  ['xprinter-80', 48, 'zh'],
  ['generic-58', 32, 'en'],
] as const)('settlement slip on %s', (id, columns, language) => {
  const profile = PROFILES[id];

  test(`fits ${columns} columns, as the virtual printer prints it, with the day's figures on it`, async () => {
    const s = await summary();
    const job = settlementSlipEscPos(s, profile, { language, shopName: '好邻居便利店 漕溪北路店' });
    for (const line of job.lines)
      expect(columnsOf(line.text) * (line.double ? 2 : 1), line.text).toBeLessThanOrEqual(columns);
    const { paper, unknown } = interpret(job.bytes, {
      widthDots: profile.dots,
      chineseByDefault: profile.chineseFont,
    });
    expect(unknown).toEqual([]);
    for (const line of paper.items.filter((i): i is TextLine => i.kind === 'text'))
      expect(line.widthDots).toBeLessThanOrEqual(profile.dots);
    const printed = textLines(paper).join('\n');
    expect(printed).toContain(language === 'zh' ? '日结单' : 'DAY CLOSE');
    expect(printed).toContain('2026-12-01');
    expect(printed).toMatch(new RegExp(`${language === 'zh' ? '小票笔数' : 'Receipts'} +${s.receipts}`));
    // The digest is printed whole, across lines.
    expect(printed.replace(/\s+/g, '')).toContain(s.digest);
    expect(paper.items.filter((i) => i.kind === 'cut')).toHaveLength(profile.cutter === 'none' ? 0 : 1);
  });
});
