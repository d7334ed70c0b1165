/** `receipt-rescue escpos <receipt.json> [--width 58|80] [--encoding …] [--profile id]`: ESC/POS bytes to stdout. */
import { findProfile, PROFILES } from '../escpos/capabilities';
import type { TextEncoding } from '../escpos/encode';
import { receiptToEscPos } from '../receipt/render-escpos';
import { EXIT, parseArgs, readReceipt, UsageError } from './receipt-input';

const ENCODINGS: readonly TextEncoding[] = ['cp437', 'cp858', 'cp866', 'cp1252', 'gb18030', 'utf8'];

/** Usage line of the command. */
export const ESCPOS_USAGE =
  'receipt-rescue escpos <receipt.json> [--width 58|80] [--encoding gb18030|utf8|cp437|…] [--profile id]';

/** Writes the receipt's print job to stdout; returns the exit code. */
export async function escposCommand(args: readonly string[]): Promise<number> {
  const { positional, options } = parseArgs(args, ['width', 'encoding', 'profile']);
  const width = options.get('width') ?? '80';
  if (width !== '58' && width !== '80') throw new UsageError('--width must be 58 or 80');
  const profileId = options.get('profile') ?? `generic-${width}`;
  const profile = findProfile(profileId);
  if (!profile)
    throw new UsageError(`unknown --profile ${profileId} (known: ${Object.keys(PROFILES).join(', ')})`);
  const encoding = options.get('encoding') as TextEncoding | undefined;
  if (encoding !== undefined && !ENCODINGS.includes(encoding)) {
    throw new UsageError(`--encoding must be one of ${ENCODINGS.join(', ')}`);
  }
  const receipt = readReceipt(positional[0]);
  if (!receipt) return EXIT.invalid;
  const bytes = receiptToEscPos(receipt, { profile, encoding });
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())),
  );
  return EXIT.ok;
}
