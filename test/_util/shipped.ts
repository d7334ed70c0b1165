/** What a page really downloads: the JavaScript and CSS files it loaded, with their gzipped sizes from the build. */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ShippedFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** Starts recording the JS, CSS and HTML files `page` loads from the build; call the returned function to read them. */
export function recordShipped(page: Page, distDir: string): () => ShippedFile[] {
  const seen = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (/\.(js|css)$/.test(url.pathname)) seen.add(url.pathname);
    // A navigation to `/` is index.html.
    else if (response.request().resourceType() === 'document')
      seen.add(url.pathname === '/' ? '/index.html' : url.pathname);
  });
  return () =>
    [...seen].sort().map((path) => {
      const content = readFileSync(join(distDir, path));
      return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
}

/** Gzipped bytes of the files with `extension`, or of all of them. */
export function sumGzip(files: readonly ShippedFile[], extension?: 'js' | 'css'): number {
  return files
    .filter((file) => extension === undefined || file.path.endsWith(`.${extension}`))
    .reduce((sum, file) => sum + file.gzipBytes, 0);
}

export function describeShipped(files: readonly ShippedFile[]): string {
  return files.map((file) => `${file.path}: ${file.gzipBytes} B gz`).join(', ');
}
