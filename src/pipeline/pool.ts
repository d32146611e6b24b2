import { Worker } from 'node:worker_threads';

interface Pending<R> {
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

interface Slot<T> {
  worker: Worker;
  /** Tasks posted to this worker and not answered yet (it runs them one after another). */
  tasks: Map<number, T>;
}

/**
 * A fixed pool of worker threads, results in completion order. Each worker holds up to `depth`
 * posted tasks, so it never waits for a busy main thread to hand it the next one. A worker that
 * crashes fails the tasks it held, is replaced, and the pool goes on.
 */
export class WorkerPool<T, R> {
  private readonly slots: Slot<T>[] = [];
  private readonly queue: { id: number; payload: T }[] = [];
  private readonly pending = new Map<number, Pending<R>>();
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly script: URL,
    size: number,
    private readonly workerData: unknown,
    private readonly depth = 2,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<T> {
    const slot: Slot<T> = { worker: new Worker(this.script, { workerData: this.workerData }), tasks: new Map() };
    slot.worker.on('message', (msg: { id: number; ok: boolean; result?: R; error?: string }) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      slot.tasks.delete(msg.id);
      if (p) msg.ok ? p.resolve(msg.result as R) : p.reject(new Error(msg.error));
      this.pump();
    });
    slot.worker.on('error', (err) => this.crash(slot, err));
    slot.worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.crash(slot, new Error(`worker exited with code ${code}`));
    });
    slot.worker.unref();
    return slot;
  }

  private crash(slot: Slot<T>, err: Error): void {
    const idx = this.slots.indexOf(slot);
    if (idx < 0) return;
    for (const id of slot.tasks.keys()) {
      this.pending.get(id)?.reject(err);
      this.pending.delete(id);
    }
    slot.tasks.clear();
    if (this.closed) return;
    this.slots[idx] = this.spawn();
    this.pump();
  }

  private pump(): void {
    // Fill the least loaded worker first, one task at a time.
    for (;;) {
      const next = this.queue[0];
      if (!next) break;
      const slot = this.slots.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
      if (slot.tasks.size >= this.depth) break;
      this.queue.shift();
      slot.tasks.set(next.id, next.payload);
      slot.worker.ref();
      slot.worker.postMessage(next);
    }
    for (const slot of this.slots) if (slot.tasks.size === 0) slot.worker.unref();
  }

  run(payload: T): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, payload });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
