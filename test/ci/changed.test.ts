import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { UNKNOWN_KEY, VALID, workspace } from './helpers.js';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Checked files, from the JSON report. */
function checked(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  const r = runCli(['check', '-f', 'json', ...args], { cwd, env: { GITHUB_BASE_REF: '', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: '', CI_DEFAULT_BRANCH: '', ...env } });
  expect(r.code, r.stderr).toBeLessThan(2);
  return (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
}

// Many spawns of the CLI and git on a shared 2-core machine: allow more than the default minute.
describe('--changed and --since', { timeout: 300_000 }, () => {
  it('checks only the notices changed since the merge-base with the default branch', () => {
    const ws = workspace({ 'notices/a.yaml': VALID, 'notices/b.yaml': VALID, 'notices/c.yaml': UNKNOWN_KEY });
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'base');
    // On the default branch with a clean tree nothing changed.
    expect(checked(ws, ['--changed'])).toEqual([]);
    // Uncommitted change on the default branch: compared with HEAD.
    writeFileSync(join(ws, 'notices/a.yaml'), VALID + '# editado\n');
    expect(checked(ws, ['--changed'])).toEqual(['notices/a.yaml']);
    git(ws, 'checkout', '-q', '--', 'notices/a.yaml');

    git(ws, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(ws, 'notices/b.yaml'), VALID.replace('Consulta en línea', 'Consulta en línea (v2)'));
    git(ws, 'commit', '-q', '-am', 'edit b');
    writeFileSync(join(ws, 'notices/nuevo.yaml'), VALID); // untracked, new
    expect(checked(ws, ['--changed'])).toEqual(['notices/b.yaml', 'notices/nuevo.yaml']);
    expect(checked(ws, ['--since', 'HEAD'])).toEqual(['notices/nuevo.yaml']);
    expect(checked(ws, ['--since', 'main'])).toEqual(['notices/b.yaml', 'notices/nuevo.yaml']);
    // The CI's target branch wins over guessing.
    git(ws, 'branch', 'release', 'HEAD');
    expect(checked(ws, ['--changed'], { GITHUB_BASE_REF: 'release' })).toEqual(['notices/nuevo.yaml']);
    // c.yaml (broken) is not in the set, so the gate passes.
    expect(runCli(['check', '--changed'], { cwd: ws }).code).toBe(0);

    // A change to the config checks everything.
    writeFileSync(join(ws, 'notice.config.yaml'), 'rules: {}\n');
    expect(checked(ws, ['--changed'])).toEqual(['notices/a.yaml', 'notices/b.yaml', 'notices/c.yaml', 'notices/nuevo.yaml']);
    expect(runCli(['check', '--changed'], { cwd: ws }).code).toBe(1);
  });

  it('runs the rules across notices on the whole workspace and fails the pull request a change breaks', () => {
    const ws = workspace({ 'notices/a.yaml': VALID, 'notices/b.yaml': VALID.replace(/^id: .*$/m, 'id: otro-aviso') });
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'base');
    git(ws, 'checkout', '-q', '-b', 'feature');
    // The pull request moves a.yaml's Transparency Unit; b.yaml (unchanged) now disagrees with it.
    writeFileSync(join(ws, 'notices/a.yaml'), VALID.replace(/(transparencyUnit:\n  address:\n    street: ).*/, '$1Calle Nueva'));
    git(ws, 'commit', '-q', '-am', 'move the unit');
    const r = runCli(['check', '--changed', '-f', 'json', '--fail-on', 'warning'], { cwd: ws, env: { GITHUB_BASE_REF: '' } });
    const report = JSON.parse(r.stdout) as { files: { file: string; diagnostics?: { code: string }[] }[]; diagnostics?: { code: string; file: string }[] };
    const all = JSON.stringify(report);
    expect(all).toContain('workspace-transparency-unit-mismatch');
    expect(all).toContain('notices/b.yaml');
    expect(r.code).toBe(1);
  });

  it('fails with exit code 2 outside a repository or for an unknown ref', () => {
    const ws = workspace({ 'notices/a.yaml': VALID });
    const outside = runCli(['check', '--changed'], { cwd: ws, env: { GIT_CEILING_DIRECTORIES: join(ws, '..') } });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/repositorio git/);
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'base');
    const bad = runCli(['check', '--since', 'no-such-ref'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/«no-such-ref» no existe/);
    expect(runCli(['check', '--changed', '--write-baseline'], { cwd: ws }).code).toBe(2);
  });
});
