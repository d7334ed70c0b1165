import { describe, expect, test } from 'vitest';
import { PROFILES, profileColumns } from '../../src/escpos/capabilities';
import { concatCommands } from '../../src/escpos/commands';
import { encodedColumns } from '../../src/escpos/encode';
import { columnsOf } from '../../src/escpos/text-width';
import { linkQrText } from '../../src/receipt/qr';
import { receiptToEscPos, renderReceiptEscPos } from '../../src/receipt/render-escpos';
import type { Receipt } from '../../src/receipt/types';
import { fixtureJson } from '../_util/fixtures';

const zh = (): Receipt => fixtureJson('convenience-store-zh') as unknown as Receipt;
const en = (): Receipt => fixtureJson('cafe-en') as unknown as Receipt;

interface PrintedLine {
  text: string;
  /** Width magnification from GS ! when the line was printed. */
  scale: number;
  bold: boolean;
  align: number;
}

/**
 * Reads the text a printer would print from the byte stream, line by line. Knows exactly the commands a
 * receipt should contain and fails on anything else, so stray bytes cannot hide.
 */
function printedLines(
  bytes: Uint8Array,
  decoderLabel = 'gb18030',
): { lines: PrintedLine[]; other: string[] } {
  const decoder = new TextDecoder(decoderLabel);
  const lines: PrintedLine[] = [];
  const other: string[] = [];
  let pending: number[] = [];
  let scale = 1;
  let bold = false;
  let alignment = 0;
  let chinese = false;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const next = bytes[i + 1];
    if (b === 0x0a) {
      lines.push({ text: decoder.decode(Uint8Array.from(pending)), scale, bold, align: alignment });
      pending = [];
      i++;
    } else if (b === 0x1b && next === 0x40) {
      [scale, bold, alignment, i] = [1, false, 0, i + 2];
    } else if (b === 0x1b && next === 0x45) {
      bold = bytes[i + 2] === 1;
      i += 3;
    } else if (b === 0x1b && next === 0x61) {
      alignment = bytes[i + 2]!;
      i += 3;
    } else if (b === 0x1b && (next === 0x74 || next === 0x64)) {
      other.push(`ESC ${String.fromCharCode(next)} ${bytes[i + 2]}`);
      i += 3;
    } else if (b === 0x1d && next === 0x21) {
      scale = (bytes[i + 2]! >> 4) + 1;
      i += 3;
    } else if (b === 0x1d && next === 0x56) {
      other.push(`GS V ${bytes[i + 2]} ${bytes[i + 3]}`);
      i += 4;
    } else if (b === 0x1c && (next === 0x26 || next === 0x2e)) {
      chinese = next === 0x26;
      other.push(chinese ? 'FS &' : 'FS .');
      i += 2;
    } else if (b >= 0x20) {
      if (b >= 0x80 && decoderLabel === 'gb18030' && !chinese)
        throw new Error(`GB byte ${b} outside Chinese mode`);
      pending.push(b);
      i++;
    } else if (b === 0x1d && (next === 0x28 || next === 0x76)) {
      other.push(next === 0x28 ? 'GS ( k' : 'GS v 0');
      return { lines, other };
    } else {
      throw new Error(`unexpected byte 0x${b.toString(16)} at ${i}`);
    }
  }
  return { lines, other };
}

describe('the Chinese receipt on an 80 mm Chinese printer', () => {
  const { bytes, replaced } = renderReceiptEscPos(zh(), { profile: PROFILES['xprinter-80'] });

  test('fits in 2.4 KB with every Chinese character intact', () => {
    expect(bytes.length).toBeLessThanOrEqual(2400);
    expect(replaced).toBe(0);
    const printed = printedLines(bytes)
      .lines.map((l) => l.text)
      .join('\n');
    for (const item of zh().items) expect(printed).toContain(item.name);
    expect(printed).toContain('喆犇牌');
  });

  test('starts with ESC @, enters Chinese mode once, and never sends FS .', () => {
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    const { other } = printedLines(bytes);
    expect(other.filter((o) => o === 'FS &')).toHaveLength(1);
    expect(other).not.toContain('FS .');
  });

  test('the job is also given as commands whose bytes are exactly the receipt bytes', () => {
    const { commands } = renderReceiptEscPos(zh(), { profile: PROFILES['xprinter-80'] });
    expect(concatCommands(commands)).toEqual(bytes);
    expect(commands[0]!.name).toBe('initialize');
  });

  test('ends with a feed-and-partial-cut', () => {
    expect(printedLines(bytes).other.at(-1)).toBe('GS V 66 24');
  });

  test('the shop name prints double size, bold and centred; the total double size with ￥', () => {
    const { lines } = printedLines(bytes);
    expect(lines[0]).toEqual({ text: '好邻居便利店 漕溪北路店', scale: 2, bold: true, align: 1 });
    const total = lines.find((l) => l.text.startsWith('合计'))!;
    expect(total.scale).toBe(2);
    expect(total.text.endsWith('￥448.70')).toBe(true);
    expect(columnsOf(total.text, encodedColumns('gb18030')) * 2).toBe(48);
  });

  test.each([
    ['xprinter-58', 32],
    ['xprinter-80', 48],
  ] as const)('on %s no printed line is wider than %i columns', (id, columns) => {
    const profile = PROFILES[id];
    expect(profileColumns(profile)).toBe(columns);
    const { lines } = printedLines(receiptToEscPos(zh(), { profile }));
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) {
      expect(columnsOf(line.text, encodedColumns('gb18030')) * line.scale, line.text).toBeLessThanOrEqual(
        columns,
      );
    }
  });

  test('item rows put the amount flush with the right edge of the paper', () => {
    const { lines } = printedLines(bytes);
    const row = lines.find((l) => l.text.startsWith('  1.25 × 13.60'))!;
    expect(columnsOf(row.text, encodedColumns('gb18030'))).toBe(48);
    expect(row.text.endsWith(' 17.00')).toBe(true);
  });
});

describe('other printers and options', () => {
  test('the English café receipt on an Epson prints é and € from code page 858 (ESC t 19)', () => {
    const { bytes, replaced } = renderReceiptEscPos(en(), { profile: PROFILES['epson-tm-t20'] });
    expect(replaced).toBe(0);
    const { lines, other } = printedLines(bytes, 'latin1');
    expect(other[0]).toBe('ESC t 19');
    expect(other).not.toContain('FS .');
    expect(lines[0]!.text).toBe('Corner Caf\u0082'); // é is 0x82 in CP858
    expect(lines.find((l) => l.text.startsWith('Total'))!.text.endsWith('\u00d55.10')).toBe(true); // € is 0xD5
  });

  test('with CP437, which has no €, the total says EUR instead of printing ?', () => {
    const { bytes, replaced } = renderReceiptEscPos(en(), {
      profile: PROFILES['epson-tm-t20'],
      encoding: 'cp437',
    });
    const total = printedLines(bytes, 'latin1').lines.find((l) => l.text.startsWith('Total'))!;
    expect(total.text.endsWith('EUR 5.10')).toBe(true);
    expect(replaced).toBe(1); // the é of Café, printed as ?
  });

  test('paperColumns overrides the profile width', () => {
    const { lines } = printedLines(
      receiptToEscPos(zh(), { profile: PROFILES['xprinter-80'], paperColumns: 42 }),
    );
    const rule = lines.find((l) => l.text.startsWith('---'))!;
    expect(rule.text).toBe('-'.repeat(42));
  });

  test('an e-receipt link prints as native QR on an 80 mm Xprinter and as a raster on a 58 mm one', () => {
    const link = 'https://r.example/#Z1abc';
    const native = receiptToEscPos(zh(), { profile: PROFILES['xprinter-80'], link });
    expect(printedLines(native).other.at(-1)).toBe('GS ( k');
    // GS ( k store: cn 0x31 '1', fn 0x50 'P', m 0x30 '0', then the link as its QR segments spell it.
    expect(new TextDecoder('latin1').decode(native)).toContain(`1P0${linkQrText(link)}`);
    const raster = receiptToEscPos(zh(), { profile: PROFILES['xprinter-58'], link });
    expect(printedLines(raster).other.at(-1)).toBe('GS v 0');
  });
});
