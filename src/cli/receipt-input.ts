/** Shared by the receipt commands: option parsing, reading and validating a receipt file, exit codes. */
import { readFileSync } from 'node:fs';
import { ReceiptError } from '../receipt/errors';
import { decodeTextFile } from '../text/text-file';
import { parseReceipt } from '../receipt/validate';
import type { Receipt } from '../receipt/types';

/** Exit codes of the receipt commands. */
export const EXIT = { ok: 0, rejected: 1, usage: 2, invalid: 3 } as const;

/** A mistake in how the command was called; main prints it with the usage line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'usage';
}

/** Positional arguments, `--name value` options (`-o` is `--out`) and bare `--flag`s. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/** Splits arguments; `allowed` options take a value, `flags` take none; any other name is a usage error. */
export function parseArgs(
  args: readonly string[],
  allowed: readonly string[],
  flags: readonly string[] = [],
): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [rawName, inline] = arg.split('=', 2) as [string, string | undefined];
    const name = rawName === '-o' ? 'out' : rawName.replace(/^--/, '');
    if (flags.includes(name) && inline === undefined) {
      seen.add(name);
      continue;
    }
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${rawName}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`${rawName} needs a value`);
    options.set(name, value);
  }
  return { positional, options, flags: seen };
}

/** Reads and validates the receipt at `path` (`-` = stdin); prints the reason and returns undefined if invalid. */
export function readReceipt(path: string | undefined, command: string): Receipt | undefined {
  if (path === undefined) throw new UsageError('missing <receipt.json>');
  const text = decodeTextFile(readFileSync(path === '-' ? 0 : path));
  if (!text.ok) {
    console.error(`receipt-rescue ${command}: ${path}: ${text.problem}; save the file as UTF-8`);
    return undefined;
  }
  if (text.encoding === 'gb18030' || text.encoding === 'big5')
    console.error(
      `receipt-rescue ${command}: ${path}: read as ${text.encoding === 'big5' ? 'Big5' : 'GB18030'} (the file is not UTF-8)`,
    );
  try {
    return parseReceipt(text.text);
  } catch (error) {
    if (!(error instanceof ReceiptError)) throw error;
    console.error(`receipt-rescue ${command}: ${path}: invalid receipt (${error.code}) ${error.message}`);
    return undefined;
  }
}

/** The viewer base URL: `--base`, else $RECEIPT_RESCUE_VIEWER, else the placeholder host. */
export function viewerBase(options: Map<string, string>): string {
  const base = options.get('base') ?? process.env.RECEIPT_RESCUE_VIEWER ?? 'https://receipt-rescue.example/';
  try {
    return new URL(base).href.split('#')[0]!;
  } catch {
    throw new UsageError(`--base is not a URL: ${base}`);
  }
}
