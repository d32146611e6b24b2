import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { CachedCheck, CachedEmit, RunCache } from '../pipeline/types.js';
import { JsonCache } from './cache.js';

/** Above this many entries a store keeps only the keys of the current run. */
const MAX_ENTRIES = 20_000;

/**
 * The runner's cache in the workspace's cache folder (`.notice-cache/` by default): one JSON store
 * per kind, each read only when first needed (a re-check of unchanged notices never reads the
 * notice data), written atomically. Keys carry the tool version, so one store serves every version.
 */
export function fileRunCache(dir: string, toolVersion: string): RunCache {
  const store = <T>(name: string) => {
    let c: JsonCache<T> | undefined;
    return () => (c ??= new JsonCache<T>(dir, name, toolVersion).load());
  };
  const check = store<CachedCheck>('check-v2.json');
  const emit = store<CachedEmit>('emit-v2.json');
  const data = store<Notice>('data-v2.json');
  const workspace = store<Diagnostic[]>('workspace-v2.json');
  const opened = { check: false, emit: false, data: false, workspace: false };
  const open = <K extends keyof typeof opened>(k: K) => {
    opened[k] = true;
    return { check, emit, data, workspace }[k]();
  };
  let lastWorkspace: string | undefined;
  return {
    getCheck: (k) => (open('check') as JsonCache<CachedCheck>).get(k),
    setCheck: (k, v) => (open('check') as JsonCache<CachedCheck>).set(k, v),
    getEmit: (k) => (open('emit') as JsonCache<CachedEmit>).get(k),
    setEmit: (k, v) => (open('emit') as JsonCache<CachedEmit>).set(k, v),
    getData: (k) => (open('data') as JsonCache<Notice>).get(k),
    setData: (k, v) => (open('data') as JsonCache<Notice>).set(k, v),
    getWorkspace: (k) => {
      lastWorkspace = k;
      return (open('workspace') as JsonCache<Diagnostic[]>).get(k);
    },
    setWorkspace: (k, v) => {
      lastWorkspace = k;
      const ws = open('workspace') as JsonCache<Diagnostic[]>;
      ws.retain([]);
      ws.set(k, v);
    },
    save(inUse) {
      try {
        if (opened.check) (check() as JsonCache<CachedCheck>).retainIfLarger(MAX_ENTRIES, inUse.check);
        if (opened.data) (data() as JsonCache<Notice>).retainIfLarger(MAX_ENTRIES, inUse.check);
        if (opened.emit) (emit() as JsonCache<CachedEmit>).retainIfLarger(MAX_ENTRIES, inUse.emit);
        if (opened.workspace && lastWorkspace) (workspace() as JsonCache<Diagnostic[]>).retain([lastWorkspace]);
        for (const k of Object.keys(opened) as (keyof typeof opened)[]) if (opened[k]) ({ check, emit, data, workspace })[k]().save();
      } catch {
        // A read-only workspace or a full disk only loses the speed-up, never the result.
      }
    },
  };
}

/** A cache that remembers nothing (`--no-cache`). */
export const NO_CACHE: RunCache | undefined = undefined;
