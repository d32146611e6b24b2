import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, cliAsync, exampleNotice, recordFigures, STACK, workspace } from './helpers.js';

// Pipes and the preview server, as a user meets them: `notice check | head -1`, a busy port,
// folder URLs, path traversal in every encoding, the address it listens on.

function noisyWorkspace(): string {
  const files: Record<string, string> = {};
  // Every notice with dozens of unknown keys: the report is far larger than a pipe's buffer.
  for (let i = 0; i < 20; i++) files[`n-${i}.yaml`] = exampleNotice(`n-${i}`) + Array.from({ length: 40 }, (_, k) => `extra${k}: ${k}`).join('\n') + '\n';
  return workspace(files);
}

function get(port: number, path: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ...(res.headers.location ? { location: res.headers.location } : {}), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The listening sockets on a port, from the kernel's tables: [local address in hex, table]. */
function listeners(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [addr, p] = (cols[1] ?? '').split(':');
      if (p === hex && cols[3] === '0A') out.push(`${table.endsWith('6') ? 'tcp6' : 'tcp'} ${addr}`);
    }
  }
  return out;
}

describe('pipes', () => {
  it.each([['stylish', []], ['json', ['-f', 'json']]])('`notice check | head -1` (%s) ends quietly with the findings exit code', (_name, extra) => {
    const ws = noisyWorkspace();
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check --no-cache ${(extra as string[]).join(' ')} | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], {
      cwd: ws,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).toMatch(/exit=1\s*$/);
    expect(r.stderr).not.toMatch(/EPIPE|STACK/);
    expect(r.stderr).not.toMatch(STACK);
    recordFigures('pipes', { closedStdout: 'exit 1 (findings), no stack trace' });
  });
});

describe('serve', () => {
  it('exits 2 promptly when the port is busy', async () => {
    const ws = workspace({ 'a.yaml': exampleNotice('a') });
    expect(cli(['build', '--formats', 'html'], ws).code).toBe(0);
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const { child, done } = cliAsync(['serve', '--port', String(port)], ws);
      // A guard, not a timed assertion: a server that hangs is killed and the test fails on its signal.
      const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const r = await done;
      clearTimeout(guard);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/No se pudo abrir el puerto/);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('redirects folders to their slash, refuses traversal in every encoding, listens on 127.0.0.1 only', async () => {
    const ws = workspace({ 'a.yaml': exampleNotice('aviso-a') });
    writeFileSync(join(ws, 'secret.txt'), 'SECRETO-FUERA-DE-LA-SALIDA\n');
    expect(cli(['build', '--formats', 'html'], ws).code).toBe(0);
    // A link inside the output folder to a file outside it.
    symlinkSync(join(ws, 'secret.txt'), join(ws, 'dist/avisos/enlace.txt'));
    const { child, done } = cliAsync(['serve', '--port', '0'], ws);
    let port = 0;
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /127\.0\.0\.1:(\d+)/.exec(err);
        if (m) {
          port = Number(m[1]);
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`serve exited: ${err}`)));
    });
    try {
      expect((await get(port, '/')).status).toBe(200);
      const folder = await get(port, '/aviso-a');
      expect(folder.status).toBe(301);
      expect(folder.location).toBe('/aviso-a/');
      expect((await get(port, '/aviso-a/')).body).toMatch(/<html/);
      const attempts = [
        '/../secret.txt',
        '/../../../../etc/passwd',
        '/..%2fsecret.txt',
        '/%2e%2e/secret.txt',
        '/%2e%2e%2fsecret.txt',
        '/%252e%252e/secret.txt',
        '/%252e%252e%252fsecret.txt',
        '/aviso-a/..%2f..%2fsecret.txt',
        '/aviso-a/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
        '/..%5csecret.txt',
        '/%2e%2e%5csecret.txt',
        '/..\\secret.txt',
        '//etc/passwd',
        '/%00',
        '/secret.txt%00.html',
        '/%c0%ae%c0%ae/secret.txt',
        '/enlace.txt',
      ];
      for (const path of attempts) {
        const r = await get(port, path);
        expect([400, 403, 404], path).toContain(r.status);
        expect(r.body, path).not.toMatch(/SECRETO|root:/);
      }
      const bound = listeners(port);
      expect(bound).toEqual(['tcp 0100007F']);
      recordFigures('serve', { traversalAttempts: attempts.length, listensOn: '127.0.0.1 only', busyPort: 'exit 2' });
    } finally {
      child.kill('SIGINT');
      await done;
    }
  }, 120_000);
});
