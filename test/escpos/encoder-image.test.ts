import { describe, expect, test } from 'vitest';
import {
  dither,
  fitWidth,
  imageCommands,
  rasterCommands,
  rgbaToGray,
  type Bitmap,
  type GrayImage,
} from '../../src/escpos/image';

function inkRatio(bitmap: Bitmap): number {
  let ink = 0;
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (bitmap.data[y * bitmap.bytesPerRow + (x >> 3)]! & (0x80 >> (x & 7))) ink++;
    }
  }
  return ink / (bitmap.width * bitmap.height);
}

function gradient(width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data[y * width + x] = Math.round((x * 255) / (width - 1));
  return { width, height, data };
}

const flat = (width: number, height: number, value: number): GrayImage => ({
  width,
  height,
  data: new Uint8Array(width * height).fill(value),
});

describe('dithering', () => {
  test('threshold inks exactly the pixels darker than the threshold, packed MSB-first with padded rows', () => {
    const image: GrayImage = {
      width: 10,
      height: 1,
      data: Uint8Array.from([0, 255, 127, 128, 0, 0, 0, 0, 0, 10]),
    };
    const bitmap = dither(image, 'threshold');
    expect(bitmap.bytesPerRow).toBe(2);
    expect([...bitmap.data]).toEqual([0b10101111, 0b11000000]);
  });

  test('Floyd–Steinberg on a white-to-black gradient inks about half the paper', () => {
    expect(inkRatio(dither(gradient(256, 64), 'floyd-steinberg'))).toBeCloseTo(0.5, 1);
  });

  test('Floyd–Steinberg on flat 25% grey inks about a quarter of the dots, not all or none', () => {
    const ratio = inkRatio(dither(flat(128, 64, 191), 'floyd-steinberg'));
    expect(ratio).toBeGreaterThan(0.22);
    expect(ratio).toBeLessThan(0.28);
  });

  test('Atkinson on flat mid grey inks close to half, and leaves white paper white', () => {
    const ratio = inkRatio(dither(flat(128, 64, 128), 'atkinson'));
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(0.6);
    expect(inkRatio(dither(flat(64, 8, 255), 'atkinson'))).toBe(0);
    expect(inkRatio(dither(flat(64, 8, 0), 'floyd-steinberg'))).toBe(1);
  });
});

describe('grayscale input', () => {
  test('RGBA converts with luma weights and transparent pixels become white paper', () => {
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 255]);
    expect([...rgbaToGray(rgba, 3, 1).data]).toEqual([76, 255, 0]);
  });

  test('an image wider than the paper is scaled down to the paper width, keeping its aspect', () => {
    const scaled = fitWidth(flat(1000, 500, 100), 576);
    expect(scaled.width).toBe(576);
    expect(scaled.height).toBe(288);
    expect(scaled.data[0]).toBe(100);
    expect(fitWidth(flat(300, 10, 0), 576).width).toBe(300);
  });
});

describe('GS v 0 raster', () => {
  test('one band: GS v 0 0 xL xH yL yH then the rows', () => {
    const bitmap = dither({ width: 10, height: 2, data: new Uint8Array(20) }, 'threshold');
    const [command, ...rest] = rasterCommands(bitmap);
    expect(rest).toHaveLength(0);
    expect([...command!.bytes]).toEqual([0x1d, 0x76, 0x30, 0, 2, 0, 2, 0, 0xff, 0xc0, 0xff, 0xc0]);
  });

  test('a 576×1200 picture is sent in bands that each stay under the size bound and cover every row', () => {
    const commands = imageCommands(gradient(576, 1200), 576, 'floyd-steinberg');
    let rows = 0;
    for (const c of commands) {
      expect(c.bytes.length).toBeLessThanOrEqual(4096 + 8);
      expect(c.bytes[4]! | (c.bytes[5]! << 8)).toBe(72);
      rows += c.bytes[6]! | (c.bytes[7]! << 8);
    }
    expect(rows).toBe(1200);
    expect(commands.length).toBe(Math.ceil(1200 / 56));
  });

  test('a smaller band bound gives more, smaller commands', () => {
    const bitmap = dither(flat(384, 100, 0), 'threshold');
    const commands = rasterCommands(bitmap, { maxBandBytes: 480 });
    expect(commands.map((c) => c.bytes[6])).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
  });
});
