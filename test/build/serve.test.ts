import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../dist/serve/server.js';

function get(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((ok, fail) => {
    const req = request(url, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('notice serve', () => {
  it('serves the output folder on 127.0.0.1, never outside it, with live reload over SSE', async () => {
    const root = mkdtempSync(join(tmpdir(), 'notice-serve-'));
    const out = join(root, 'avisos');
    mkdirSync(join(out, 'a'), { recursive: true });
    writeFileSync(join(root, 'secret.txt'), 'no');
    writeFileSync(join(out, 'manifest.json'), '{}');
    writeFileSync(join(out, 'a/index.html'), '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body>hola</body></html>');
    const s = await startServer({ root: out, port: 0, pollMs: 50 });
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await get(`${s.url}a/`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<script src="/__notice/reload.js"></script></body>');
      expect(page.body).toContain("default-src 'none'; script-src 'self'; connect-src 'self'");
      expect((await get(`${s.url}%2e%2e/secret.txt`)).status).toBe(404);
      expect((await get(`${s.url}..%2fsecret.txt`)).status).not.toBe(200);
      const events: string[] = [];
      const sse = request(`${s.url}__notice/events`, (res) => res.on('data', (c) => events.push(String(c))));
      sse.end();
      await new Promise((r) => setTimeout(r, 200));
      writeFileSync(join(out, 'manifest.json'), '{"changed":true}');
      for (let i = 0; i < 40 && !events.join('').includes('event: reload'); i++) await new Promise((r) => setTimeout(r, 50));
      expect(events.join('')).toContain('event: reload');
      sse.destroy();
    } finally {
      await s.close();
    }
  });
});
