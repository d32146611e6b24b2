/**
 * A Map of file → text whose texts are read from their holders on first access: a re-check of
 * unchanged notices reports from the cache, and decoding every source up front would cost more
 * than the rest of it. It behaves as a plain Map (insertion order included): iterating it reads
 * every text. A holder must have a text (files that could not be read are not added).
 */
export class LazyTexts extends Map<string, string> {
  private readonly pending = new Map<string, { readonly text?: string | undefined }>();
  /** Every key, in insertion order (the base Map holds them in the order they were read). */
  private readonly order = new Map<string, true>();

  constructor(holders: Iterable<readonly [file: string, holder: { readonly text?: string | undefined }]> = []) {
    super();
    for (const [file, holder] of holders) {
      this.pending.set(file, holder);
      this.order.set(file, true);
    }
  }

  private settle(file: string): void {
    const holder = this.pending.get(file);
    if (!holder) return;
    this.pending.delete(file);
    super.set(file, holder.text ?? '');
  }

  override get(file: string): string | undefined {
    this.settle(file);
    return super.get(file);
  }

  override has(file: string): boolean {
    return this.order.has(file);
  }

  override set(file: string, text: string): this {
    // The base constructor may call set before the fields exist (it does not here: no iterable).
    this.pending?.delete(file);
    this.order?.set(file, true);
    return super.set(file, text);
  }

  override delete(file: string): boolean {
    this.pending.delete(file);
    super.delete(file);
    return this.order.delete(file);
  }

  override clear(): void {
    this.pending.clear();
    this.order.clear();
    super.clear();
  }

  override get size(): number {
    return this.order.size;
  }

  override *entries(): MapIterator<[string, string]> {
    for (const file of this.order.keys()) yield [file, this.get(file)!];
  }

  override *keys(): MapIterator<string> {
    yield* this.order.keys();
  }

  override *values(): MapIterator<string> {
    for (const file of this.order.keys()) yield this.get(file)!;
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  override forEach(fn: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    for (const [file, text] of this.entries()) fn.call(thisArg, text, file, this);
  }
}
