import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { MANIFEST_NAME, renderManifest, type Manifest } from './manifest.js';

/** A file of the new bundle: fresh contents, or an unchanged file of the previous bundle. */
export type BundleEntry = { path: string; contents: string | Uint8Array; sha256?: string } | { path: string; reuse: true };

export interface BundleWrite {
  out: string;
  entries: BundleEntry[];
  manifest: Manifest;
  /** The manifest of the bundle being replaced: the only files this writer may delete. */
  previous?: Manifest;
}

const TMP_TAG = 'notice-tmp';
const OLD_TAG = 'notice-old';

function siblings(out: string, tag: string): string[] {
  const parent = dirname(out);
  const prefix = `.${basename(out)}.${tag}-`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent).filter((n) => n.startsWith(prefix)).map((n) => join(parent, n));
}

/**
 * Finishes what a killed build left: if it died between the two renames of the swap, the previous
 * bundle is put back; half-written temporary folders (ours by name and marker) are removed.
 */
export function recoverInterrupted(out: string): void {
  if (!existsSync(out)) {
    const old = siblings(out, OLD_TAG).filter((d) => existsSync(join(d, MANIFEST_NAME)));
    if (old[0]) renameSync(old[0], out);
  }
  for (const tmp of siblings(out, TMP_TAG)) {
    if (existsSync(join(tmp, `.${TMP_TAG}`))) rmSync(tmp, { recursive: true, force: true });
  }
}

function writeWhole(path: string, contents: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
  } finally {
    closeSync(fd);
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
 * The only writer of the bundle. Builds the whole new bundle in a temporary folder beside `out`,
 * then swaps it in with two renames; a failed or killed build leaves the previous bundle complete.
 * Unchanged files are hard-linked from the previous bundle (never modified in place).
 */
export function writeBundle(w: BundleWrite): { leftovers: string[] } {
  const parent = dirname(w.out);
  mkdirSync(parent, { recursive: true });
  recoverInterrupted(w.out);
  const tmp = join(parent, `.${basename(w.out)}.${TMP_TAG}-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(tmp);
  const marker = join(tmp, `.${TMP_TAG}`);
  writeWhole(marker, 'notice build in progress\n');
  try {
    const made = new Set<string>();
    // Identical new files (the web fonts every notice carries) are written once and hard-linked.
    const written = new Map<string, string>();
    for (const e of w.entries) {
      const target = join(tmp, e.path);
      const d = dirname(target);
      if (!made.has(d)) {
        mkdirSync(d, { recursive: true });
        made.add(d);
      }
      if ('reuse' in e) {
        linkOrCopy(join(w.out, e.path), target);
      } else {
        const first = e.sha256 ? written.get(e.sha256) : undefined;
        if (first) linkOrCopy(first, target);
        else {
          writeWhole(target, e.contents);
          if (e.sha256) written.set(e.sha256, target);
        }
      }
    }
    writeWhole(join(tmp, MANIFEST_NAME), renderManifest(w.manifest));
    unlinkSync(marker);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (!existsSync(w.out)) {
    renameSync(tmp, w.out);
    return { leftovers: [] };
  }
  const old = join(parent, `.${basename(w.out)}.${OLD_TAG}-${process.pid}-${randomBytes(4).toString('hex')}`);
  renameSync(w.out, old);
  renameSync(tmp, w.out);
  let leftovers: string[] = [];
  if (w.previous) leftovers = deleteOwned(old, w.previous);
  else {
    try {
      rmdirSync(old); // the previous folder was empty (previousBundle checked it)
    } catch {
      leftovers = ['.'];
    }
  }
  return { leftovers: leftovers.map((l) => join(old, l)) };
}
