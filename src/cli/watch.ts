import { resolve } from 'node:path';
import type { WorkspaceConfig } from '../config/types.js';
import { isExpectedError } from '../errors.js';

export interface WatchOptions {
  config: WorkspaceConfig;
  rebuild: (config: WorkspaceConfig) => Promise<number>;
  /** Re-reads the config after it changed; throws ConfigError when it became invalid. */
  reload: () => Promise<WorkspaceConfig>;
  log: (text: string) => void;
  /** Resolves when watching should stop (default: SIGINT or SIGTERM). */
  until?: Promise<void>;
}

/** The static folder of a file, folder or glob: 'notices/**\/*.yaml' -> 'notices'. */
function watchRoot(base: string, pattern: string): string {
  const parts = pattern.split('/');
  const i = parts.findIndex((p) => /[*?[\]{}!]/.test(p));
  const fixed = i < 0 ? pattern : parts.slice(0, i).join('/') || '.';
  return resolve(base, fixed);
}

function paths(c: WorkspaceConfig): string[] {
  const list = c.notices.map((p) => watchRoot(c.noticesBase, p));
  if (c.file) list.push(c.file);
  if (c.templates) list.push(c.templates);
  return [...new Set(list)];
}

/**
 * `notice build --watch`: rebuilds after a notice, a template or the config changes (debounced).
 * The output and cache folders are ignored, so a build never triggers itself.
 */
export async function watchBuild(o: WatchOptions): Promise<number> {
  const { watch } = await import('chokidar');
  let config = o.config;
  const ignored = (p: string) => {
    const abs = resolve(p);
    const out = resolve(config.out);
    return (
      abs === out ||
      abs.startsWith(`${out}/`) ||
      /\.notice-(tmp|old)-/.test(abs) ||
      abs.startsWith(resolve(config.cacheDir)) ||
      /\/(node_modules|\.git)(\/|$)/.test(abs)
    );
  };
  const watcher = watch(paths(config), { ignoreInitial: true, ignored, awaitWriteFinish: { stabilityThreshold: 80, pollInterval: 20 } });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let lastCode = 0;
  const schedule = (changed: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        if (config.file && resolve(changed) === config.file) {
          try {
            config = await o.reload();
            watcher.add(paths(config));
          } catch (e) {
            if (!isExpectedError(e)) throw e;
            o.log(`notice: ${e.message}\n`);
            return;
          }
        }
        lastCode = await o.rebuild(config);
      });
    }, 120);
  };
  watcher.on('all', (_event, path) => schedule(path));
  o.log('notice: vigilando cambios (Ctrl+C para salir) / watching for changes\n');
  await (o.until ??
    new Promise<void>((res) => {
      process.once('SIGINT', () => res());
      process.once('SIGTERM', () => res());
    }));
  clearTimeout(timer);
  await watcher.close();
  await running;
  return lastCode;
}
