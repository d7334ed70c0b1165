/**
 * `receipt-rescue qr <receipt.json> [--base URL] [--key jwk] [--mode link|text] [--level L|M|Q|H] -o out.svg|out.png`:
 * the e-receipt QR as SVG or PNG. The PNG is 8-bit greyscale, compressed with node:zlib (chunks from `png.ts`).
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PNG_SIGNATURE, pngChunk } from '../escpos/interpreter/png';
import { encodeReceiptLink } from '../receipt/link/encode';
import { qrForLink, qrForText, qrSvg, QrTooLargeError, type QrLevel, type QrMatrix } from '../receipt/qr';
import { receiptToText } from '../receipt/text-receipt';
import { signerFromFile } from './link';
import { EXIT, parseArgs, readReceipt, UsageError, viewerBase } from './receipt-input';

/** Usage line of the command. */
export const QR_USAGE =
  'receipt-rescue qr <receipt.json> -o out.svg|out.png [--base URL] [--key private-key.jwk] [--mode link|text] [--level L|M|Q|H]';

/** An 8-bit greyscale PNG of the symbol: `scale` pixels per module, `margin` modules of quiet zone. */
export function qrPng(matrix: QrMatrix, scale = 8, margin = 4): Buffer {
  const side = (matrix.size + 2 * margin) * scale;
  const raw = Buffer.alloc(side * (side + 1), 0xff);
  for (let y = 0; y < side; y++) {
    raw[y * (side + 1)] = 0; // filter type 0 (None) for every scanline
    const row = Math.floor(y / scale) - margin;
    for (let x = 0; x < side; x++) {
      const col = Math.floor(x / scale) - margin;
      const inside = row >= 0 && col >= 0 && row < matrix.size && col < matrix.size;
      if (inside && matrix.isDark(row, col)) raw[y * (side + 1) + 1 + x] = 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, colour type 0 (greyscale), deflate, adaptive filters, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/** Writes the QR file; prints the version and what it holds to stderr; returns the exit code. */
export async function qrCommand(args: readonly string[]): Promise<number> {
  const { positional, options } = parseArgs(args, ['base', 'key', 'mode', 'level', 'out']);
  const out = options.get('out');
  if (!out || !/\.(svg|png)$/i.test(out)) throw new UsageError('-o must name an .svg or .png file');
  const mode = options.get('mode') ?? 'link';
  if (mode !== 'link' && mode !== 'text') throw new UsageError('--mode must be link or text');
  const level = (options.get('level') ?? 'M') as QrLevel;
  if (!['L', 'M', 'Q', 'H'].includes(level)) throw new UsageError('--level must be L, M, Q or H');
  const base = viewerBase(options);
  const signer = await signerFromFile(options.get('key'));
  const receipt = readReceipt(positional[0], 'qr');
  if (!receipt) return EXIT.invalid;
  const content =
    mode === 'text' ? receiptToText(receipt) : await encodeReceiptLink(base, receipt, { signer });
  let matrix: QrMatrix;
  try {
    matrix = mode === 'text' ? qrForText(content, level) : qrForLink(content, level);
  } catch (error) {
    if (!(error instanceof QrTooLargeError)) throw error;
    const tips = [level !== 'L' && 'a lower --level', mode === 'text' && '--mode link'].filter(Boolean);
    const hint = tips.length > 0 ? `; try ${tips.join(' or ')}` : '';
    console.error(
      `receipt-rescue qr: ${content.length} characters do not fit a QR code at level ${level}${hint}`,
    );
    return EXIT.rejected;
  }
  writeFileSync(out, /\.svg$/i.test(out) ? qrSvg(matrix) : qrPng(matrix));
  console.error(
    `QR version ${matrix.version} (${matrix.size}×${matrix.size}), level ${level}, ${content.length} characters`,
  );
  return EXIT.ok;
}
