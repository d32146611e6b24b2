import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { mediaTypeOf } from '../bundle/site/links.js';
import { RELOAD_SCRIPT, injectReload } from './live-reload.js';

export interface ServeOptions {
  root: string;
  port: number;
  host?: string;
  /** How often the bundle's manifest is polled for changes, in ms. */
  pollMs?: number;
}

const TYPES: Record<string, string> = { 'text/html': 'text/html; charset=utf-8', 'text/plain': 'text/plain; charset=utf-8', 'application/ld+json': 'application/ld+json; charset=utf-8' };

function contentType(path: string): string {
  if (path.endsWith('.xml')) return 'application/xml; charset=utf-8';
  if (path.endsWith('.css')) return 'text/css; charset=utf-8';
  const t = mediaTypeOf(path);
  return TYPES[t] ?? t;
}

/** A preview server for the output folder, bound to 127.0.0.1 only, with live reload over SSE. */
export function startServer(o: ServeOptions): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const root = resolve(o.root);
  const clients = new Set<ServerResponse>();
  let lastStamp = '';
  let poll: NodeJS.Timeout | undefined;
  // Polling starts once the port is open: a failed listen (port in use) must leave nothing running.
  const startPolling = () => {
    poll = setInterval(async () => {
      const stamp = await stat(join(root, 'manifest.json')).then((s) => `${s.mtimeMs}:${s.size}:${s.ino}`, () => 'missing');
      if (lastStamp && stamp !== lastStamp) for (const c of clients) c.write('event: reload\ndata: {}\n\n');
      lastStamp = stamp;
    }, o.pollMs ?? 300);
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__notice/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': notice live reload\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/__notice/reload.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(RELOAD_SCRIPT);
      return;
    }
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = join(root, rel);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) {
        // `/aviso` → `/aviso/`: the page's relative links resolve against the folder.
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}`, 'cache-control': 'no-store' }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      // Only files inside the output folder, also through symbolic links.
      const real = await realpath(file);
      const realRoot = await realpath(root);
      if (real !== realRoot && !real.startsWith(realRoot + sep)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(real);
      const type = contentType(file);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(type.startsWith('text/html') ? injectReload(body.toString('utf8')) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404: no existe / not found\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port, o.host ?? '127.0.0.1', () => {
      server.off('error', fail);
      startPolling();
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : o.port;
      const close = async () => {
        if (poll) clearInterval(poll);
        for (const c of clients) c.end();
        await new Promise<void>((r) => server.close(() => r()));
      };
      ok({ server, url: `http://127.0.0.1:${port}/`, close });
    });
  });
}
