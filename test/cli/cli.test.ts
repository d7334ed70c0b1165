// The built command line, spawned as a user would run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { fixturePath } from '../_util/fixtures';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'dist-cli', 'receipt-rescue.mjs');
const dir = mkdtempSync(join(tmpdir(), 'receipt-rescue-cli-'));

function cli(args: string[], input?: Uint8Array) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Hand-written job: ESC @, centred Chinese title (收据 = CA D5 BE DD in GB18030), left "Total<HT>￥9.90", partial cut.
const JOB = Uint8Array.from([
  0x1b, 0x40, 0x1b, 0x61, 0x01, 0x1c, 0x26, 0xca, 0xd5, 0xbe, 0xdd, 0x0a,
  0x1b, 0x61, 0x00, ...[...'Total'].map((c) => c.charCodeAt(0)), 0x09, 0xa3, 0xa4, ...[...'9.90'].map((c) => c.charCodeAt(0)), 0x0a,
  0x1d, 0x56, 0x42, 0x00,
]); // prettier-ignore
const EXPECTED_58 = `${' '.repeat(14)}收据\nTotal   ￥9.90\n-------- partial cut --------\n`;

// Each test spawns Node a few times; on a loaded 2-core machine that alone can pass the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'pipe' });
  writeFileSync(join(dir, 'job.bin'), JOB);
}, 120_000);

describe('receipt-rescue render', () => {
  test('prints the job as plain text at 58 mm', () => {
    expect(cli(['render', 'job.bin', '--width', '58'])).toEqual({ code: 0, stdout: EXPECTED_58, stderr: '' });
  });

  test('reads the job from stdin with -', () => {
    expect(cli(['render', '-', '--width', '58'], JOB)).toEqual({ code: 0, stdout: EXPECTED_58, stderr: '' });
  });

  test('80 mm centres in 48 columns', () => {
    expect(cli(['render', 'job.bin']).stdout.split('\n')[0]).toBe(`${' '.repeat(22)}收据`);
  });

  test('--format html writes a page with the styled lines, --format svg an SVG of the paper width', () => {
    const html = cli(['render', 'job.bin', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<p class="line center">收据</p>');
    const svg = cli(['render', 'job.bin', '--format', 'svg', '--width', '384']);
    expect(svg.stdout).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="384"/);
  });

  test('lists commands it does not know on stderr with their offsets and still renders', () => {
    const result = cli(['render', '-'], Uint8Array.from([0x41, 0x1b, 0x01, 0x42, 0x0a]));
    expect(result).toEqual({
      code: 0,
      stdout: 'AB\n',
      stderr: 'receipt-rescue render: offset 1: unknown command 1B 01 [1b 01]\n',
    });
  });

  test('renders what `receipt-rescue escpos` prints for the Chinese fixture, 喆犇 included', () => {
    const fixture = fixturePath('convenience-store-zh');
    const job = spawnSync(process.execPath, [bin, 'escpos', fixture, '--width', '58'], { cwd: dir });
    expect(job.status).toBe(0);
    const result = cli(['render', '-', '--width', '58'], job.stdout);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('好邻居便利店');
    expect(result.stdout).toMatch(/喆.*犇|犇.*喆/s);
  });

  test('a Big5 job from `escpos --encoding big5` renders whole with --chinese big5, garbled with GB18030', () => {
    const fixture = fixturePath('tea-restaurant-zh-hk');
    const job = spawnSync(process.execPath, [bin, 'escpos', fixture, '--width', '58', '--encoding', 'big5'], {
      cwd: dir,
    });
    expect(job.status).toBe(0);
    expect(job.stderr.toString()).toBe('');
    const big5 = cli(['render', '-', '--width', '58', '--chinese', 'big5'], job.stdout);
    expect(big5.code).toBe(0);
    expect(big5.stdout).toContain('金華茶餐廳');
    expect(big5.stdout).toMatch(/合計 +HK\$174\.00/);
    // Read as the mainland font would: the symptom a shop sees with the wrong setting.
    expect(cli(['render', '-', '--width', '58'], job.stdout).stdout).not.toContain('金華茶餐廳');
  });

  test('a missing file is a clear error with exit code 1', () => {
    expect(cli(['render', 'missing.bin'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'receipt-rescue render: cannot read missing.bin: no such file\n',
    });
  });

  test('unusable options exit with 2 and show the usage', () => {
    for (const args of [
      ['--width', '12'],
      ['--format', 'pdf'],
      ['--chinese', 'maybe'],
      ['--colour', 'red'],
    ]) {
      const result = cli(['render', 'job.bin', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: receipt-rescue render <job.bin|->');
    }
    expect(cli(['render']).code).toBe(2);
  });
});

describe('receipt-rescue status', () => {
  test('explains an ASB and a DLE EOT reply', () => {
    expect(cli(['status', '10', '00', '0C', '00'])).toEqual({
      code: 0,
      stdout: '10 00 0C 00: automatic status back: roll paper end\n',
      stderr: '',
    });
    expect(cli(['status', '32', '--dle-eot', '2']).stdout).toBe(
      '32: if the answer to DLE EOT 2: printing stopped by paper end\n',
    );
  });

  test('refuses text that is not hex', () => {
    const result = cli(['status', 'zz']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Not hex bytes');
  });
});

describe('receipt-rescue', () => {
  test('--help lists the commands and exits 0; a command --help shows its usage', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/render +Show what an ESC\/POS job prints/);
    expect(help.stdout).toMatch(/status +Explain status bytes/);
    expect(cli(['status', '--help']).stdout).toMatch(/^Usage: receipt-rescue status/);
  });

  test('an unknown command or no command at all exits 2', () => {
    expect(cli(['print']).code).toBe(2);
    expect(cli(['print']).stderr).toContain('unknown command "print"');
    expect(cli([]).code).toBe(2);
  });
});
