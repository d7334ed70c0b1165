import { describe, expect, test } from 'vitest';
import { interpret, type TextLine } from '../../src/escpos/interpreter';
import { columnsOf } from '../../src/escpos/text-width';
import { chooseSetup, printingProfile } from '../../src/printer/profile';
import { ruler, testPageCommands } from '../../src/printer/test-page';
import type { PrinterIdentity } from '../../src/transport/types';

const xp58: PrinterIdentity = {
  transport: 'usb',
  vendorId: 0x0483,
  productId: 0x5743,
  serialNumber: '00000000051C',
  name: 'USB Printer P',
};
const pos80: PrinterIdentity = { transport: 'usb', vendorId: 0x0416, productId: 0x5011, name: 'POS-80' };

/** The test page for `identity` as the printer prints it on paper `widthDots` wide. */
function printedPage(identity: PrinterIdentity, widthDots?: number) {
  const profile = printingProfile(chooseSetup(identity, null));
  const commands = testPageCommands({ identity, profile, capabilities: null, at: Date.UTC(2026, 0, 2) });
  const bytes = Uint8Array.from(commands.flatMap((c) => [...c.bytes]));
  const { paper } = interpret(bytes, { widthDots: widthDots ?? profile.dots, chineseByDefault: true });
  const lines = paper.items.filter((i): i is TextLine => i.kind === 'text' && i.spans.length > 0);
  return { profile, lines, text: (line: TextLine) => line.spans.map((s) => s.text).join('') };
}

describe.each([
  ['58 mm', xp58, 32],
  ['80 mm', pos80, 48],
] as const)('the test page on a %s printer', (_, identity, columns) => {
  test(`its rulers are ${columns} columns and each fills exactly one printed line`, () => {
    const { profile, lines, text } = printedPage(identity);
    const rulers = lines.filter((line) => text(line).startsWith('|'));
    expect(rulers.map(text)).toEqual([ruler(columns), ruler(columns), ruler(columns)]);
    for (const line of rulers) expect(line.widthDots).toBe(profile.dots);
  });

  test('no other line runs past the paper (what would wrap on the printer is wrapped by the page)', () => {
    const { lines, text } = printedPage(identity, 576 * 2);
    for (const line of lines) {
      const width = line.spans.reduce((sum, s) => sum + columnsOf(s.text) * s.style.width, 0);
      expect(width, text(line)).toBeLessThanOrEqual(columns);
    }
  });
});
