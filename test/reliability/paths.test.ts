import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, exampleNotice, recordFigures, snapshotTree, STACK } from './helpers.js';

// Ids, output folders and config paths that try to escape, and links in notices/ that point
// outside: refused (exit 2 for paths and links, exit 1 with a positioned finding for an id, which
// is content of a notice), and nothing is written or deleted outside the output folder. Each case
// runs in a fresh temporary tree that holds the workspace, a folder beside it with a file of its
// own, and a fake home; the whole tree is compared before and after.

interface Tree {
  root: string;
  ws: string;
}

function tree(config = 'notices: [notices]\n'): Tree {
  const root = mkdtempSync(join(tmpdir(), 'notice-paths-'));
  const ws = join(root, 'ws');
  mkdirSync(join(ws, '.git'), { recursive: true });
  mkdirSync(join(ws, 'notices'));
  writeFileSync(join(ws, 'notice.config.yaml'), config);
  writeFileSync(join(ws, 'notices/aviso.yaml'), exampleNotice('aviso'));
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'outside/secret.yaml'), 'secreto: "no debe leerse ni tocarse"\n');
  mkdirSync(join(root, 'home'));
  writeFileSync(join(root, 'home/.bashrc'), '# mine\n');
  return { root, ws };
}

const refusedPaths: string[] = [];

function expectRefused(t: Tree, args: string[], message: RegExp, env: NodeJS.ProcessEnv = {}): void {
  const before = snapshotTree(t.root);
  const r = cli(args, t.ws, { HOME: join(t.root, 'home'), ...env });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(STACK);
  expect(snapshotTree(t.root)).toEqual(before);
  refusedPaths.push(args.join(' '));
}

describe('paths that try to escape', () => {
  it.each([
    ['the workspace (repository) root', '.'],
    ['its parent', '..'],
    ['the file-system root', '/'],
    ['the notices folder', 'notices'],
    ['the .git folder', '.git'],
    ['a notice file', 'notices/aviso.yaml'],
    ['the config file', 'notice.config.yaml'],
    ['a folder outside holding files of its own', '../outside'],
  ])('--out %s is refused, nothing touched', (_name, out) => {
    const t = tree();
    expectRefused(t, ['build', '--out', out], /rechazada|no es de notice|no es una carpeta/);
  });

  it('--out the home folder and an absolute path to the workspace are refused', () => {
    const t = tree();
    expectRefused(t, ['build', '--out', join(t.root, 'home')], /rechazada|no es de notice/);
    expectRefused(t, ['build', '--out', t.ws], /rechazada/);
  });

  it('--out a link to a folder outside is refused (its files are not ours)', () => {
    const t = tree();
    symlinkSync(join(t.root, 'outside'), join(t.ws, 'published'));
    expectRefused(t, ['build', '--out', 'published'], /no es de notice|no creó/);
  });

  it.each([
    ['out above the repository', 'out: ../escaped\n'],
    ['out absolute', 'out: /tmp/notice-escaped-by-config\n'],
    ['cacheDir above the repository', 'cacheDir: ../cache\n'],
    ['templates outside', 'templates: /etc\n'],
    ['notices outside', 'notices: [../outside]\n'],
    ['a notices glob outside', "notices: ['../outside/**/*.yaml']\n"],
  ])('a config with %s is refused before anything is read or written', (_name, line) => {
    const t = tree(line.startsWith('notices:') ? line : `notices: [notices]\n${line}`);
    expectRefused(t, ['build'], /fuera del espacio de trabajo/);
    expectRefused(t, ['check'], /fuera del espacio de trabajo/);
  });

  it('a link in notices/ to a file outside is refused, and so is a linked folder', () => {
    const t = tree();
    symlinkSync(join(t.root, 'outside/secret.yaml'), join(t.ws, 'notices/secret.yaml'));
    expectRefused(t, ['check'], /es un enlace a .*fuera de/);
    expectRefused(t, ['build'], /es un enlace a .*fuera de/);
    const u = tree();
    symlinkSync(join(u.root, 'outside'), join(u.ws, 'notices/linked'));
    expectRefused(u, ['build'], /es un enlace a .*fuera de/);
  });

  it('ids that would escape or name devices are findings at /id, and publish nothing of theirs', () => {
    const ids = ['../../escape', '/etc/cron.d/x', 'C:\\Windows\\x', 'c:', '..', '.hidden', 'a/b', 'con', 'nul', 'aux', 'com1', 'lpt9', 'x..y', '%2e%2e', 'café', 'ABC', '-x', '', 'a'.repeat(200)];
    const t = tree();
    ids.forEach((id, i) => writeFileSync(join(t.ws, `notices/id-${i}.yaml`), exampleNotice('x').replace(/^id: .*$/m, `id: ${JSON.stringify(id)}`)));
    const outside = snapshotTree(t.root).filter((e) => !e.startsWith('ws/'));
    const r = cli(['build', '--allow-errors', '-f', 'json'], t.ws, { HOME: join(t.root, 'home') });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    const report = JSON.parse(r.stdout) as { diagnostics: { file: string; pointer: string; severity: string; line: number | null }[] };
    for (let i = 0; i < ids.length; i++) {
      const atId = report.diagnostics.filter((d) => d.file === `notices/id-${i}.yaml` && d.pointer === '/id' && d.severity === 'error');
      expect(atId.length, `id ${JSON.stringify(ids[i])}: ${JSON.stringify(report.diagnostics.filter((d) => d.file === `notices/id-${i}.yaml` && d.severity === 'error'))}`).toBeGreaterThan(0);
      expect(atId.every((d) => d.line !== null)).toBe(true);
    }
    // Only the good notice is published; nothing appears anywhere else in the tree.
    const after = snapshotTree(t.root);
    expect(after.filter((e) => !e.startsWith('ws/'))).toEqual(outside);
    const published = after.filter((e) => /^ws\/dist\/avisos\/[^/]+\/$/.test(e)).map((e) => e.split('/')[3]);
    expect(published.filter((p) => p !== 'assets')).toEqual(['aviso']);
    expect(after.filter((e) => e.startsWith('ws/') && e !== 'ws/' && !/^ws\/(dist\/|\.notice-cache\/|\.git\/|notices\/|notice\.config\.yaml)/.test(e))).toEqual([]);
    recordFigures('paths', { hostileIds: ids.length });
  });

  it('records the figures', () => {
    recordFigures('paths', { refusedInvocations: refusedPaths.length });
    expect(refusedPaths.length).toBeGreaterThan(15);
  });
});
