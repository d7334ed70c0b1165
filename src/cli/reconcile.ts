/**
 * `receipt-rescue reconcile --receipts <receipts.json> --bill <file> [--bill <file>…] [--tz <zone>]
 * [--window <minutes>] [--mapping <mappings.json>]`: the reconciliation report as JSON.
 */
import { readFileSync } from 'node:fs';
import type { Bill } from '../ledger/bill';
import { LedgerError } from '../ledger/errors';
import type { ColumnMapping } from '../ledger/mapped-bill';
import { readBill } from '../ledger/read-bill';
import { reconcile } from '../ledger/reconcile';
import { InputError, integerOption, readReceiptsFile, timeZoneOption } from './ledger-input';
import { EXIT, parseArgs, UsageError } from './receipt-input';

export const RECONCILE_USAGE =
  'receipt-rescue reconcile --receipts <receipts.json> --bill <file> [--bill <file>…] [--tz <IANA zone>] [--window <minutes>] [--mapping <mappings.json>]';

/** Splits repeated `--bill` options (parseArgs keeps one value a name), leaving the rest to it. */
export function takeRepeated(args: readonly string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === `--${name}`) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      values.push(value);
    } else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
    else rest.push(arg);
  }
  return { values, rest };
}

export function readBills(
  paths: readonly string[],
  zone: string,
  mappings: readonly ColumnMapping[],
): Bill[] {
  return paths.map((path) => {
    try {
      const result = readBill(new Uint8Array(readFileSync(path)), { timeZone: zone, mappings });
      if (!result.ok)
        throw new InputError(
          'bad-bill',
          `${path}: ${result.error.message}; its header: ${result.unknown.signature || '(none)'} — map it with --mapping`,
        );
      return result.bill;
    } catch (error) {
      if (error instanceof LedgerError)
        throw new InputError('bad-bill', `${path}: (${error.code}) ${error.message}`);
      throw error;
    }
  });
}

function readMappings(path: string | undefined): ColumnMapping[] {
  if (path === undefined) return [];
  const list = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(list))
    throw new InputError('unreadable', `${path}: expected a JSON array of column mappings`);
  return list as ColumnMapping[];
}

export async function reconcileCommand(args: readonly string[]): Promise<number> {
  const { values: billPaths, rest } = takeRepeated(args, 'bill');
  const { positional, options } = parseArgs(rest, ['receipts', 'tz', 'window', 'mapping']);
  if (positional.length > 0) throw new UsageError(`unexpected argument ${positional[0]}`);
  const receiptsPath = options.get('receipts');
  if (receiptsPath === undefined) throw new UsageError('missing --receipts <receipts.json>');
  if (billPaths.length === 0) throw new UsageError('missing --bill <file>');
  const zone = timeZoneOption(options);
  const windowMinutes = integerOption(options, 'window', 0, 24 * 60, 3);
  try {
    const receipts = readReceiptsFile(receiptsPath);
    const bills = readBills(billPaths, zone, readMappings(options.get('mapping')));
    const report = reconcile(receipts, bills, { windowMinutes });
    const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
    console.log(
      JSON.stringify(
        {
          summary: report.summary,
          bills: report.bills,
          rows: report.rows.map((r) => ({ ...r, time: iso(r.time), billTime: iso(r.billTime) })),
        },
        null,
        2,
      ),
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`receipt-rescue reconcile: ${error.message}`);
    return error.code === 'invalid-receipt' ? EXIT.invalid : EXIT.rejected;
  }
}
