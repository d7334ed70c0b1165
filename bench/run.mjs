// Runs every bench/*.bench.ts (or those named on the command line), prints one table and writes
// bench/results/latest.json. Benchmarks are TypeScript, loaded through Vite's module runner.
import { createServer, createServerModuleRunner } from 'vite';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

const server = await createServer({ logLevel: 'error', server: { middlewareMode: true, hmr: false } });
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
const rows = [];
try {
  for (const file of files) {
    const started = performance.now();
    const module = await runner.import(`/bench/${file}`);
    const figures = await module.default();
    for (const figure of figures) rows.push({ bench: file.replace('.bench.ts', ''), ...figure });
    console.warn(
      `${file}: ${figures.length} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
} finally {
  await runner.close();
  await server.close();
}

function ratio(row) {
  if (!row.compare || row.value === 0 || row.compare.value === 0) return '';
  const times = row.better === 'lower' ? row.compare.value / row.value : row.value / row.compare.value;
  return `${times.toFixed(times >= 10 ? 0 : 2)}×`;
}
const format = (value) => (Number.isInteger(value) ? String(value) : value.toPrecision(4));
const table = rows.map((row) => ({
  bench: row.bench,
  figure: row.name,
  value: `${format(row.value)} ${row.unit}`,
  'compared with': row.compare ? `${format(row.compare.value)} ${row.unit} (${row.compare.name})` : '—',
  ratio: ratio(row),
  target: row.target ?? '',
}));
console.table(table);
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2),
);
