import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * One build at a time per output folder: a lock file beside it (`.<out>.notice-lock`, beside the
 * temporary folders the build already writes there) holding the owner's pid, host and start time.
 * A second build waits for the first, then refuses with a clear message; a lock whose owner is no
 * longer running on this host (a build killed with SIGKILL, a crashed machine) is stale and
 * taken over.
 */
export interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

export interface LockOptions {
  /** How long to wait for another build, in ms (default: NOTICE_LOCK_WAIT_MS or 120 s). */
  waitMs?: number;
  /** Told once when this build starts waiting. */
  onWait?: (owner: LockOwner, file: string) => void;
}

export interface Lock {
  file: string;
  release(): void;
}

const POLL_MS = 100;

export function lockFileFor(out: string): string {
  return join(dirname(out), `.${basename(out)}.notice-lock`);
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? { pid: o.pid, host: o.host, started: String(o.started ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the owner may still hold the lock: another host, or a process that still exists here. */
function alive(owner: LockOwner | undefined, file: string): boolean {
  if (!owner) return false;
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return held.has(file);
  return running(owner.pid);
}

function tryCreate(file: string, me: LockOwner): boolean {
  // Written whole under a private name, then linked into place: the lock never exists half-written.
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    unlinkSync(tmp);
  }
}

/**
 * Removes a stale lock without ever removing a live one: the lock is moved aside under a private
 * name and deleted only if it is still the stale one that was read; anything else is put back.
 */
function breakStale(file: string, stale: string): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else broke it first
  }
  let text = '';
  try {
    text = readFileSync(aside, 'utf8');
  } catch {
    // gone: nothing to put back
  }
  if (text !== stale) {
    try {
      linkSync(aside, file);
    } catch {
      // a third build took the lock meanwhile: it owns it
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // already removed
  }
}

const held = new Set<string>();

/** Whether a process of this host with this pid is running (EPERM: running, not ours). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a build killed while taking or breaking the lock left beside it: its private
 * `<lock>.<pid>.tmp` or `<lock>.stale-<pid>` file. Only files of processes no longer running: a
 * build waiting for the lock writes its own tmp file on every try.
 */
function sweepLeftovers(file: string): void {
  const dir = dirname(file);
  const base = basename(file);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`${base}.`)) continue;
    const m = /^\.(?:(\d+)\.tmp|stale-(\d+))$/.exec(name.slice(base.length));
    const pid = Number(m?.[1] ?? m?.[2]);
    if (!m || pid === process.pid || running(pid)) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // removed meanwhile
    }
  }
}

/** Takes the output folder's lock, waiting for another build up to `waitMs`; throws UsageError after. */
export async function acquireLock(out: string, o: LockOptions = {}): Promise<Lock> {
  const file = lockFileFor(out);
  mkdirSync(dirname(file), { recursive: true });
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const envWait = Number(process.env.NOTICE_LOCK_WAIT_MS);
  const waitMs = o.waitMs ?? (Number.isFinite(envWait) && envWait >= 0 ? envWait : 120_000);
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    if (tryCreate(file, me)) break;
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // released between our attempt and the read: try again at once
    }
    const owner = readOwner(file);
    if (!alive(owner, file)) {
      // Unreadable (a lock being written is never visible half-written) or its owner is gone.
      breakStale(file, text);
      continue;
    }
    if (Date.now() >= deadline) {
      const where = owner!.host !== hostname() ? ` en ${owner!.host}` : '';
      throw new UsageError(
        `Otra compilación (pid ${owner!.pid}${where}, desde ${owner!.started}) está escribiendo en esta carpeta de salida y no terminó en ${Math.round(waitMs / 1000)} s. Espere a que termine; si ya no está en ejecución, borre «${file}».`,
        { en: `Another build (pid ${owner!.pid}${where.replace(' en ', ' on ')}, since ${owner!.started}) is writing to this output folder and did not finish within ${Math.round(waitMs / 1000)} s. Wait for it; if it is no longer running, delete "${file}".` },
      );
    }
    if (!told) {
      o.onWait?.(owner!, file);
      told = true;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  held.add(file);
  sweepLeftovers(file);
  const unregister = onInterrupt(() => lock.release());
  const lock: Lock = {
    file,
    release() {
      unregister();
      if (!held.delete(file)) return;
      // Only our own lock: never one a later build took after ours was (wrongly) judged stale.
      if (readOwner(file)?.pid === process.pid) {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      }
    },
  };
  return lock;
}

type Cleanup = () => void;
const cleanups = new Set<Cleanup>();

/**
 * Registers what must be undone if the process is interrupted (SIGINT, SIGTERM, SIGHUP) while a
 * build writes: its temporary folder, its lock. Returns the function that unregisters it.
 */
export function onInterrupt(fn: Cleanup): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Runs (synchronously) and forgets every registered cleanup; returns how many ran. */
export function runInterruptCleanups(): number {
  const list = [...cleanups].reverse();
  cleanups.clear();
  for (const fn of list) {
    try {
      fn();
    } catch {
      // best effort: the next build recovers whatever is left
    }
  }
  return list.length;
}
