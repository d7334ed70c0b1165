/**
 * The command line bundled as `npm install` bundles it, into a folder of the calling test file's own: test
 * files run in parallel, and two of them writing `dist-cli/` at once could let one spawn a half-written file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles `src/cli/main.ts` like `npm run build:cli` and returns the file's path. */
export function buildCli(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'receipt-rescue-bin-')), 'receipt-rescue.mjs');
  const rolldown = join(root, 'node_modules', '.bin', 'rolldown');
  execFileSync(
    rolldown,
    ['src/cli/main.ts', '--platform', 'node', '--format', 'esm', '--no-codeSplitting', '--file', file],
    { cwd: root, stdio: 'pipe' },
  );
  return file;
}
