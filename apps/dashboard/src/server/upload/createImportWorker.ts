import { Worker } from "node:worker_threads";
import type { Plugin } from "@kehoach/core";
import {
  type ImportAnswer,
  type ImportJob,
  type ImportWorkerData,
  pluginData,
  type WorkerMessage,
} from "./importJob";
import { type UploadLimits, type UploadRefusal, uploadRefusal } from "./UploadLimits";

/** Reads uploaded documents in a worker thread, away from the server's event loop. */
export interface ImportWorker {
  /** Reads one document; never rejects: a dead or slow worker answers a refusal. */
  run(job: ImportJob): Promise<ImportAnswer>;
  /** Stops the worker (waiting jobs are refused). */
  close(): Promise<void>;
}

interface Pending {
  id: number;
  job: ImportJob;
  resolve: (answer: ImportAnswer) => void;
}

const entry = new URL("./importWorkerEntry.mjs", import.meta.url);
const bootTimeoutMs = 120_000;

const died = (why: string): UploadRefusal => ({
  status: 500,
  code: "upload.worker-failed",
  vi: `bộ đọc tài liệu dừng bất thường (${why}); tài liệu chưa được nhập, máy chủ vẫn chạy`,
  en: `the document reader stopped unexpectedly (${why}); nothing was imported, the server is fine`,
  limit: null,
});

/** What a worker thread reports to its owner. */
interface WorkerEvents {
  ready(): void;
  answer(id: number, answer: ImportAnswer): void;
  /** It ran out of heap, threw or exited: the refusal that answers the job it held. */
  failed(refusal: UploadRefusal): void;
}

/** Starts one worker thread with the heap cap, its output off, and its messages and failures sent to `on`. */
function spawnWorker(data: ImportWorkerData, on: WorkerEvents): Worker {
  const w = new Worker(entry, {
    workerData: data,
    execArgv: ["--conditions=@kehoach/source"],
    resourceLimits: { maxOldGenerationSizeMb: data.limits.maxHeapMb, maxYoungGenerationSizeMb: 32 },
    stdout: false,
    stderr: false,
  });
  w.on("message", (message: WorkerMessage) => {
    if (message.type === "ready") on.ready();
    else on.answer(message.id, message.answer);
  });
  w.on("error", (error: Error & { code?: string }) => {
    on.failed(
      error.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? uploadRefusal("maxHeapMb", data.limits.maxHeapMb)
        : died(error.message.slice(0, 200)),
    );
  });
  w.on("exit", (code) => on.failed(died(`exit code ${code}`)));
  return w;
}

/**
 * One worker thread with a heap cap (`resourceLimits`) that reads uploads one
 * at a time: each job gets `timeLimitMs` once the worker is ready, a worker
 * that runs out of heap or time is terminated and answered as a refusal
 * naming the limit, and the next job starts a fresh worker. At most
 * `maxQueued` jobs wait; more are refused at once (503).
 */
export function createImportWorker(plugins: readonly Plugin[], limits: UploadLimits): ImportWorker {
  return new ImportWorkerQueue({ plugins: plugins.map(pluginData), limits });
}

/** The worker thread and its queue of jobs: one job at a time, each with a time limit. */
class ImportWorkerQueue implements ImportWorker {
  private readonly queue: Pending[] = [];
  private worker: Worker | null = null;
  private ready = false;
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;

  constructor(private readonly data: ImportWorkerData) {}

  run(job: ImportJob): Promise<ImportAnswer> {
    const { limits } = this.data;
    if (this.closed) return Promise.resolve({ ok: false, refusal: died("the server is stopping") });
    if (this.queue.length >= limits.maxQueued && this.current) {
      return Promise.resolve({ ok: false, refusal: uploadRefusal("maxQueued", limits.maxQueued) });
    }
    return new Promise<ImportAnswer>((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const refusal = died("the server is stopping");
    this.refuseWaiting(refusal);
    const w = this.worker;
    if (this.current) this.finish({ ok: false, refusal });
    this.worker = null;
    this.clearTimer();
    if (w) await w.terminate();
  }

  private clearTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private refuseWaiting(refusal: UploadRefusal) {
    for (const p of this.queue.splice(0)) p.resolve({ ok: false, refusal });
  }

  private finish(answer: ImportAnswer) {
    this.clearTimer();
    const done = this.current;
    this.current = null;
    done?.resolve(answer);
    this.pump();
  }

  private stop(refusal: UploadRefusal) {
    const w = this.worker;
    this.worker = null;
    this.ready = false;
    if (w) void w.terminate();
    if (this.current) {
      this.finish({ ok: false, refusal });
      return;
    }
    // It died while starting: refuse what waits rather than start it again and again.
    this.clearTimer();
    this.refuseWaiting(refusal);
  }

  private start() {
    const w = spawnWorker(this.data, {
      ready: () => {
        if (w !== this.worker) return;
        this.ready = true;
        this.clearTimer();
        this.pump();
      },
      answer: (id, answer) => {
        if (w === this.worker && this.current && id === this.current.id) this.finish(answer);
      },
      failed: (refusal) => {
        if (w === this.worker) this.stop(refusal);
      },
    });
    this.worker = w;
    this.ready = false;
    this.timer = setTimeout(() => this.stop(died("the worker did not start")), bootTimeoutMs);
  }

  private pump() {
    if (this.closed || this.current || this.queue.length === 0) {
      if (!this.current) this.worker?.unref();
      return;
    }
    if (!this.worker) this.start();
    const w = this.worker as Worker;
    w.ref();
    if (!this.ready) return;
    const current = this.queue.shift() as Pending;
    this.current = current;
    const { timeLimitMs } = this.data.limits;
    this.timer = setTimeout(() => this.stop(uploadRefusal("timeLimitMs", timeLimitMs)), timeLimitMs);
    const copy = new Uint8Array(current.job.data);
    w.postMessage({ id: current.id, job: { ...current.job, data: copy } }, [copy.buffer]);
  }
}
