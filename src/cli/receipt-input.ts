/** Shared by the receipt commands: option parsing, reading and validating a receipt file, exit codes. */
import { readFileSync } from 'node:fs';
import { ReceiptError } from '../receipt/errors';
import { parseReceipt } from '../receipt/validate';
import type { Receipt } from '../receipt/types';

/** Exit codes of the receipt commands. */
export const EXIT = { ok: 0, rejected: 1, usage: 2, invalid: 3 } as const;

/** A mistake in how the command was called; main prints it with the usage line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'usage';
}

/** Positional arguments and `--name value` options (`-o` is `--out`). */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
}

/** Splits arguments; every option takes a value; only `allowed` names are accepted. */
export function parseArgs(args: readonly string[], allowed: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [rawName, inline] = arg.split('=', 2) as [string, string | undefined];
    const name = rawName === '-o' ? 'out' : rawName.replace(/^--/, '');
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${rawName}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`${rawName} needs a value`);
    options.set(name, value);
  }
  return { positional, options };
}

/** Reads and validates the receipt at `path` (`-` = stdin); prints the reason and returns undefined if invalid. */
export function readReceipt(path: string | undefined): Receipt | undefined {
  if (path === undefined) throw new UsageError('missing <receipt.json>');
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  try {
    return parseReceipt(text);
  } catch (error) {
    if (!(error instanceof ReceiptError)) throw error;
    console.error(`receipt-rescue: ${path}: invalid receipt (${error.code}) ${error.message}`);
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
