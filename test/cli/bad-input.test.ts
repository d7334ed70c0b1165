// The built command line fed hostile input: odd encodings, unprintable text, impossible options, huge graphics,
// closed pipes. Every case ends with a clear sentence and a deliberate exit code, never garbage or a stack trace.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { encodeText } from '../../src/escpos/encode';
import { keyFingerprint, signerFromJwk } from '../../src/receipt/sign';
import { fixtureJson, fixturePath, fixtureText } from '../_util/fixtures';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'dist-cli', 'receipt-rescue.mjs');
const dir = mkdtempSync(join(tmpdir(), 'receipt-rescue-bad-input-'));
const ZH = fixturePath('convenience-store-zh');
const GS = 0x1d;
const ESC = 0x1b;
const STACK_TRACE = /\n\s+at /;
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function cli(args: string[], input?: Uint8Array) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

const put = (name: string, content: string | Uint8Array): string => {
  writeFileSync(join(dir, name), content);
  return name;
};

// Each test spawns Node a few times; on a loaded 2-core machine that alone can pass the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'pipe' });
}, 120_000);

describe('receipt files in other encodings', () => {
  const utf8Job = () => cli(['escpos', ZH, '--width', '58']).stdout;

  test('a GB18030 (GBK) export prints exactly like its UTF-8 original, and says how it was read', () => {
    const { bytes, replaced } = encodeText(fixtureText('convenience-store-zh'), 'gb18030');
    expect(replaced).toBe(0);
    const result = cli(['escpos', put('gbk.json', bytes), '--width', '58']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('receipt-rescue escpos: gbk.json: read as GB18030 (the file is not UTF-8)\n');
    expect(new Uint8Array(result.stdout)).toEqual(new Uint8Array(utf8Job()));
  });

  test('bytes that are neither UTF-8 nor GB18030 are refused (exit 3) and nothing is printed', () => {
    const text = fixtureText('convenience-store-zh').replace('好邻居', '\u0001\u0002');
    const bytes = new TextEncoder().encode(text);
    const at = bytes.indexOf(1);
    bytes.set([0xff, 0x80], at);
    const result = cli(['escpos', put('broken.json', bytes)]);
    expect(result.code).toBe(3);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toBe(
      `receipt-rescue escpos: broken.json: not UTF-8, GB18030 or Big5 text (byte 0xFF at offset ${at}); save the file as UTF-8\n`,
    );
  });

  test('a UTF-8 byte-order mark is accepted', () => {
    const result = cli([
      'escpos',
      put('bom.json', `\ufeff${fixtureText('convenience-store-zh')}`),
      '--width',
      '58',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(new Uint8Array(result.stdout)).toEqual(new Uint8Array(utf8Job()));
  });

  test('UTF-16 with its byte-order mark (as Windows Notepad saves "Unicode") prints like UTF-8', () => {
    const text = fixtureText('convenience-store-zh');
    const bytes = new Uint8Array(2 + 2 * text.length);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
    const result = cli(['escpos', put('utf16.json', bytes), '--width', '58']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(new Uint8Array(result.stdout)).toEqual(new Uint8Array(utf8Job()));
  });

  test('a total too large for exact arithmetic names the real limit', () => {
    const receipt = fixtureJson('convenience-store-zh');
    const text = JSON.stringify(receipt).replace('"total":44870', '"total":1e20');
    const result = cli(['escpos', put('huge.json', text)]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('total: 100000000000000000000 is more than 9007199254740991');
    expect(result.stderr).not.toContain('whole number');
  });
});

describe('characters the printer cannot print', () => {
  const withEmoji = (): string => {
    const receipt = fixtureJson('convenience-store-zh') as { items: { name: string }[] };
    receipt.items[0]!.name = '农夫山泉 ☕ 550ml 😀';
    return put('emoji.json', JSON.stringify(receipt));
  };

  test('are counted and named on stderr; the job still prints', () => {
    const result = cli(['escpos', withEmoji(), '--width', '58']);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(1000);
    expect(result.stderr).toBe(
      'receipt-rescue escpos: 2 characters print as "?" on ESC/POS 58 mm in gb18030: ☕ (U+2615), 😀 (U+1F600)\n',
    );
  });

  test('a simplified receipt sent to a Big5 printer names the characters Big5 lacks; --strict refuses it', () => {
    const result = cli(['escpos', ZH, '--encoding', 'big5']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^receipt-rescue escpos: \d+ characters print as "\?" on ESC\/POS 80 mm in big5: /,
    );
    expect(result.stderr).toContain('农 (U+519C)');
    expect(cli(['escpos', ZH, '--encoding', 'big5', '--strict']).code).toBe(1);
  });

  test('--strict refuses the job (exit 1, no bytes)', () => {
    const result = cli(['escpos', withEmoji(), '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toContain('2 characters print as "?"');
    expect(cli(['escpos', ZH, '--strict']).code).toBe(0);
  });
});

describe('encodings the profile cannot print', () => {
  test.each([
    [['--encoding', 'utf8'], 'ESC/POS 80 mm does not take UTF-8.'],
    [['--profile', 'epson-tm-t20', '--encoding', 'gb18030'], 'Epson TM-T20 has no Chinese font.'],
    [['--profile', 'epson-tm-t20', '--encoding', 'big5'], 'Epson TM-T20 has no Chinese font.'],
  ])('escpos %j is a usage error, not a crash', (args, reason) => {
    const result = cli(['escpos', ZH, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--encoding: ${reason}`);
    expect(result.stderr).toContain('Usage: receipt-rescue escpos');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('render: graphics it cannot draw as is', () => {
  // GS ( k store (fn 80) of 3 000 bytes: more than a version 40 symbol holds at level L (2 953 bytes).
  const longQr = (): Uint8Array => {
    const data = new Uint8Array(3000).fill(0x61);
    const n = data.length + 3;
    return Uint8Array.from([
      ...[GS, 0x28, 0x6b, n & 0xff, n >> 8, 0x31, 0x50, 0x30, ...data],
      ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30],
      ...ascii('after the code\n'),
    ]);
  };

  test.each(['svg', 'html', 'text'])(
    '--format %s shows a visible placeholder for a QR too long to encode',
    (format) => {
      const result = cli(['render', put('long-qr.bin', longQr()), '--format', format, '--width', '58']);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.code).toBe(0);
      const out = result.stdout.toString('utf8');
      expect(out).toContain('QR code not printable: 3000 bytes is too much data');
      expect(out).toContain('after the code');
    },
  );

  // GS v 0, 200 bytes (1 600 dots) wide and 1 080 rows high: a 216 000-byte checkerboard, the worst case for rects.
  const bigRaster = (): Uint8Array => {
    const rows = 1080;
    const data = new Uint8Array(200 * rows);
    for (let y = 0; y < rows; y++) data.fill(y % 2 ? 0x55 : 0xaa, y * 200, (y + 1) * 200);
    return Uint8Array.from([ESC, 0x40, GS, 0x76, 0x30, 0, 200, 0, rows & 0xff, rows >> 8, ...data]);
  };

  test.each(['svg', 'html'])('--format %s keeps a 216 KB raster small and clipped to the paper', (format) => {
    const result = cli(['render', put('big.bin', bigRaster()), '--format', format, '--width', '58']);
    expect(result.code).toBe(0);
    const out = result.stdout.toString('utf8');
    // 384 of the 1 600 dots are on the paper: 48 bytes a row, 51 840 in all, about 70 KB in base64.
    expect(out.length).toBeLessThan(100_000);
    const widths = [...out.matchAll(/<image [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([384]);
  });
});

describe('qr: a receipt too long for any QR code', () => {
  test('is refused with a hint, not a stack trace', () => {
    // The pharmacy's lines six times over (each batch its own name): about 3 KB of text.
    const receipt = fixtureJson('pharmacy-zh') as { items: { name: string; amount: number }[] } & Record<
      string,
      unknown
    >;
    receipt.items = [1, 2, 3, 4, 5, 6].flatMap((batch) =>
      receipt.items.map((i) => ({ ...i, name: `${i.name} 批次${batch}` })),
    );
    receipt.total = receipt.items.reduce((sum, i) => sum + i.amount, 0);
    receipt.adjustments = [];
    receipt.payments = [{ method: 'cash', amount: receipt.total }];
    const text = JSON.stringify(receipt);
    const result = cli(['qr', put('long.json', text), '--mode', 'text', '--level', 'H', '-o', 'long.png']);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^receipt-rescue qr: \d+ characters do not fit a QR code at level H; try a lower --level or --mode link\n$/,
    );
    expect(existsSync(join(dir, 'long.png'))).toBe(false);
  });
});

describe('output to a closed pipe', () => {
  test('ends quietly', async () => {
    const job = put('text.bin', Uint8Array.from(ascii(`${'x'.repeat(30)}\n`.repeat(3000))));
    const child = spawn(process.execPath, [bin, 'render', job, '--format', 'svg'], { cwd: dir });
    child.stdout.destroy(); // the reader went away before the first byte, as with `| head -c 0`
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('receipt-rescue keygen', () => {
  test('writes an owner-only private key, prints its fingerprint, and link signs with it', async () => {
    const result = cli(['keygen', '-o', 'shop.jwk']);
    expect(result.code).toBe(0);
    const file = join(dir, 'shop.jwk');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const jwk = JSON.parse(readFileSync(file, 'utf8')) as JsonWebKey;
    expect([jwk.kty, jwk.crv, typeof jwk.d]).toEqual(['EC', 'P-256', 'string']);
    const fingerprint = await keyFingerprint((await signerFromJwk(jwk)).publicKey);
    expect(result.stdout.toString('utf8')).toBe(
      `Wrote shop.jwk (keep it private). Key fingerprint: ${fingerprint}\n`,
    );
    const link = cli(['link', ZH, '--key', 'shop.jwk']).stdout.toString('utf8').trim();
    const report = JSON.parse(cli(['verify', link]).stdout.toString('utf8'));
    expect([report.verified.state, report.verified.fingerprint]).toEqual(['verified', fingerprint]);
  });

  test('refuses to overwrite a key unless --force', () => {
    put('old.jwk', '{"kept":true}');
    const refused = cli(['keygen', '-o', 'old.jwk']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('receipt-rescue keygen: old.jwk exists; add --force to replace it\n');
    expect(readFileSync(join(dir, 'old.jwk'), 'utf8')).toBe('{"kept":true}');
    const forced = cli(['keygen', '-o', 'old.jwk', '--force']);
    expect(forced.code).toBe(0);
    expect(statSync(join(dir, 'old.jwk')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'old.jwk'), 'utf8')).d).toBeTypeOf('string');
  });

  test('a key file that is not a usable key, or a folder that is not there, is a clear error', () => {
    put('bad.jwk', '{"kty":"EC","crv":"P-256","d":"xx","x":"yy","y":"zz"}');
    const bad = cli(['link', ZH, '--key', 'bad.jwk']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^receipt-rescue link: --key bad.jwk: not a usable P-256 private key/);
    expect(bad.stderr).not.toMatch(STACK_TRACE);
    const nowhere = cli(['keygen', '-o', 'missing-folder/shop.jwk']);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toBe(
      'receipt-rescue keygen: cannot write missing-folder/shop.jwk: no such directory\n',
    );
  });

  test('needs -o and appears in --help', () => {
    expect(cli(['keygen']).code).toBe(2);
    expect(existsSync(join(dir, 'undefined'))).toBe(false);
    expect(cli(['--help']).stdout.toString('utf8')).toMatch(/keygen +Make a private signing key/);
  });
});
