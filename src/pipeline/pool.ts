import { Worker } from 'node:worker_threads';

interface Pending<R> {
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

interface Slot<T> {
  worker: Worker;
  busy: boolean;
  task?: { id: number; payload: T };
}

/**
 * A fixed pool of worker threads, one task per worker at a time, results in completion order. A
 * worker that crashes fails its task, is replaced, and the pool goes on.
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
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<T> {
    const slot: Slot<T> = { worker: new Worker(this.script, { workerData: this.workerData }), busy: false };
    slot.worker.on('message', (msg: { id: number; ok: boolean; result?: R; error?: string }) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      slot.busy = false;
      slot.task = undefined;
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
    if (slot.task) {
      this.pending.get(slot.task.id)?.reject(err);
      this.pending.delete(slot.task.id);
    }
    if (this.closed) return;
    this.slots[idx] = this.spawn();
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.busy = true;
      slot.task = next;
      slot.worker.ref();
      slot.worker.postMessage(next);
    }
    for (const slot of this.slots) if (!slot.busy) slot.worker.unref();
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
