import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { MANIFEST_NAME, renderManifest, type Manifest } from '../bundle/manifest.js';
import type { BundleEntry } from '../bundle/plan.js';
import { onInterrupt } from './lock.js';
import { readManifest } from './read-manifest.js';
import { writeWhole } from './stage-files.js';

const TMP_TAG = 'notice-tmp';
const OLD_TAG = 'notice-old';
const STAGING = '.staging';

function siblings(out: string, tag: string): string[] {
  const parent = dirname(out);
  const prefix = `.${basename(out)}.${tag}-`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent).filter((n) => n.startsWith(prefix)).map((n) => join(parent, n));
}

/**
 * Finishes what a killed build left: if it died between the two renames of the swap, the previous
 * bundle is put back; temporary folders are removed when they are ours by name and by content: the
 * in-progress marker, or a finished bundle of ours that was never swapped in (the marker goes just
 * before the swap), or nothing at all (killed right after creating it).
 */
export function recoverInterrupted(out: string): void {
  if (!existsSync(out)) {
    const old = siblings(out, OLD_TAG).filter((d) => existsSync(join(d, MANIFEST_NAME)));
    if (old[0]) renameSync(old[0], out);
  }
  for (const tmp of siblings(out, TMP_TAG)) {
    if (existsSync(join(tmp, `.${TMP_TAG}`)) || readManifest(tmp).kind === 'ok' || readdirSync(tmp).length === 0) rmSync(tmp, { recursive: true, force: true });
  }
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Deletes exactly the files the previous manifest lists, then the folders left empty. */
export function deleteOwned(dir: string, manifest: Manifest): string[] {
  const dirs = new Set<string>();
  for (const f of manifest.files) {
    rmSync(join(dir, f.path), { force: true });
    for (let d = dirname(f.path); d !== '.' && d !== ''; d = dirname(d)) dirs.add(d);
  }
  rmSync(join(dir, MANIFEST_NAME), { force: true });
  const left: string[] = [];
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(dir, d));
    } catch {
      left.push(d);
    }
  }
  try {
    rmdirSync(dir);
  } catch {
    left.push('.');
  }
  return left;
}

/**
 * The only writer of the bundle. Compiled files are staged in a temporary folder beside `out` as
 * they arrive (so memory stays flat), the planned bundle is assembled there, and then swapped in
 * with two renames. A failed or killed build leaves the previous bundle complete and untouched.
 */
export class BundleWriter {
  private tmp?: string;
  private unregister?: () => void;
  private readonly made = new Set<string>();
  /** First file written with a given hash: identical files (web fonts) are hard-linked to it. */
  private readonly bySha = new Map<string, string>();
  /** Staging folders used so far (their names). */
  private staged = 0;

  constructor(private readonly out: string) {}

  private dir(): string {
    if (!this.tmp) {
      const parent = dirname(this.out);
      mkdirSync(parent, { recursive: true });
      recoverInterrupted(this.out);
      this.tmp = join(parent, `.${basename(this.out)}.${TMP_TAG}-${process.pid}-${randomBytes(4).toString('hex')}`);
      const tmp = this.tmp;
      // Interrupted (Ctrl+C, SIGTERM): the temporary folder goes; the published bundle was never touched.
      // Worker threads may still be writing into it: a folder that is not empty yet is tried again.
      this.unregister = onInterrupt(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 }));
      mkdirSync(this.tmp);
      writeWhole(join(this.tmp, `.${TMP_TAG}`), 'notice build in progress\n');
    }
    return this.tmp;
  }

  private put(target: string, contents: string | Uint8Array, sha256?: string): void {
    const d = dirname(target);
    if (!this.made.has(d)) mkdirSync(d, { recursive: true }), this.made.add(d);
    const first = sha256 ? this.bySha.get(sha256) : undefined;
    if (first) {
      try {
        return linkSync(first, target);
      } catch {
        // the first copy was moved or is on another device: write our own
      }
    }
    writeWhole(target, contents);
    if (sha256) this.bySha.set(sha256, target);
  }

  /**
   * A new staging folder for one compiled notice, not created yet (its parent is): a worker thread
   * writes it (stage-files.ts), and the plan finds it by `key`.
   */
  slot(): { key: string; dir: string } {
    const root = join(this.dir(), STAGING);
    if (!this.made.has(root)) mkdirSync(root, { recursive: true }), this.made.add(root);
    const key = String(this.staged++);
    return { key, dir: join(root, key) };
  }

  /**
   * Stages one compiled notice's files in a new staging folder, before planning; returns its key.
   * A notice compiled twice (with the check, then again as a draft) is staged twice.
   */
  stage(files: readonly { path: string; contents: string | Uint8Array; sha256: string }[]): string {
    const key = String(this.staged++);
    for (const f of files) this.put(join(this.dir(), STAGING, key, f.path), f.contents, f.sha256);
    return key;
  }

  /** Assembles the planned bundle and swaps it in. Returns folders it could not remove. */
  commit(entries: readonly BundleEntry[], manifest: Manifest, previous: Manifest | undefined): string[] {
    const tmp = this.dir();
    try {
      for (const e of entries) {
        const target = join(tmp, e.path);
        const d = dirname(target);
        if (!this.made.has(d)) mkdirSync(d, { recursive: true }), this.made.add(d);
        if ('reuse' in e) linkOrCopy(join(this.out, e.path), target);
        else if ('staged' in e) renameSync(join(tmp, STAGING, e.staged.key, e.staged.rel), target);
        else this.put(target, e.contents, e.sha256);
      }
      rmSync(join(tmp, STAGING), { recursive: true, force: true });
      writeWhole(join(tmp, MANIFEST_NAME), renderManifest(manifest));
      unlinkSync(join(tmp, `.${TMP_TAG}`));
    } catch (e) {
      this.abort();
      throw e;
    }
    this.tmp = undefined;
    this.unregister?.();
    this.unregister = undefined;
    if (!existsSync(this.out)) {
      renameSync(tmp, this.out);
      return [];
    }
    const old = join(dirname(this.out), `.${basename(this.out)}.${OLD_TAG}-${process.pid}-${randomBytes(4).toString('hex')}`);
    renameSync(this.out, old);
    renameSync(tmp, this.out);
    if (previous) return deleteOwned(old, previous).map((l) => join(old, l));
    try {
      rmdirSync(old); // the previous folder was empty (previousBundle checked it)
      return [];
    } catch {
      return [old];
    }
  }

  /** Removes the temporary folder; the previous bundle was never touched. */
  abort(): void {
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
    this.tmp = undefined;
    this.unregister?.();
    this.unregister = undefined;
  }
}
