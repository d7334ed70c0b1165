/**
 * A fresh clone stands alone: no source, test, bench or script reaches outside the repository for a file
 * (the design notes a developer may keep beside the checkout are not part of the project).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { RECEIPT_FIXTURES, fixturePath } from './_util/fixtures';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Ways a file could name the folder beside the repository root. */
const OUTSIDE = [
  ['..', 'shared'].join('/'),
  ["'..'", "'shared'"].join(', '),
  ['..', '..', 'shared'].join('/'),
];

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.split('\n').filter((f) => /\.(ts|tsx|mjs|js|json|md|sh|html)$/.test(f) || f.startsWith('.ci/'));
}

test('no file in the project reads from outside the repository', () => {
  const self = 'test/self-contained.test.ts'; // it spells the patterns out
  const offenders = trackedFiles().filter((file) => {
    if (file === self) return false;
    const path = join(ROOT, file);
    if (!existsSync(path)) return false;
    const text = readFileSync(path, 'utf8');
    return OUTSIDE.some((pattern) => text.includes(pattern));
  });
  expect(offenders).toEqual([]);
});

test('every receipt fixture the tests name lives inside the repository', () => {
  for (const name of RECEIPT_FIXTURES) {
    const path = fixturePath(name);
    expect(path.startsWith(join(ROOT, 'test', 'fixtures'))).toBe(true);
    expect(existsSync(path)).toBe(true);
  }
});
