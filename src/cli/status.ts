/** `receipt-rescue status <hex…> [--dle-eot 1|2|3|4]`: explains status bytes a printer sent. */
import { describeStatusBytes, StatusBytesError } from '../escpos/status';
import { EXIT, parseArgs, UsageError } from './receipt-input';

/** Usage line of the command. */
export const STATUS_USAGE = 'receipt-rescue status <hex bytes, e.g. 12 or "10 00 0C 00"> [--dle-eot 1|2|3|4]';

/** Prints one explanation per reply found in the bytes. */
export async function statusCommand(args: readonly string[]): Promise<number> {
  const { positional, options } = parseArgs(args, ['dle-eot']);
  if (positional.length === 0) throw new UsageError('missing <hex> status bytes');
  const n = options.get('dle-eot');
  if (n !== undefined && !['1', '2', '3', '4'].includes(n))
    throw new UsageError('--dle-eot must be 1, 2, 3 or 4');
  try {
    const lines = describeStatusBytes(
      positional.join(' '),
      n ? { realtime: Number(n) as 1 | 2 | 3 | 4 } : {},
    );
    console.log(lines.join('\n'));
  } catch (error) {
    if (error instanceof StatusBytesError) throw new UsageError(error.message);
    throw error;
  }
  return EXIT.ok;
}
