import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small JSON key-value store in the workspace's cache folder (`.notice-cache/` by default). One
 * file per kind, read once, written atomically (temp file + rename). A corrupt or foreign file is
 * an empty cache: the cache may only ever cost time, never correctness.
 */
export class JsonCache<T> {
  private entries: Record<string, T> = {};
  private dirty = false;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly version: string,
  ) {}

  load(): this {
    try {
      const raw = JSON.parse(readFileSync(join(this.dir, this.name), 'utf8')) as { version?: string; entries?: Record<string, T> };
      if (raw.version === this.version && raw.entries && typeof raw.entries === 'object') this.entries = raw.entries;
    } catch {
      this.entries = {};
    }
    return this;
  }

  get(key: string): T | undefined {
    return Object.prototype.hasOwnProperty.call(this.entries, key) ? this.entries[key] : undefined;
  }

  set(key: string, value: T): void {
    this.entries[key] = value;
    this.dirty = true;
  }

  /** Keeps only the given keys once the store holds more than `max` entries (bounds its growth). */
  retainIfLarger(max: number, keys: Iterable<string>): void {
    if (Object.keys(this.entries).length > max) this.retain(keys);
  }

  /** Keeps only the given keys (entries of notices that no longer exist are dropped). */
  retain(keys: Iterable<string>): void {
    const keep = new Set(keys);
    for (const k of Object.keys(this.entries)) {
      if (!keep.has(k)) {
        delete this.entries[k];
        this.dirty = true;
      }
    }
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(this.dir, { recursive: true });
    const target = join(this.dir, this.name);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: this.version, entries: this.entries }));
    renameSync(tmp, target);
    this.dirty = false;
  }
}
