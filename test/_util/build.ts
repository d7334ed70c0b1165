/** A production build of the app into a folder, the same way for browser tests and benchmarks. */
import { build, mergeConfig, type InlineConfig } from 'vite';

/** `changes` are merged into the project's config (e.g. to build a second, different version of the app). */
export async function buildProduction(outDir: string, changes: InlineConfig = {}): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite build a development bundle (no service worker).
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(
      mergeConfig({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } }, changes),
    );
  } finally {
    process.env.NODE_ENV = previous;
  }
}
