/**
 * Runs one `receipt-rescue` sub-command from a table: `--help`, usage errors (exit 2) and unreadable
 * files (exit 1) are handled here once, so each command file only does its own work.
 */
import { EXIT, UsageError } from './receipt-input';

/** One sub-command: its usage line and what it does (returns the exit code). */
export interface CliCommand {
  usage: string;
  summary: string;
  run(args: readonly string[]): Promise<number>;
}

/** The help text listing every command. */
export function helpText(commands: Readonly<Record<string, CliCommand>>): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: receipt-rescue <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'receipt-rescue <command> --help shows the options of a command.',
    'Exit codes: 0 done, 1 refused (unreadable file, --strict, existing key file, altered link),',
    '2 usage error, 3 invalid receipt.',
  ].join('\n');
}

/** Dispatches `args` to a command from `commands`; resolves with the process exit code. */
export async function runCli(
  commands: Readonly<Record<string, CliCommand>>,
  args: readonly string[],
): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    console.error(helpText(commands));
    return EXIT.usage;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    console.log(helpText(commands));
    return EXIT.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    console.error(`receipt-rescue: unknown command "${name}"\n\n${helpText(commands)}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`Usage: ${command.usage}\n\n${command.summary}`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`receipt-rescue ${name}: ${error.message}\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    const file = fileError(error);
    if (file) {
      console.error(`receipt-rescue ${name}: ${file}`);
      return EXIT.rejected;
    }
    throw error;
  }
}

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** A readable sentence for a file-system error, or null for any other error. */
function fileError(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  const problem = FILE_PROBLEMS[error.code];
  if (!problem) return null;
  const path = 'path' in error && typeof error.path === 'string' ? error.path : 'input';
  return `cannot read ${path}: ${problem}`;
}
