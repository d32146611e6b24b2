import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) {
    const why = (r.error as NodeJS.ErrnoException).code ?? r.error.message;
    throw new UsageError(`No se pudo ejecutar git: ${why}.`, { en: `Could not run git: ${why}.` });
  }
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.trim() };
}

function refExists(cwd: string, ref: string): boolean {
  return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok;
}

/**
 * The default branch to compare with: the CI's target branch when it says so (GitHub pull
 * requests, GitLab merge requests), else origin/HEAD, else the first of origin/main,
 * origin/master, main, master that exists.
 */
export function defaultBranch(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  const target = env.GITHUB_BASE_REF || env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME || env.CI_DEFAULT_BRANCH;
  const candidates = target ? [`origin/${target}`, target] : [];
  const head = git(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (head.ok && head.out.trim()) candidates.push(head.out.trim());
  candidates.push('origin/main', 'origin/master', 'main', 'master');
  return candidates.find((c) => refExists(cwd, c));
}

export interface ChangedFiles {
  /** The commit compared against. */
  base: string;
  /** Absolute paths of files added, copied, modified or renamed since base, plus untracked files. */
  files: string[];
}

function split0(s: string): string[] {
  return s.split('\0').filter((x) => x !== '');
}

/**
 * Files changed between `base` (a ref; its merge-base with HEAD is used) and the working tree,
 * committed or not, plus untracked files. With no ref: the merge-base with the default branch,
 * which is HEAD itself on the default branch (then only uncommitted changes count).
 */
export function changedFiles(cwd: string, env: NodeJS.ProcessEnv, since?: string): ChangedFiles {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UsageError('--changed y --since necesitan un repositorio git (git rev-parse falló).', { en: '--changed and --since need a git repository (git rev-parse failed).' });
  const root = top.out.trim();
  const ref = since ?? defaultBranch(cwd, env) ?? 'HEAD';
  if (!refExists(cwd, ref)) {
    throw new UsageError(`La referencia git «${ref}» no existe. En CI, clone con historial (p. ej. fetch-depth: 0) y obtenga la rama base.`, { en: `The git ref "${ref}" does not exist. In CI, clone with history (e.g. fetch-depth: 0) and fetch the base branch.` });
  }
  const mb = git(cwd, ['merge-base', ref, 'HEAD']);
  if (!mb.ok) {
    throw new UsageError(`No hay ancestro común entre «${ref}» y HEAD (¿clon superficial? use fetch-depth: 0 o git fetch --unshallow).`, { en: `"${ref}" and HEAD have no common ancestor (a shallow clone? use fetch-depth: 0 or git fetch --unshallow).` });
  }
  const base = mb.out.trim();
  const diff = git(root, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', base, '--']);
  if (!diff.ok) throw new UsageError(`git diff falló: ${diff.err}`, { en: `git diff failed: ${diff.err}` });
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const files = [...new Set([...split0(diff.out), ...(untracked.ok ? split0(untracked.out) : [])])].map((f) => resolve(root, f));
  return { base, files: files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}

/** Files whose change can alter the findings of every notice: then `--changed` checks everything. */
const GLOBAL_INPUT = /(^|\/)(notice\.config\.ya?ml|package\.json|package-lock\.json|[^/]*\.schema\.json)$/;

/**
 * Narrows the notices to those changed. Notices have no include mechanism yet, so a change to a
 * global input (config, baseline, schema, tool version) selects every notice.
 */
export function selectChanged(notices: readonly string[], changed: ChangedFiles, extraGlobal: readonly string[] = []): { files: string[]; all: boolean } {
  const set = new Set(changed.files);
  const global = changed.files.some((f) => GLOBAL_INPUT.test(f.split('\\').join('/'))) || extraGlobal.some((f) => set.has(f));
  if (global) return { files: [...notices], all: true };
  return { files: notices.filter((n) => set.has(n)), all: false };
}
