// The e-receipt QR printed on the receipt: as compact as the one on screen, scannable, or a clear sentence.
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { PROFILES, type PrinterProfile } from '../../src/escpos/capabilities';
import { interpret, textLines, type ImageItem, type PaperItem } from '../../src/escpos/interpreter';
import { encodeReceiptLink } from '../../src/receipt/link/encode';
import { linkQrText, qrForLink } from '../../src/receipt/qr';
import { renderReceiptEscPos } from '../../src/receipt/render-escpos';
import { generateSigningKeyPair, signerFromKeyPair } from '../../src/receipt/sign';
import type { Receipt } from '../../src/receipt/types';
import { validateReceipt } from '../../src/receipt/validate';
import { fixtureJson, type ReceiptFixture } from '../_util/fixtures';

const BASE = 'https://receipts.example.com/r/';
const signer = await signerFromKeyPair(await generateSigningKeyPair());
const signedLink = (receipt: Receipt): Promise<string> => encodeReceiptLink(BASE, receipt, { signer });
const fixture = (name: ReceiptFixture): Receipt => validateReceipt(fixtureJson(name));

/** The pharmacy receipt with a 500-character note: too much for a scannable code on 58 mm paper. */
function longReceipt(): Receipt {
  const receipt = fixtureJson('pharmacy-zh');
  receipt.note = '请按说明书或遵医嘱使用本品，儿童必须在成人监护下使用，过敏体质者慎用。'
    .repeat(15)
    .slice(0, 500);
  return validateReceipt(receipt);
}

function print(receipt: Receipt, profile: PrinterProfile, link: string) {
  const rendered = renderReceiptEscPos(receipt, { profile, link });
  const { paper } = interpret(rendered.bytes, { widthDots: profile.dots, chineseByDefault: true });
  return { rendered, paper };
}

/** The receipt's raster bands (the encoder sends tall images in several GS v 0 pieces) as one image, or none. */
function printedImage(items: readonly PaperItem[]): ImageItem | undefined {
  const bands = items.filter((i): i is ImageItem => i.kind === 'image');
  if (bands.length === 0) return undefined;
  expect(new Set(bands.map((b) => b.widthDots)).size, 'one image, in bands').toBe(1);
  const bits = new Uint8Array(bands.reduce((n, b) => n + b.bits.length, 0));
  bands.reduce((at, b) => (bits.set(b.bits, at), at + b.bits.length), 0);
  return { ...bands[0]!, heightDots: bands.reduce((n, b) => n + b.heightDots, 0), bits };
}

/** Reads a printed raster QR like a phone would: the text, the symbol version and the module width in dots. */
function scan(image: ImageItem): { data: string; version: number; moduleDots: number } {
  const { widthDots: width, heightDots: height, bits } = image;
  const rowBytes = Math.ceil(width / 8);
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  let firstDark = width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (bits[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7))) {
        rgba.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
        firstDark = Math.min(firstDark, x);
      }
    }
  }
  const code = jsQR(rgba, width, height);
  expect(code, 'the printed QR scans').not.toBeNull();
  // The symbol starts after a quiet zone of four light modules.
  return { data: code!.data, version: code!.version, moduleDots: firstDark / 4 };
}

describe('a raster QR on 58 mm paper (384 dots)', () => {
  test.each(['pharmacy-zh', 'convenience-store-zh'] as const)(
    '%s: same version as the screen, modules at least 3 dots, and it scans to the link',
    async (name) => {
      const link = await signedLink(fixture(name));
      const { rendered, paper } = print(fixture(name), PROFILES['generic-58'], link);
      const printed = scan(printedImage(paper.items)!);
      const screen = qrForLink(link);
      expect(printed.version).toBe(screen.version);
      expect(printed.moduleDots).toBeGreaterThanOrEqual(3);
      expect(new URL(printed.data).href).toBe(link);
      expect(rendered.qr).toEqual({
        kind: 'printed',
        version: screen.version,
        moduleDots: printed.moduleDots,
        native: false,
      });
    },
  );
});

describe('a native GS ( k QR', () => {
  test('stores the link with scheme and host upper-cased, so the printer can choose alphanumeric mode', async () => {
    const link = await signedLink(fixture('pharmacy-zh'));
    const { bytes, qr } = renderReceiptEscPos(fixture('pharmacy-zh'), {
      profile: PROFILES['sunmi-58'],
      link,
    });
    const latin1 = new TextDecoder('latin1').decode(bytes);
    // GS ( k cn 49 fn 80 m 48 (store), then the data; fn 67 (module size) carries n.
    // eslint-disable-next-line no-control-regex -- GS (0x1D) and the length bytes are the command's own
    const stored = /\x1d\(k..1P0([^\x1d]*)\x1d\(k\x03\x001Q0/s.exec(latin1)![1]!;
    expect(stored).toBe(linkQrText(link));
    expect(stored).toMatch(/^HTTPS:\/\/RECEIPTS\.EXAMPLE\.COM\/r\/#[0-9A-Z $%*+\-./:]+$/);
    expect(new URL(stored).href).toBe(link);
    const moduleDots = latin1.charCodeAt(latin1.indexOf('\x1d(k\x03\x001C') + 7);
    expect(moduleDots).toBeGreaterThanOrEqual(3);
    expect(qrForLink(stored).version).toBe(qrForLink(link).version);
    expect(qr).toEqual({ kind: 'printed', version: qrForLink(link).version, moduleDots, native: true });
  });
});

describe('a receipt too long for a paper QR', () => {
  test('prints a clear sentence instead of an unscannable code on 58 mm, and says so', async () => {
    const receipt = longReceipt();
    const link = await signedLink(receipt);
    const { rendered, paper } = print(receipt, PROFILES['generic-58'], link);
    expect(rendered.qr).toEqual({ kind: 'too-long', version: qrForLink(link).version });
    expect(paper.items.some((i) => i.kind === 'image' || i.kind === 'qr')).toBe(false);
    const text = textLines(paper).join('');
    expect(text.replace(/\s/g, '')).toContain('电子小票内容过长，无法打印二维码。请扫描收银屏幕上的二维码。');
    expect(text).not.toContain('扫码查看电子小票');
  });

  test('still gets its QR on 80 mm paper, where the modules are wide enough', async () => {
    const receipt = longReceipt();
    const link = await signedLink(receipt);
    const { rendered, paper } = print(receipt, PROFILES['generic-80'], link);
    expect(rendered.qr).toMatchObject({ kind: 'printed', version: qrForLink(link).version });
    expect(scan(printedImage(paper.items)!).moduleDots).toBeGreaterThanOrEqual(3);
    expect(textLines(paper).join('')).toContain('扫码查看电子小票');
  });
});
