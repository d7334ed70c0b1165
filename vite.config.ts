import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
// Both modules import nothing, so the config can read them as they are.
import { LINK_DICTIONARY_TEXT } from './src/receipt/link/dictionary-text.ts';
import { DICTIONARY_BLOCK_ID } from './src/receipt/link/format.ts';

// A data block's text ends at the first "</script" and must not open a comment (HTML, "script data").
if (/<\/script|<!--/i.test(LINK_DICTIONARY_TEXT))
  throw new Error('the link dictionary cannot sit in a data block');

// The content security policy, a <meta> opening <head> (a static host sends no headers of ours): our own origin
// only, nothing inline. The link dictionary's `text/plain` block is data that never runs, so `script-src` does
// not apply to it (https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element stops at a
// type that is not a script); styles set through the CSSOM, like Preact's `style={{…}}`, are not governed by
// `style-src` (https://www.w3.org/TR/CSP3/#directive-style-src); receipts carry their paper width as
// `data-cols`, not as a style attribute. `frame-ancestors` does nothing in a meta policy
// (https://www.w3.org/TR/CSP3/#meta-element): a host that can send headers should send it.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const VIEWER_CHUNK = 'viewer';
// The chunk index.html loads first (Vite names it after the page).
const PAGE_ENTRY = /^assets\/index-[^/]+\.js$/;

// One config for the app, the service worker and the two test projects.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    modulePreload: {
      // Every browser that runs the app supports <link rel="modulepreload">; the polyfill only cost bytes.
      polyfill: false,
      // The page entry is the customer's viewer too: it does not carry the list of the merchant app's
      // chunks to preload (~350 B gzipped); the browser finds them through the app's static imports.
      resolveDependencies: (_chunk, deps, { hostId }) => (PAGE_ENTRY.test(hostId) ? [] : deps),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // Everything the customer's e-receipt viewer runs, with Vite's loader for lazy chunks, in one
            // file beside the page's few-line entry: a phone scanning a receipt QR fetches two scripts, not a
            // handful of small shared chunks. The merchant app loads on top of it (it uses this code too).
            {
              name: VIEWER_CHUNK,
              test: /\0vite\/preload-helper|\/src\/(receipt\/(money|link\/(from-base43|text-code|format|bytes|read-values|unpack|inflate-stream|read-link)|payment-methods|words|verify|paper-html|rfc3339|layout)|viewer\/(main|view|strings|dictionary|key-memory)|escpos\/text-width)\.ts$/,
            },
          ],
        },
      },
    },
  },
  plugins: [
    {
      // Build only: the dev server injects inline styles and scripts of its own.
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
    {
      // The e-receipt viewer's preset dictionary travels in the page itself (see src/viewer/dictionary.ts).
      name: 'link-dictionary-block',
      transformIndexHtml: () => [
        {
          tag: 'script',
          attrs: { type: 'text/plain', id: DICTIONARY_BLOCK_ID },
          children: LINK_DICTIONARY_TEXT,
          injectTo: 'body-prepend',
        },
      ],
    },
    {
      // The viewer runs every one of its chunk's functions as soon as it loads: V8's explicit compile hint
      // (the magic comment `//# allFunctionsCalledOnLoad`, Chrome 136+, v8.dev/blog/explicit-compile-hints)
      // compiles them while the script streams in, instead of lazily on the phone's main thread. It must open
      // the file, so it is added after Vite has put its own preamble there.
      name: 'viewer-compile-hint',
      apply: 'build',
      generateBundle: {
        order: 'post',
        handler(_, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'chunk' && chunk.name === VIEWER_CHUNK) {
              chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
            }
          }
        },
      },
    },
    VitePWA({
      // We write the service worker (src/sw.ts) and register it ourselves (src/offline.ts);
      // the plugin only injects the precache manifest. The file name `sw.js` never changes.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false, // public/manifest.webmanifest is the source of truth
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'] },
    }),
  ],
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          // Node tests first, then the browser ones: on two cores, CPU-heavy unit tests beside Chromium make
          // timing-sensitive browser tests (offline reloads, status polling) slow enough to flake.
          sequence: { groupOrder: 0 },
          // How long a poll waits for what it expects: a limit for a loaded machine, not a timing claim.
          expect: { poll: { timeout: 5_000 } },
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/_util/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one Chromium at a time keeps timings honest and the suite stable.
          fileParallelism: false,
          // A poll waits for what a person would see; on two busy cores a reload or a sum can take seconds.
          // Tests that claim a time ("within 1 s") pass their own timeout.
          expect: { poll: { timeout: 10_000 } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
