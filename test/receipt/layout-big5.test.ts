import { describe, expect, test } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { interpret, textLines, type TextLine } from '../../src/escpos/interpreter';
import { EscPosInterpreter } from '../../src/escpos/interpreter/interpreter';
import { EscPosJob } from '../../src/escpos/job';
import { columnsOf } from '../../src/escpos/text-width';
import { daySummary } from '../../src/ledger/day-summary';
import { settlementSlipEscPos } from '../../src/ledger/settlement-slip';
import { familySetup, printingProfile } from '../../src/printer/profile';
import { testPageCommands } from '../../src/printer/test-page';
import { concatCommands, EscPosError } from '../../src/escpos/commands';
import { renderReceiptEscPos } from '../../src/receipt/render-escpos';
import { validateReceipt } from '../../src/receipt/validate';
import { fixtureJson } from '../_util/fixtures';
import { dayReceipts } from '../ledger/_fixtures';

// A Taiwan or Hong Kong printer: the same FS & Chinese mode, but its font reads Big5. What it prints is
// read back with an interpreter whose font reads Big5, as the printer's would.

const big5At = (mm: 58 | 80) =>
  printingProfile({
    ...familySetup(mm === 58 ? 'xprinter-58' : 'xprinter-80', { kind: 'merchant' }),
    encoding: 'big5',
  });
const gbAt58 = printingProfile(familySetup('xprinter-58', { kind: 'merchant' }));

/** The paper a printer whose Chinese font reads `font` prints from `bytes`. */
function printedOn(bytes: Uint8Array, font: 'gb18030' | 'big5', widthDots = 576) {
  const { paper, unknown } = interpret(bytes, { widthDots, chineseByDefault: true, chineseFont: font });
  const lines = paper.items.filter((i): i is TextLine => i.kind === 'text' && i.spans.length > 0);
  const columns = lines.map((line) =>
    line.spans.reduce((sum, span) => sum + columnsOf(span.text) * span.style.width, 0),
  );
  return { text: textLines(paper).join('\n'), columns, unknown };
}

const link = 'https://receipt.example/#1ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

describe('a Traditional-Chinese receipt on a 58 mm Big5 printer', () => {
  const receipt = validateReceipt(fixtureJson('tea-restaurant-zh-hk'));
  const job = renderReceiptEscPos(receipt, { profile: big5At(58), link });

  test('every character prints, in Traditional labels, within 32 columns', () => {
    expect(job.replaced).toBe(0);
    const { text, columns, unknown } = printedOn(job.bytes, 'big5');
    expect(unknown).toEqual([]);
    expect(Math.max(...columns)).toBe(32);
    for (const item of receipt.items)
      expect(text.replace(/\s+/g, '')).toContain(item.name.replace(/\s+/g, ''));
    expect(text).toMatch(/單號 +HK58-0007-000412/);
    expect(text).toMatch(/合計 +HK\$174\.00/);
    expect(text).toMatch(/找零 +HK\$26\.00/);
    expect(text).toContain('掃碼查看電子收據');
    expect(text).toContain('多謝光臨，歡迎再來！');
    expect(text).not.toContain('?');
  });

  test('the same bytes on a mainland (GB18030) printer come out as other characters: the symptom', () => {
    const { text } = printedOn(job.bytes, 'gb18030');
    expect(text).not.toContain('合計');
    expect(text).not.toContain('金華茶餐廳');
  });

  test('a zh-HK receipt printed on a GB18030 printer keeps its Traditional labels', () => {
    const { text } = printedOn(renderReceiptEscPos(receipt, { profile: gbAt58 }).bytes, 'gb18030');
    expect(text).toMatch(/合計 +HK\$174\.00/);
    expect(text).toContain('單號');
  });
});

describe('a simplified-Chinese receipt on a Big5 printer', () => {
  const receipt = validateReceipt(fixtureJson('convenience-store-zh'));
  const job = renderReceiptEscPos(receipt, { profile: big5At(80) });
  const { text } = printedOn(job.bytes, 'big5');

  test('our own words come out in Traditional characters, so the labels and figures stay readable', () => {
    expect(text).toMatch(/單號 +XP80-0042-001873/);
    expect(text).toMatch(/合計 +/);
    expect(text).toMatch(/時間 +2024-11-18 14:32:05/);
    expect(text).toContain('收銀員');
    expect(text).not.toContain('合计');
  });

  test('item names with simplified-only characters print ? for those, and the job names them', () => {
    expect(job.replaced).toBeGreaterThan(0);
    // 农 (农夫山泉) and 红 (红牛) have no Big5 code; 天 and 牛 do.
    expect(job.unprintable).toEqual(expect.arrayContaining(['农', '红']));
    expect(job.unprintable).not.toContain('天');
    expect(text).toContain('?夫山泉');
  });
});

describe('Big5 jobs', () => {
  test('Chinese mode (FS &) comes before Big5 bytes and FS . before code-page text, once each', () => {
    const profile = big5At(80);
    const job = new EscPosJob({ profile }).initialize().line('合計').line('合計');
    const names = job.commands().map((c) => c.name);
    expect(names.filter((n) => /chinese mode on/i.test(n))).toHaveLength(1);
    const bytes = [...job.bytes()];
    const fsAmp = bytes.findIndex((b, i) => b === 0x1c && bytes[i + 1] === 0x26);
    expect(fsAmp).toBeGreaterThan(-1);
    expect(bytes.indexOf(0xa6)).toBeGreaterThan(fsAmp);
    const single = new EscPosJob({ profile, encoding: 'cp858' }).line('Café');
    expect([...single.bytes()].slice(0, 2)).toEqual([0x1c, 0x2e]);
  });

  test('a printer without a Chinese font refuses Big5 with a code', () => {
    const make = () => new EscPosJob({ profile: PROFILES['epson-tm-t20'], encoding: 'big5' });
    expect(make).toThrowError(EscPosError);
    expect(make).toThrowError('Epson TM-T20 has no Chinese font.');
  });

  test('a Big5 character split across two writes prints once, whole', () => {
    const interpreter = new EscPosInterpreter({ widthDots: 384, chineseFont: 'big5' });
    interpreter.write(Uint8Array.of(0x1c, 0x26, 0xa6));
    interpreter.write(Uint8Array.of(0x58, 0xad, 0x70, 0x0a));
    expect(textLines(interpreter.paper)).toEqual(['合計']);
  });

  test('the test page prints its Chinese lines in Traditional characters, all of them printable', () => {
    const profile = big5At(58);
    const bytes = concatCommands(
      testPageCommands({
        identity: { transport: 'usb', name: 'POS58', vendorId: 0x0483, productId: 0x5743 },
        profile,
        capabilities: null,
        at: Date.parse('2026-12-02T09:30:00+08:00'),
        utcOffset: 480,
        keyFingerprint: 'AB12-CD34',
      }),
    );
    const { text, columns } = printedOn(bytes, 'big5', 384);
    expect(text).toContain('中文：收據列印測試 合計 ￥12.50');
    expect(text).toContain('電子收據設備指紋：AB12-CD34');
    expect(text).toContain('以上各行完整即列印正常。');
    // The one ? on the page is the ASCII sample's own.
    expect(text.replace('<=>?@', '')).not.toContain('?');
    expect(Math.max(...columns)).toBe(32);
  });

  test('the day-close slip on a Big5 printer is in Traditional characters with nothing unprintable', async () => {
    const summary = await daySummary(
      dayReceipts().map((receipt) => ({ receipt, delivery: 'printed' as const })),
      [],
      { day: '2026-12-01', timeZone: 'Asia/Shanghai', startHour: 4 },
    );
    const slip = settlementSlipEscPos(summary, big5At(58), { language: 'zh', shopName: '金華茶餐廳' });
    const { text } = printedOn(slip.bytes, 'big5', 384);
    expect(text).toContain('日結單');
    expect(text).toMatch(new RegExp(`收據筆數 +${summary.receipts}`));
    expect(text).toContain('營業合計');
    expect(text).not.toContain('?');
  });
});
