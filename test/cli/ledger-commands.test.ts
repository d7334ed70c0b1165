// receipt-rescue reconcile and day-summary, spawned as a back office would run them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROFILES } from '../../src/escpos/capabilities';
import { interpret, textLines } from '../../src/escpos/interpreter';
import { columnsOf } from '../../src/escpos/text-width';
import { buildCli } from '../_util/cli-bin';
import { BANK_MAPPING, BILL_FILES, DAY_STATUS_COUNTS, ledgerPath } from '../ledger/_fixtures';

const dir = mkdtempSync(join(tmpdir(), 'receipt-rescue-ledger-'));
let bin = '';
function cli(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}
const RECEIPTS = ledgerPath('day-receipts.json');
const bill = (name: keyof typeof BILL_FILES) => ledgerPath(BILL_FILES[name]);

beforeAll(() => {
  bin = buildCli();
  writeFileSync(join(dir, 'mappings.json'), JSON.stringify([BANK_MAPPING]));
}, 120_000);

describe('receipt-rescue reconcile', () => {
  test('prints the report as JSON: a count per status, and rows with both amounts in minor units', () => {
    const run = cli([
      'reconcile',
      '--receipts',
      RECEIPTS,
      '--bill',
      bill('wechat'),
      '--bill',
      bill('alipay'),
      '--tz',
      'Asia/Shanghai',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.toString('utf8')) as {
      summary: Record<string, number>;
      rows: {
        status: string;
        receiptId?: string;
        billReference?: string;
        receiptAmount?: number;
        billAmount?: number;
      }[];
    };
    expect(report.summary).toEqual(DAY_STATUS_COUNTS);
    expect(report.rows[0]).toMatchObject({
      status: 'amount-differs',
      receiptId: 'S1201-004',
      billReference: '4200001201202612010000000002',
      receiptAmount: 3200,
      billAmount: 3020,
    });
  });

  test('a bank export reads through --mapping; without it the message shows its header', () => {
    const mapped = cli([
      'reconcile',
      '--receipts',
      RECEIPTS,
      '--bill',
      bill('bank'),
      '--mapping',
      'mappings.json',
      '--tz',
      'Asia/Shanghai',
    ]);
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout.toString('utf8')).summary.matched).toBe(1);
    const unmapped = cli(['reconcile', '--receipts', RECEIPTS, '--bill', bill('bank')]);
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr).toContain('unknown bill layout: expected a WeChat Pay trade bill');
    expect(unmapped.stderr).toContain('交易日期时间,终端号');
  });

  test('bad input: a truncated bill, a broken receipts file, a wrong zone and a missing option each get a clear message', () => {
    const text = readFileSync(bill('wechat'), 'utf8');
    writeFileSync(join(dir, 'cut.csv'), text.slice(0, text.indexOf('总交易单数')));
    const cut = cli(['reconcile', '--receipts', RECEIPTS, '--bill', 'cut.csv']);
    expect([cut.code, cut.stderr]).toEqual([1, expect.stringContaining('(bill-truncated)')]);

    writeFileSync(join(dir, 'receipts.json'), JSON.stringify([{ id: 'x' }]));
    const badReceipts = cli(['reconcile', '--receipts', 'receipts.json', '--bill', bill('wechat')]);
    expect([badReceipts.code, badReceipts.stderr]).toEqual([3, expect.stringContaining('receipt [0]')]);

    const zone = cli(['reconcile', '--receipts', RECEIPTS, '--bill', bill('wechat'), '--tz', 'Mars/Olympus']);
    expect([zone.code, zone.stderr]).toEqual([2, expect.stringContaining('unknown time zone')]);

    const missing = cli(['reconcile', '--receipts', RECEIPTS]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('missing --bill')]);
  });
});

describe('receipt-rescue day-summary', () => {
  test("prints the day's summary as JSON, with refunds from the bills", () => {
    const run = cli([
      'day-summary',
      '--receipts',
      RECEIPTS,
      '--day',
      '2026-12-01',
      '--tz',
      'Asia/Shanghai',
      '--bill',
      bill('alipay'),
    ]);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout.toString('utf8'));
    expect(summary).toMatchObject({ day: '2026-12-01', receipts: 11, refunds: { count: 1, amount: 990 } });
    expect(summary.from).toBe('2026-11-30T16:00:00.000Z');
    expect(summary.digest).toMatch(/^[0-9a-f]{64}$/);
    const late = JSON.parse(
      cli([
        'day-summary',
        '--receipts',
        RECEIPTS,
        '--day',
        '2026-12-01',
        '--tz',
        'Asia/Shanghai',
        '--start-hour',
        '4',
      ]).stdout.toString('utf8'),
    );
    expect(late.receipts).toBe(12);
  });

  test('--escpos writes the settlement slip for a 58 mm printer', () => {
    const run = cli([
      'day-summary',
      '--receipts',
      RECEIPTS,
      '--day',
      '2026-12-01',
      '--tz',
      'Asia/Shanghai',
      '--escpos',
      'slip.bin',
      '--profile',
      'xprinter-58',
    ]);
    expect(run.code).toBe(0);
    const { paper, unknown } = interpret(new Uint8Array(readFileSync(join(dir, 'slip.bin'))), {
      widthDots: PROFILES['xprinter-58'].dots,
      chineseByDefault: true,
    });
    expect(unknown).toEqual([]);
    const lines = textLines(paper);
    expect(lines.join('\n')).toContain('日结单');
    for (const line of lines) expect(columnsOf(line), line).toBeLessThanOrEqual(32);
  });

  test('a day that is not a date is a usage error', () => {
    const run = cli(['day-summary', '--receipts', RECEIPTS, '--day', '2026-02-30']);
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining('is not a day')]);
  });
});
