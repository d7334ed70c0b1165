import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import {
  chooseCode128Set,
  code128,
  code39,
  ean13,
  ean13CheckDigit,
  qrNative,
  qrRaster,
} from '../../src/escpos/barcode';
import { EscPosError, concatCommands, type Command } from '../../src/escpos/commands';
import { qrModules } from '../../src/escpos/qr-modules';

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
// GS H 2 (HRI below), GS h 80 (height), GS w 2 (module width): the defaults every 1D barcode sends first.
const SETUP = '1d 48 02 1d 68 50 1d 77 02';

/** Rebuilds the picture that GS v 0 bands would print, as RGBA for a QR reader (with a white margin). */
function printedRgba(commands: readonly Command[]): {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
} {
  const rows: Uint8Array[] = [];
  let bytesPerRow = 0;
  for (const { bytes } of commands) {
    expect([...bytes.subarray(0, 4)]).toEqual([0x1d, 0x76, 0x30, 0]);
    bytesPerRow = bytes[4]! | (bytes[5]! << 8);
    const count = bytes[6]! | (bytes[7]! << 8);
    for (let r = 0; r < count; r++) rows.push(bytes.subarray(8 + r * bytesPerRow, 8 + (r + 1) * bytesPerRow));
  }
  const margin = 16;
  const width = bytesPerRow * 8 + 2 * margin;
  const height = rows.length + 2 * margin;
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  rows.forEach((row, y) => {
    for (let x = 0; x < bytesPerRow * 8; x++) {
      if (row[x >> 3]! & (0x80 >> (x & 7))) {
        const p = ((y + margin) * width + x + margin) * 4;
        rgba[p] = rgba[p + 1] = rgba[p + 2] = 0;
      }
    }
  });
  return { rgba, width, height };
}

describe('CODE128', () => {
  test('an even run of digits goes in code set C, two digits per byte', () => {
    expect(hex(code128('12345678').bytes)).toBe(`${SETUP} 1d 6b 49 06 7b 43 0c 22 38 4e`);
  });

  test('text goes in code set B with its ASCII bytes', () => {
    expect(hex(code128('A-1029').bytes)).toBe(`${SETUP} 1d 6b 49 08 7b 42 41 2d 31 30 32 39`);
    expect(chooseCode128Set('12345')).toBe('B');
  });

  test('a literal { is doubled so the printer does not read a code set switch', () => {
    expect(hex(code128('a{', { codeSet: 'B' }).bytes).endsWith('7b 42 61 7b 7b')).toBe(true);
  });

  test('HRI position, height and module width are sent as GS H / GS h / GS w', () => {
    const bytes = code128('AB', { hri: 'none', height: 40, moduleWidth: 3 }).bytes;
    expect(hex(bytes.subarray(0, 9))).toBe('1d 48 00 1d 68 28 1d 77 03');
  });

  test('set C with an odd number of digits is refused', () => {
    expect(() => code128('123', { codeSet: 'C' })).toThrowError(EscPosError);
  });
});

describe('EAN-13 and CODE39', () => {
  test('EAN-13 from 12 digits gets its check digit appended', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(hex(ean13('400638133393').bytes)).toBe(
      `${SETUP} 1d 6b 43 0d 34 30 30 36 33 38 31 33 33 33 39 33 31`,
    );
  });

  test('EAN-13 with a wrong check digit is refused, naming the right one', () => {
    expect(() => ean13('4006381333932')).toThrowError(/should be 1/);
  });

  test('CODE39 sends its characters with m = 69; lower case is refused', () => {
    expect(hex(code39('AB-1').bytes)).toBe(`${SETUP} 1d 6b 45 04 41 42 2d 31`);
    expect(() => code39('ab')).toThrowError(EscPosError);
  });
});

describe('QR', () => {
  test('native QR: model 2, module size, level, store (pL pH = length + 3), print', () => {
    expect(qrNative('HI', { moduleSize: 4, level: 'Q' }).map((c) => hex(c.bytes))).toEqual([
      '1d 28 6b 04 00 31 41 32 00',
      '1d 28 6b 03 00 31 43 04',
      '1d 28 6b 03 00 31 45 32',
      '1d 28 6b 05 00 31 50 30 48 49',
      '1d 28 6b 03 00 31 51 30',
    ]);
  });

  test('native QR of 300 bytes carries the length in two bytes, low first', () => {
    const store = qrNative('x'.repeat(300))[3]!.bytes;
    expect(hex(store.subarray(0, 8))).toBe('1d 28 6b 2f 01 31 50 30');
    expect(store.length).toBe(308);
  });

  test('raster QR prints a symbol a phone can read back', () => {
    const link = 'https://r.example/#1AbC-dEf_0123456789';
    const { rgba, width, height } = printedRgba(qrRaster(qrModules(link), 384));
    expect(jsQR(rgba, width, height)?.data).toBe(link);
  });

  test('a raster QR that cannot fit even at one dot per module is refused, not printed past the edge', () => {
    expect(() => qrRaster(qrModules('x'.repeat(300)), 60)).toThrowError(/does not fit in 60 dots/);
  });

  test('raster QR shrinks its modules to fit narrow paper', () => {
    const commands = qrRaster(qrModules('x'.repeat(120)), 120);
    expect((commands[0]!.bytes[4]! | (commands[0]!.bytes[5]! << 8)) * 8).toBeLessThanOrEqual(120);
    expect(concatCommands(commands).length).toBeGreaterThan(0);
  });
});
