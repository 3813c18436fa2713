// The benchmark pages over loopback: the widgets' drop-in bundle and the files of `page/`, nothing else.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGE_DIR = fileURLToPath(new URL('../page/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** `dist/lead-status-widgets.js` of `@leadstatus/widgets`; fails with what to do when it is not built. */
export function widgetsBundle(): string {
  const path = fileURLToPath(import.meta.resolve('@leadstatus/widgets/lead-status-widgets.js'));
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`pnpm --filter @leadstatus/widgets build\` first`);
  }
  return path;
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `/lead-status-widgets.js` and `/page/<file>` on 127.0.0.1 (a free port), read once at start. */
export async function startPageServer(bundle: string): Promise<PageServer> {
  const files = new Map<string, { body: Buffer; type: string }>();
  files.set('/lead-status-widgets.js', { body: readFileSync(bundle), type: TYPES['.js'] as string });
  for (const name of readdirSync(PAGE_DIR)) {
    const type = TYPES[extname(name)];
    if (type) files.set(`/page/${name}`, { body: readFileSync(join(PAGE_DIR, name)), type });
  }
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': file.type,
        'content-length': file.body.length,
        'cache-control': 'no-store',
      })
      .end(request.method === 'HEAD' ? undefined : file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
