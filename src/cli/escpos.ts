/** `receipt-rescue escpos <receipt.json> [--width 58|80] [--encoding …] [--profile id] [--strict]`: ESC/POS bytes to stdout. */
import { findProfile, PROFILES } from '../escpos/capabilities';
import type { TextEncoding } from '../escpos/encode';
import { encodingProblem } from '../escpos/job';
import { renderReceiptEscPos } from '../receipt/render-escpos';
import { writeOut } from './output';
import { EXIT, parseArgs, readReceipt, UsageError } from './receipt-input';

const ENCODINGS: readonly TextEncoding[] = ['cp437', 'cp858', 'cp866', 'cp1252', 'gb18030', 'big5', 'utf8'];

/** Usage line of the command. */
export const ESCPOS_USAGE =
  'receipt-rescue escpos <receipt.json> [--width 58|80] [--encoding gb18030|big5|utf8|cp437|…] [--profile id] [--strict]   (--strict: refuse a receipt with characters the printer cannot print)';

/** `☕ (U+2615)`: the character and its code point, so an invisible one can still be found. */
function describeChar(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? `${char} (${code})` : code;
}

/** Writes the receipt's print job to stdout; returns the exit code. */
export async function escposCommand(args: readonly string[]): Promise<number> {
  const { positional, options, flags } = parseArgs(args, ['width', 'encoding', 'profile'], ['strict']);
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
  const problem = encodingProblem(profile, encoding ?? profile.defaultEncoding);
  if (problem) throw new UsageError(`--encoding: ${problem}`);
  const receipt = readReceipt(positional[0], 'escpos');
  if (!receipt) return EXIT.invalid;
  const job = renderReceiptEscPos(receipt, { profile, encoding });
  if (job.replaced > 0) {
    const count = job.replaced === 1 ? '1 character prints' : `${job.replaced} characters print`;
    console.error(
      `receipt-rescue escpos: ${count} as "?" on ${profile.name} in ${encoding ?? profile.defaultEncoding}: ` +
        job.unprintable.map(describeChar).join(', '),
    );
    if (flags.has('strict')) return EXIT.rejected;
  }
  await writeOut(job.bytes);
  return EXIT.ok;
}
