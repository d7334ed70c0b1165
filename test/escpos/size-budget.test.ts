import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { afterAll, expect, test } from 'vitest';

const BUDGET = 12 * 1024;
const escposDir = fileURLToPath(new URL('../../src/escpos/', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'escpos-size-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// The interpreter and the virtual printer are the printer's side of the wire (they turn bytes back into
// paper); a POS bundle that encodes receipts and reads status does not carry them, so the budget covers
// every module the barrel re-exports except those.
const PRINTER_SIDE = /interpreter|virtual/;
const barrel = readFileSync(join(escposDir, 'index.ts'), 'utf8');
const modules = [...barrel.matchAll(/^export \* from '\.\/([\w/-]+)';$/gm)].map((m) => m[1]!);
const budgeted = modules.filter((name) => !PRINTER_SIDE.test(name));

/** Minified ES library bundle of some escpos modules, built in memory; its gzipped size in bytes. */
async function gzippedBundle(names: readonly string[]): Promise<number> {
  const entry = join(workDir, `entry-${names.length}.ts`);
  writeFileSync(entry, names.map((n) => `export * from ${JSON.stringify(join(escposDir, n))};\n`).join(''));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'escpos' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const code = outputs
    .flatMap((o) => o.output)
    .map((c) => (c.type === 'chunk' ? c.code : ''))
    .join('\n');
  expect(code.length).toBeGreaterThan(1000);
  return gzipSync(code, { level: 9 }).length;
}

test('the barrel holds the encoder and the status parser', () => {
  for (const name of ['commands', 'encode', 'job', 'capabilities', 'status'])
    expect(budgeted).toContain(name);
});

test('encoder + status parser (index.ts without the printer side) is at most 12 KB minified and gzipped', async () => {
  const size = await gzippedBundle(budgeted);
  expect(
    size,
    `escpos encoder + status bundle is ${size} bytes gzipped; the budget is ${BUDGET} bytes`,
  ).toBeLessThanOrEqual(BUDGET);
}, 60_000);
