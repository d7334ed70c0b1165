/** Helpers of the sale and journal browser tests: PNG pixels for the QR decoder, the journal read raw. */
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** RGBA pixels of a PNG (8-bit RGB or RGBA, not interlaced: what Chromium's screenshots are). */
export function pngPixels(png: Buffer): { width: number; height: number; data: Uint8ClampedArray } {
  let offset = 8; // the PNG signature
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0)
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    }
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? rows[y * stride + x - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      rows[y * stride + x] = (byte + predict(filter!, left, up, upLeft)) & 0xff;
    }
  }
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = rows[i * channels]!;
    data[i * 4 + 1] = rows[i * channels + 1]!;
    data[i * 4 + 2] = rows[i * channels + 2]!;
    data[i * 4 + 3] = channels === 4 ? rows[i * channels + 3]! : 255;
  }
  return { width, height, data };
}

/** PNG filter predictors (PNG specification, section 9.2). */
function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new Error(`bad PNG filter ${filter}`);
  }
}

/** A receipt's journal state as stored in the page's IndexedDB (read raw, without the app's code). */
export function journalState(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (receiptId) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('receipt-rescue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('receipts')) return resolve(null);
          const get = db.transaction('receipts').objectStore('receipts').get(receiptId);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { state?: string } | undefined)?.state ?? null);
          };
        };
      }),
    id,
  );
}

/** Polls the journal every few ms until receipt `id` is in `state` (for states that last under a second). */
export async function waitForState(page: Page, id: string, state: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await journalState(page, id);
    if (last === state) return;
    await page.waitForTimeout(10);
  }
  throw new Error(`receipt ${id} never reached ${state} (last ${last})`);
}
