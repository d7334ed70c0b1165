import { describe, expect, test } from 'vitest';
import { interpret, type TextLine } from '../../src/escpos/interpreter';
import { columnsOf } from '../../src/escpos/text-width';
import { chooseSetup, printingProfile } from '../../src/printer/profile';
import { testPageCommands, type TestPageInfo } from '../../src/printer/test-page';
import type { PrinterIdentity } from '../../src/transport/types';

const pos80: PrinterIdentity = { transport: 'usb', vendorId: 0x0416, productId: 0x5011, name: 'POS-80' };
const AT = Date.UTC(2026, 11, 2, 1, 15, 30);

/** The lines of text the printer prints for a test page with `extra` info. */
function printed(extra: Partial<TestPageInfo>, chineseFont = true): string[] {
  const base = printingProfile(chooseSetup(pos80, null));
  const profile = chineseFont
    ? { ...base, chineseFont, utf8Mode: false }
    : { ...base, chineseFont, utf8Mode: false, defaultEncoding: 'cp858' as const };
  const commands = testPageCommands({ identity: pos80, profile, capabilities: null, at: AT, ...extra });
  const bytes = Uint8Array.from(commands.flatMap((c) => [...c.bytes]));
  const { paper } = interpret(bytes, { widthDots: profile.dots, chineseByDefault: chineseFont });
  return paper.items
    .filter((i): i is TextLine => i.kind === 'text' && i.spans.length > 0)
    .map((line) => line.spans.map((s) => s.text).join(''));
}

describe('the test page says when and for whom it printed', () => {
  test.each([
    [480, '2026-12-02 09:15 +08:00'],
    [0, '2026-12-02 01:15 +00:00'],
    [-210, '2026-12-01 21:45 -03:30'],
    [345, '2026-12-02 07:00 +05:45'],
  ])('at UTC offset %i minutes it prints %s', (utcOffset, stamp) => {
    const lines = printed({ utcOffset });
    expect(lines).toContain(stamp);
    expect(lines.join('\n')).not.toContain('T01:15');
  });

  test('the shop name and the key fingerprint are printed, in both languages on a printer with a Chinese font', () => {
    const lines = printed({ utcOffset: 480, shopName: '街角咖啡', keyFingerprint: '6B17-EEB5' });
    expect(lines).toContain('街角咖啡');
    expect(lines).toContain('E-receipt device fingerprint: 6B17-EEB5');
    expect(lines).toContain('电子小票设备指纹：6B17-EEB5');
  });

  test('without a Chinese font the fingerprint line is English only; without a profile or fingerprint there is neither', () => {
    const plain = printed({ utcOffset: 480, keyFingerprint: '6B17-EEB5' }, false);
    expect(plain.filter((line) => line.includes('6B17-EEB5'))).toEqual([
      'E-receipt device fingerprint: 6B17-EEB5',
    ]);
    const none = printed({ utcOffset: 480 });
    expect(none.join('\n')).not.toMatch(/fingerprint|指纹/);
  });

  test('a long shop name wraps inside the paper', () => {
    const name = '上海市徐汇区示例路一号街角咖啡与面包烘焙工作室（旗舰店）';
    const lines = printed({ utcOffset: 480, shopName: name });
    const shopLines = lines.filter((line) => name.includes(line.trim()) && line.trim().length > 1);
    expect(shopLines.join('')).toBe(name);
    for (const line of lines) expect(columnsOf(line), line).toBeLessThanOrEqual(48);
  });
});
