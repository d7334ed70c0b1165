/**
 * One direction of dependency between layers (ARCHITECTURE.md): every relative import in `src/` is checked
 * against the table below, so a lower layer cannot quietly start depending on a higher one or on the UI.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

type Layer =
  | 'text'
  | 'ledger'
  | 'escpos'
  | 'receipt'
  | 'transport'
  | 'printer'
  | 'store'
  | 'sale'
  | 'wizard'
  | 'app'
  | 'viewer'
  | 'cli'
  | 'root';

/** Which layers each layer may import at run time; `types` lists layers it may use for types only. */
const ALLOWED: Record<Layer, { uses: Layer[]; types?: Layer[] }> = {
  text: { uses: [] },
  escpos: { uses: [] },
  receipt: { uses: ['escpos'] },
  // Bills, reconciliation and day close: pure, in the browser and in Node.
  ledger: { uses: ['receipt', 'escpos', 'text'] },
  transport: { uses: ['escpos'] },
  printer: { uses: ['transport', 'escpos', 'receipt'] },
  store: { uses: [], types: ['escpos', 'receipt', 'transport', 'printer', 'ledger'] },
  sale: { uses: ['receipt', 'printer', 'store', 'escpos', 'transport'] },
  // The wizard stays pure: it may call the printer layer's pure fault helpers, never a session.
  wizard: { uses: ['printer', 'escpos'], types: ['transport', 'store'] },
  viewer: { uses: ['receipt', 'escpos'] },
  cli: { uses: ['escpos', 'receipt', 'ledger', 'text'] },
  app: {
    uses: ['escpos', 'receipt', 'transport', 'printer', 'store', 'sale', 'wizard', 'ledger', 'text', 'root'],
  },
  root: { uses: ['app', 'viewer', 'sale', 'receipt', 'printer', 'transport', 'escpos', 'store'] },
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function layerOf(path: string): Layer {
  const first = relative(SRC, path).split(/[\\/]/)[0]!;
  return (first in ALLOWED && first !== 'root' ? first : 'root') as Layer;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.[^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

describe('layers', () => {
  const violations: string[] = [];
  for (const file of filesUnder(SRC)) {
    const from = layerOf(file);
    const text = readFileSync(file, 'utf8');
    const imports = [
      ...[...text.matchAll(IMPORT)].map((m) => ({ spec: m[3]!, typeOnly: Boolean(m[2]) })),
      ...[...text.matchAll(DYNAMIC)].map((m) => ({ spec: m[1]!, typeOnly: false })),
    ];
    for (const { spec, typeOnly } of imports) {
      const to = layerOf(resolve(dirname(file), spec));
      if (to === from) continue;
      const rule = ALLOWED[from];
      const ok = rule.uses.includes(to) || (typeOnly && (rule.types ?? []).includes(to));
      if (!ok)
        violations.push(
          `${relative(SRC, file)} → ${spec} (${from} may not ${typeOnly ? 'use types of' : 'use'} ${to})`,
        );
    }
  }

  test('every import in src/ goes from a layer to one it may use', () => {
    expect(violations).toEqual([]);
  });
});
