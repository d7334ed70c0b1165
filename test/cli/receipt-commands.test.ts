// The receipt commands of the built command line, spawned as a user would run them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { receiptToEscPos } from '../../src/receipt/render-escpos';
import { generateSigningKeyPair, keyFingerprint, signerFromJwk } from '../../src/receipt/sign';
import { validateReceipt } from '../../src/receipt/validate';
import { fixtureJson, fixturePath } from '../_util/fixtures';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'dist-cli', 'receipt-rescue.mjs');
const dir = mkdtempSync(join(tmpdir(), 'receipt-rescue-receipt-cli-'));
const ZH = fixturePath('convenience-store-zh');
const BASE = 'https://shop.example/r/';

function cli(args: string[], input?: Uint8Array) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** Pixels of an 8-bit greyscale, unfiltered PNG as written by the qr command, as RGBA. */
function readGreyPng(png: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  let at = 8;
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = raw[y * (width + 1) + 1 + x]!;
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { width, height, rgba };
}

let keyFile: string;
let fingerprint: string;
// Each test spawns Node a few times; on a loaded 2-core machine that alone can pass the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

beforeAll(async () => {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'pipe' });
  const pair = await generateSigningKeyPair(true);
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  keyFile = join(dir, 'shop.jwk');
  writeFileSync(keyFile, JSON.stringify(jwk));
  fingerprint = await keyFingerprint((await signerFromJwk(jwk)).publicKey);
}, 120_000);

describe('receipt-rescue escpos', () => {
  test('writes the same bytes as receiptToEscPos for a 58 mm printer, and they print the total', () => {
    const result = cli(['escpos', ZH, '--width', '58']);
    expect(result.code).toBe(0);
    const expected = receiptToEscPos(validateReceipt(fixtureJson('convenience-store-zh')), {
      profile: PROFILES['generic-58'],
    });
    expect(new Uint8Array(result.stdout)).toEqual(expected);
    writeFileSync(join(dir, 'zh.bin'), result.stdout);
    const paper = cli(['render', 'zh.bin', '--width', '58']).stdout.toString('utf8');
    expect(paper).toContain('合计');
    expect(paper).toContain('￥448.70');
  });

  test('a receipt whose lines do not add up exits 3 naming the field', () => {
    const bad = fixtureJson('convenience-store-zh') as { items: { amount: number }[] };
    bad.items[3]!.amount = 1790;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const result = cli(['escpos', 'bad.json']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('items[3].amount: 1790 is not 2 × 890');
  });

  test('an unknown width is a usage error (exit 2)', () => {
    expect(cli(['escpos', ZH, '--width', '76']).code).toBe(2);
  });
});

describe('receipt-rescue link and verify', () => {
  test('without a key the link is unsigned, and verify prints the receipt as given', () => {
    const link = cli(['link', ZH, '--base', BASE]).stdout.toString('utf8').trim();
    expect(link).toMatch(/^https:\/\/shop\.example\/r\/#1[0-9A-Z$*+\-./:]+$/);
    const verified = cli(['verify', link]);
    expect(verified.code).toBe(0);
    const report = JSON.parse(verified.stdout.toString('utf8'));
    expect(report).toEqual({
      ok: true,
      verified: { state: 'unsigned' },
      receipt: fixtureJson('convenience-store-zh'),
    });
  });

  test('with --key the link verifies with that key’s fingerprint', () => {
    const link = cli(['link', ZH, '--base', BASE, '--key', keyFile]).stdout.toString('utf8').trim();
    const report = JSON.parse(cli(['verify', link]).stdout.toString('utf8'));
    expect(report.verified.state).toBe('verified');
    expect(report.verified.fingerprint).toBe(fingerprint);
  });

  test('verify exits 1 and says "altered" for a changed signed link, "damaged" for a cut one', () => {
    const link = cli(['link', ZH, '--key', keyFile]).stdout.toString('utf8').trim();
    const at = link.length - 90;
    const altered = link.slice(0, at) + (link[at] === 'Q' ? 'R' : 'Q') + link.slice(at + 1);
    const a = cli(['verify', altered]);
    expect([a.code, JSON.parse(a.stdout.toString('utf8')).reason]).toEqual([1, 'altered']);
    const d = cli(['verify', link.slice(0, 60)]);
    expect([d.code, JSON.parse(d.stdout.toString('utf8')).reason]).toEqual([1, 'damaged']);
  });

  test('a --key file that is not a private key is a usage error', () => {
    writeFileSync(join(dir, 'not-a-key.jwk'), '{"kty":"oct"}');
    const result = cli(['link', ZH, '--key', 'not-a-key.jwk']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('needs a private EC P-256 JWK');
  });
});

describe('receipt-rescue qr', () => {
  test('the PNG decodes back to the signed link', () => {
    const result = cli(['qr', ZH, '--base', BASE, '--key', keyFile, '-o', 'zh.png']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^QR version \d+ \(\d+×\d+\), level M, \d+ characters/);
    const png = readFileSync(join(dir, 'zh.png'));
    const { width, height, rgba } = readGreyPng(png);
    const text = jsQR(rgba, width, height)?.data;
    expect(text).toBeDefined();
    const url = new URL(text!);
    expect(url.origin + url.pathname).toBe('https://shop.example/r/');
    expect(cli(['verify', text!]).code).toBe(0);
  });

  test('the SVG is one drawing with a quiet zone, and text mode holds readable text', () => {
    expect(cli(['qr', ZH, '-o', 'zh.svg']).code).toBe(0);
    expect(readFileSync(join(dir, 'zh.svg'), 'utf8')).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/,
    );
    expect(cli(['qr', ZH, '--mode', 'text', '-o', 'zh-text.png']).code).toBe(0);
    const { width, height, rgba } = readGreyPng(readFileSync(join(dir, 'zh-text.png')));
    const text = jsQR(rgba, width, height)?.data ?? '';
    expect(text).toContain('合计 CNY 448.70');
    expect(text).toContain('银联卡 ****1234 248.70');
  });
});
