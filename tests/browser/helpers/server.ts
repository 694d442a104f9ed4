import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BuiltSite } from './site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** The site's root URL, with the base path and a trailing slash. */
  url: string;
  /** A site path under the base: at('elements/x/'). */
  at(sitePath: string): string;
  /** Requests whose file was missing: every internal link should resolve. */
  misses: string[];
  close(): Promise<void>;
}

/**
 * Serves dist/ on 127.0.0.1 the way GitHub Pages would: only under the base
 * path, folders as their index.html, anything else the site's 404 page.
 */
export async function serve(site: BuiltSite): Promise<StaticServer> {
  const misses: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let pathname = decodeURIComponent(url.pathname);
    const file = await (async () => {
      if (site.base && pathname !== site.base && !pathname.startsWith(`${site.base}/`)) return null;
      pathname = pathname.slice(site.base.length) || '/';
      const target = path.join(site.dist, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
      if (!target.startsWith(site.dist)) return null;
      const info = await stat(target).catch(() => null);
      if (info?.isFile()) return target;
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) return { redirect: `${site.base}${pathname}/${url.search}` };
        const index = path.join(target, 'index.html');
        if (await stat(index).catch(() => null)) return index;
      }
      return null;
    })();
    if (file && typeof file === 'object') {
      response.writeHead(301, { location: file.redirect }).end();
      return;
    }
    if (!file) {
      misses.push(url.pathname);
      const notFound = path.join(site.dist, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(notFound).on('error', () => response.end('not found')).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${site.base}/`;
  return {
    url,
    at: (sitePath) => `${url}${sitePath.replace(/^\/+/, '')}`,
    misses,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
