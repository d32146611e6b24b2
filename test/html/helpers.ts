import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource } from '../helpers/check.js';
import type { OutputFile } from '../../src/diagnostics/diagnostic.js';
import { emitWeb } from '../../src/emit/html/index.js';
import { noticeVariants } from '../../src/emit/sections.js';
import type { EmitContext } from '../../src/emit/types.js';
import type { Notice } from '../../src/model/notice.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'html');

/** The fictional notices of every kind (federal, state, municipal, university, simplified, pair…). */
export const KINDS_DIR = join(ROOT, 'test', 'fixtures', 'notices', 'kinds');

/** Fixed «today» for the rules the tests run (the law in force judges every notice). */
export const TODAY = '2025-11-23';

/** Notices the HTML tests judge: the reference notices in notices/, our own fixtures, and the kinds. */
export function noticeFiles(): string[] {
  const dirs = [join(ROOT, 'notices'), join(ROOT, 'test', 'fixtures', 'html'), KINDS_DIR];
  return dirs
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(d, f)));
}

export function loadNotice(path: string): Notice {
  return loadChecked(path).notice;
}

/** The notice and whether the legal rules find errors in it (then it may only be built as a draft). */
export function loadChecked(path: string): { notice: Notice; ruleErrors: boolean } {
  const checked = checkSource(relative(ROOT, path), readFileSync(path, 'utf8'), { today: TODAY });
  if (!checked.schemaValid || !checked.notice) {
    throw new Error(`${path} does not pass the schema: ${checked.diagnostics.map((d) => `${d.pointer} ${d.message}`).join('; ')}`);
  }
  return { notice: checked.notice, ruleErrors: checked.diagnostics.some((d) => d.severity === 'error') };
}

/** The pages a notice's folder holds: both for a pair, one for an integral-only or simplified-only source. */
export function pagesOf(notice: Notice): string[] {
  return noticeVariants(notice).map((v) => (v === 'integral' ? 'index.html' : 'simplificado.html'));
}

export function context(notice: Notice, path: string, extra: Partial<EmitContext> = {}): EmitContext {
  return { id: notice.id, file: relative(ROOT, path), epoch: 0, draft: false, paper: 'letter', ...extra };
}

export function writeOutputs(folder: string, outputs: OutputFile[]): void {
  rmSync(folder, { recursive: true, force: true });
  for (const o of outputs) {
    const target = join(folder, o.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, o.contents);
  }
}

export interface BuiltSite {
  root: string;
  notices: { id: string; path: string; notice: Notice; pages: string[] }[];
}

/** Emit every notice (plus a draft variant of the first) into test-artifacts/html/<name>/. */
export function buildSite(name: string): BuiltSite {
  const root = join(ARTIFACTS, name);
  const notices = noticeFiles().map((path) => {
    const notice = loadNotice(path);
    writeOutputs(join(root, notice.id), emitWeb(notice, context(notice, path)).outputs);
    return { id: notice.id, path, notice, pages: pagesOf(notice).map((p) => `${notice.id}/${p}`) };
  });
  const first = notices.find((n) => n.id !== 'hostil') ?? notices[0]!;
  const draftId = `${first.id}-borrador`;
  writeOutputs(join(root, draftId), emitWeb(first.notice, context(first.notice, first.path, { draft: true })).outputs);
  notices.push({ ...first, id: draftId, pages: pagesOf(first.notice).map((p) => `${draftId}/${p}`) });
  return { root, notices };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.woff2': 'font/woff2',
  '.jsonld': 'application/ld+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A tiny static server over a folder, on 127.0.0.1 and a free port. */
export async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (file.endsWith('/')) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  return { server, origin: `http://127.0.0.1:${addr.port}` };
}
