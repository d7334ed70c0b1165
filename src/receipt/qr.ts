/**
 * QR codes for e-receipt links and text receipts. A link is mixed-mode (ISO/IEC 18004 §7.4): `#` is not in
 * the alphanumeric set, so it goes in a byte segment, while the base-43 payload, and the base URL when its
 * upper-cased form fits the set (browsers lower-case scheme and host), go in alphanumeric segments.
 */
import qrcode from 'qrcode-generator';

/** Error-correction level; M (≈15 % recovery) by default. */
export type QrLevel = 'L' | 'M' | 'Q' | 'H';

/** One QR segment. */
export interface QrSegment {
  mode: 'Byte' | 'Alphanumeric';
  /** For Byte, one character per byte (0–255). */
  data: string;
}

/** A finished QR symbol. */
export interface QrMatrix {
  /** 1–40; the symbol is 17 + 4 × version modules wide. */
  version: number;
  size: number;
  level: QrLevel;
  segments: QrSegment[];
  isDark(row: number, col: number): boolean;
}

/** The content does not fit a version-40 symbol at this level. */
export class QrTooLargeError extends Error {
  override readonly name = 'QrTooLargeError';
  readonly code = 'qr-too-large';
}

// ISO/IEC 18004 table 5: the 45 characters of alphanumeric mode.
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** Bits a segment list takes in a symbol of `version` (mode indicator, count indicator, data; table 3). */
export function segmentBits(segments: readonly QrSegment[], version: number): number {
  const band = version < 10 ? 0 : version < 27 ? 1 : 2;
  return segments.reduce((bits, { mode, data }) => {
    const n = data.length;
    if (mode === 'Byte') return bits + 4 + [8, 16, 16][band]! + 8 * n;
    return bits + 4 + [9, 11, 13][band]! + 11 * Math.floor(n / 2) + 6 * (n % 2);
  }, 0);
}

/** Candidate segmentations of a link; the smallest one is used. */
export function linkSegments(link: string): QrSegment[] {
  const hash = link.indexOf('#');
  const base = hash < 0 ? '' : link.slice(0, hash);
  const payload = hash < 0 ? link : link.slice(hash + 1);
  const tail: QrSegment[] = ALPHANUMERIC.test(payload)
    ? [{ mode: 'Alphanumeric', data: payload }]
    : [{ mode: 'Byte', data: utf8Binary(payload) }];
  if (hash < 0) return tail;
  const plain: QrSegment[] = [{ mode: 'Byte', data: utf8Binary(`${base}#`) }, ...tail];
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/i.exec(base);
  if (!m || !ALPHANUMERIC.test(m[1]!.toUpperCase())) return plain;
  const host = m[1]!.toUpperCase();
  const path = m[2]!;
  // Scheme and host are case-insensitive; the path is not, so it stays in the byte segment unless it fits as is.
  const candidates: QrSegment[][] = [
    plain,
    [{ mode: 'Alphanumeric', data: host }, { mode: 'Byte', data: utf8Binary(`${path}#`) }, ...tail],
  ];
  if (ALPHANUMERIC.test(path)) {
    candidates.push([{ mode: 'Alphanumeric', data: host + path }, { mode: 'Byte', data: '#' }, ...tail]);
  }
  return candidates.reduce((best, c) => (segmentBits(c, 20) < segmentBits(best, 20) ? c : best));
}

/**
 * The link as its smallest QR segmentation spells it (`linkSegments`): scheme and host upper-cased when that
 * lets them go in alphanumeric mode, the rest unchanged. The same address (RFC 3986 §3.1, §3.2.2: scheme and
 * host are case-insensitive), for printers that encode QR data themselves: the stored data (Epson ESC/POS
 * reference, GS ( k function 180) only says which characters may go in which mode — alphanumeric is 0–9, A–Z,
 * space and $ % * + - . / : — and the printer "automatically selects best compaction mode" (function 181), so
 * only upper case leaves it the choice. https://download4.epson.biz/sec_pubs/pos/reference_en/escpos/gs_lparen_lk_fn180.html
 */
export function linkQrText(link: string): string {
  return linkSegments(link)
    .map(({ mode, data }) =>
      mode === 'Byte' ? new TextDecoder().decode(Uint8Array.from(data, (c) => c.charCodeAt(0))) : data,
    )
    .join('');
}

/** UTF-8 bytes of text as a one-character-per-byte string (what the byte segment writer expects). */
export function utf8Binary(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}

/** A symbol holding the given segments, in the smallest version that fits. */
export function qrForSegments(segments: QrSegment[], level: QrLevel = 'M'): QrMatrix {
  const code = qrcode(0, level);
  for (const { mode, data } of segments) code.addData(data, mode);
  try {
    code.make();
  } catch (error) {
    // qrcode-generator throws a plain string ("code length overflow") when nothing fits.
    throw new QrTooLargeError(`content does not fit a QR code at level ${level}: ${String(error)}`);
  }
  const size = code.getModuleCount();
  return { version: (size - 17) / 4, size, level, segments, isDark: (row, col) => code.isDark(row, col) };
}

/** The QR symbol of an e-receipt link (mixed mode). */
export function qrForLink(link: string, level: QrLevel = 'M'): QrMatrix {
  return qrForSegments(linkSegments(link), level);
}

/** The QR symbol of plain text (one byte segment, UTF-8). */
export function qrForText(text: string, level: QrLevel = 'M'): QrMatrix {
  return qrForSegments([{ mode: 'Byte', data: utf8Binary(text) }], level);
}

/** An SVG drawing of a symbol: one path, `margin` modules of quiet zone (4 per the standard), scalable. */
export function qrSvg(matrix: QrMatrix, margin = 4): string {
  const full = matrix.size + 2 * margin;
  let path = '';
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.isDark(row, col)) path += `M${col + margin} ${row + margin}h1v1h-1z`;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges">` +
    `<rect width="${full}" height="${full}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
