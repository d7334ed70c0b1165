/** Serving the built app (vite preview) and the sources (vite dev server) on 127.0.0.1 for browser tests. */
import { preview, createServer, type PreviewServer, type ViteDevServer } from 'vite';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

function urlOf(server: { address(): AddressInfo | string | null } | null): string {
  const address = server?.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind a TCP port');
  return `http://127.0.0.1:${address.port}`;
}

/** Serves a production build from `outDir`; `port` 0 picks a free one. */
export async function servePreview(outDir: string, port = 0): Promise<RunningServer> {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: port !== 0 },
  });
  return { url: urlOf(server.httpServer), close: () => server.close() };
}

/** Serves the TypeScript sources, so a test page can `import('/src/…')` any module. */
export async function serveSources(): Promise<RunningServer> {
  const server: ViteDevServer = await createServer({
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, hmr: false },
  });
  await server.listen();
  return { url: urlOf(server.httpServer), close: () => server.close() };
}
