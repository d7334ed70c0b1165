import { describe, expect, test } from 'vitest';
import { code128, code39, ean13, qrNative } from '../../src/escpos/barcode';
import { PROFILES } from '../../src/escpos/capabilities';
import * as c from '../../src/escpos/commands';
import { dither } from '../../src/escpos/image';
import { interpret, textLines } from '../../src/escpos/interpreter';
import { EscPosJob } from '../../src/escpos/job';

// Every builder's bytes, fed to the virtual printer's independently written interpreter: it must take
// each one as a whole command (nothing unknown, nothing left dangling) and print what was meant.

describe('builders as the virtual printer reads them', () => {
  test('every style, layout and device command is understood with its exact length', () => {
    const commands = [
      c.initialize(),
      c.bold(true),
      c.underline('thick'),
      c.inverse(true),
      c.charSize(3, 2),
      c.align('right'),
      c.lineSpacing(40),
      c.defaultLineSpacing(),
      c.font('b'),
      c.codePage(19),
      c.chineseModeOff(),
      c.chineseModeOn(),
      c.feedLines(2),
      c.drawerPulse(5),
      c.beep('esc-b', 2, 3),
      c.cut('partial', 24),
      c.cut('full'),
    ];
    const { unknown } = interpret(c.concatCommands(commands));
    expect(unknown).toEqual([]);
  });

  test('barcodes print the data they were given', () => {
    const bytes = c.concatCommands([
      c.initialize(),
      code128('12345678'),
      code128('A-1029'),
      ean13('400638133393'),
      code39('AB-1'),
    ]);
    const { paper, unknown } = interpret(bytes);
    expect(unknown).toEqual([]);
    const codes = paper.items.flatMap((i) => (i.kind === 'barcode' ? [`${i.symbology} ${i.data}`] : []));
    expect(codes).toEqual(['CODE128 12345678', 'CODE128 A-1029', 'EAN13 4006381333931', 'CODE39 AB-1']);
  });

  test('a native QR and a raster image come out as a QR and an image of the right size', () => {
    const bitmap = dither({ width: 100, height: 30, data: new Uint8Array(3000) }, 'threshold');
    const job = new EscPosJob({ profile: PROFILES.virtual }).initialize().add(...qrNative('hello'));
    const { paper, unknown } = interpret(
      job.image({ width: 100, height: 30, data: new Uint8Array(3000) }).bytes(),
    );
    expect(unknown).toEqual([]);
    const qr = paper.items.find((i) => i.kind === 'qr');
    expect(qr && qr.kind === 'qr' && qr.data).toBe('hello');
    const image = paper.items.find((i) => i.kind === 'image');
    expect(image && image.kind === 'image' && [image.widthDots, image.heightDots]).toEqual([
      bitmap.bytesPerRow * 8,
      30,
    ]);
  });

  test('Chinese and code page text print as the characters that were encoded', () => {
    const zh = new EscPosJob({ profile: PROFILES['xprinter-80'] }).initialize().line('合计 ￥448.70 喆犇');
    expect(textLines(interpret(zh.bytes()).paper)).toEqual(['合计 ￥448.70 喆犇']);
    const fr = new EscPosJob({ profile: PROFILES['xprinter-80'], encoding: 'cp858' })
      .initialize()
      .line('Café 5€');
    expect(textLines(interpret(fr.bytes()).paper)).toEqual(['Café 5€']);
    const sunmi = new EscPosJob({ profile: PROFILES['sunmi-58'] }).initialize().line('合计 ¥5');
    expect(textLines(interpret(sunmi.bytes(), { widthDots: 384 }).paper)).toEqual(['合计 ¥5']);
  });
});
