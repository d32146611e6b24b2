import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, type RunResult } from '../helpers/cli.js';

export const FAKE_CLI = fileURLToPath(new URL('./fixtures/fake-cli.mjs', import.meta.url));
/** The example `notice init` writes, with plausible values instead of its placeholders: builds publish it. */
export const EXAMPLE = join(ROOT, 'test/fixtures/build/atencion-ciudadana.yaml');

/** Runs the CLI with trivial emitters (one thread: workers would not see them). */
export function runFake(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const r = spawnSync(process.execPath, [FAKE_CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1', ...env }, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function spawnFake(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [FAKE_CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: '1', ...env }, stdio: 'ignore' });
}

/** A workspace in a temp folder: a .git marker, notices/ with `n` variants of the example notice. */
export function workspace(n = 2, config = 'notices: [notices]\nbaseUrl: https://www.gob.mx/avisos/\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'notice-build-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'notices'));
  if (config) writeFileSync(join(dir, 'notice.config.yaml'), config);
  for (let i = 0; i < n; i++) writeNotice(dir, `aviso-${i}`, `Aviso ${i}`);
  return dir;
}

export function writeNotice(dir: string, id: string, title: string, mutate: (t: string) => string = (t) => t): void {
  const text = readFileSync(EXAMPLE, 'utf8').replace(/^id: .*$/m, `id: ${id}`).replace(/^title: .*$/m, `title: ${title}`);
  writeFileSync(join(dir, 'notices', `${id}.yaml`), mutate(text));
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export interface ManifestLike {
  notices: { id: string; status: string; sourceSha256: string }[];
  files: { path: string; size: number; sha256: string }[];
}

export function manifestOf(out: string): ManifestLike {
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as ManifestLike;
}

/** Every file listed in the manifest exists with that size and hash. */
export function verifyBundle(out: string): void {
  for (const f of manifestOf(out).files) {
    const bytes = readFileSync(join(out, f.path));
    if (bytes.length !== f.size || createHash('sha256').update(bytes).digest('hex') !== f.sha256) throw new Error(`bundle file ${f.path} does not match the manifest`);
  }
}

export function copyDir(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}
