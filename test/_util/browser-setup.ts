/**
 * Global setup of the browser test project: one production build, served by `vite preview`, plus a dev
 * server for tests that import source modules straight into a page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import 'vitest';
import { servePreview, serveSources } from './servers';
import { buildProduction } from './build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the production build. */
    distDir: string;
    /** Base URL of the production build served by `vite preview`. */
    appUrl: string;
    /** Base URL of the dev server (sources importable as `/src/...`). */
    devUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = mkdtempSync(join(tmpdir(), 'receipt-rescue-dist-'));
  await buildProduction(distDir);
  const app = await servePreview(distDir);
  const dev = await serveSources();
  project.provide('distDir', distDir);
  project.provide('appUrl', app.url);
  project.provide('devUrl', dev.url);
  return async () => {
    await Promise.all([app.close(), dev.close()]);
    rmSync(distDir, { recursive: true, force: true });
  };
}
