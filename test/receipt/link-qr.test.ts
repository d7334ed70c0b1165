import { describe, expect, test } from 'vitest';
import { linkSegments, qrForLink, qrForText, qrSvg, segmentBits } from '../../src/receipt/qr';

const PAYLOAD = '1' + 'ABC123$*+-./:'.repeat(20);

describe('QR segments of a link', () => {
  test('scheme and host go upper-case in alphanumeric mode, "#" alone in a byte segment', () => {
    expect(linkSegments(`https://receipt.example/#${PAYLOAD}`)).toEqual([
      { mode: 'Alphanumeric', data: 'HTTPS://RECEIPT.EXAMPLE/' },
      { mode: 'Byte', data: '#' },
      { mode: 'Alphanumeric', data: PAYLOAD },
    ]);
  });

  test('a lower-case path stays as written, in the byte segment with "#"', () => {
    expect(linkSegments(`https://shop.example/r/#${PAYLOAD}`)).toEqual([
      { mode: 'Alphanumeric', data: 'HTTPS://SHOP.EXAMPLE' },
      { mode: 'Byte', data: '/r/#' },
      { mode: 'Alphanumeric', data: PAYLOAD },
    ]);
  });

  test('bits per segment follow the count-indicator widths of versions 1–9, 10–26 and 27–40', () => {
    const segments = [
      { mode: 'Byte' as const, data: '#' },
      { mode: 'Alphanumeric' as const, data: 'ABC' },
    ];
    expect([segmentBits(segments, 9), segmentBits(segments, 10), segmentBits(segments, 27)]).toEqual([
      4 + 8 + 8 + (4 + 9 + 11 + 6),
      4 + 16 + 8 + (4 + 11 + 11 + 6),
      4 + 16 + 8 + (4 + 13 + 11 + 6),
    ]);
  });

  test('the symbol is the smallest version: 17 + 4v modules, and text mode holds UTF-8', () => {
    const qr = qrForLink(`https://receipt.example/#${PAYLOAD}`);
    expect(qr.size).toBe(17 + 4 * qr.version);
    // 24 host + '#' + 261 payload symbols need 1 614 bits at version 9 (M holds 182 codewords = 1 456 bits)
    // and 1 626 at version 10 (216 codewords = 1 728 bits); ISO/IEC 18004 table 7.
    expect(qr.version).toBe(10);
    expect(qrForText('合计 ￥448.70').segments[0]!.data).toHaveLength(16);
  });

  test('SVG output has one dark square per dark module', () => {
    const qr = qrForLink('https://a.example/#1ABC');
    let dark = 0;
    for (let r = 0; r < qr.size; r++) for (let c = 0; c < qr.size; c++) if (qr.isDark(r, c)) dark++;
    expect(qrSvg(qr).match(/h1v1h-1z/g)).toHaveLength(dark);
  });
});
