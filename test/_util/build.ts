/** A production build of the app into a folder, the same way for browser tests and benchmarks. */
import { build } from 'vite';

export async function buildProduction(outDir: string): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite build a development bundle (no service worker).
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
