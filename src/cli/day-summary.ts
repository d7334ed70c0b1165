/**
 * `receipt-rescue day-summary --receipts <receipts.json> --day YYYY-MM-DD [--tz <zone>] [--start-hour N]
 * [--bill <file>…] [--escpos <out.bin> [--profile <id>] [--language zh|en]]`: the day's summary as JSON,
 * and the printable settlement slip.
 */
import { writeFileSync } from 'node:fs';
import { findProfile, PROFILES } from '../escpos/capabilities';
import { daySummary } from '../ledger/day-summary';
import { LedgerError } from '../ledger/errors';
import { settlementSlipEscPos } from '../ledger/settlement-slip';
import { InputError, integerOption, readReceiptsFile, timeZoneOption } from './ledger-input';
import { readBills, takeRepeated } from './reconcile';
import { EXIT, parseArgs, UsageError } from './receipt-input';

export const DAY_SUMMARY_USAGE =
  'receipt-rescue day-summary --receipts <receipts.json> --day YYYY-MM-DD [--tz <IANA zone>] [--start-hour N] [--bill <file>…] [--escpos <out.bin> [--profile <id>] [--language zh|en]]';

export async function daySummaryCommand(args: readonly string[]): Promise<number> {
  const { values: billPaths, rest } = takeRepeated(args, 'bill');
  const { positional, options } = parseArgs(rest, [
    'receipts',
    'day',
    'tz',
    'start-hour',
    'escpos',
    'profile',
    'language',
  ]);
  if (positional.length > 0) throw new UsageError(`unexpected argument ${positional[0]}`);
  const receiptsPath = options.get('receipts');
  if (receiptsPath === undefined) throw new UsageError('missing --receipts <receipts.json>');
  const day = options.get('day');
  if (day === undefined) throw new UsageError('missing --day YYYY-MM-DD');
  const zone = timeZoneOption(options);
  const startHour = integerOption(options, 'start-hour', 0, 23, 0);
  const profileId = options.get('profile') ?? 'xprinter-80';
  const profile = findProfile(profileId);
  if (!profile) throw new UsageError(`unknown --profile ${profileId} (${Object.keys(PROFILES).join(', ')})`);
  const language = options.get('language') ?? 'zh';
  if (language !== 'zh' && language !== 'en') throw new UsageError('--language is zh or en');
  try {
    const receipts = readReceiptsFile(receiptsPath);
    const bills = readBills(billPaths, zone, []);
    const summary = await daySummary(
      receipts.map((receipt) => ({ receipt, delivery: 'unknown' as const })),
      [],
      { day, timeZone: zone, startHour },
      bills,
    );
    const out = options.get('escpos');
    if (out !== undefined) {
      const slip = settlementSlipEscPos(summary, profile, {
        language,
        ...(receipts[0] ? { shopName: receipts[0].shop.name } : {}),
      });
      writeFileSync(out === '-' ? 1 : out, slip.bytes);
    }
    if (out !== '-')
      console.log(
        JSON.stringify(
          { ...summary, from: new Date(summary.from).toISOString(), to: new Date(summary.to).toISOString() },
          null,
          2,
        ),
      );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof LedgerError) throw new UsageError(error.message);
    if (!(error instanceof InputError)) throw error;
    console.error(`receipt-rescue day-summary: ${error.message}`);
    return error.code === 'invalid-receipt' ? EXIT.invalid : EXIT.rejected;
  }
}
