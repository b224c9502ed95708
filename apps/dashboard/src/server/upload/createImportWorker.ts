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

/**
 * One worker thread with a heap cap (`resourceLimits`) that reads uploads one
 * at a time: each job gets `timeLimitMs` once the worker is ready, a worker
 * that runs out of heap or time is terminated and answered as a refusal
 * naming the limit, and the next job starts a fresh worker. At most
 * `maxQueued` jobs wait; more are refused at once (503).
 */
export function createImportWorker(plugins: readonly Plugin[], limits: UploadLimits): ImportWorker {
  const data: ImportWorkerData = { plugins: plugins.map(pluginData), limits };
  const queue: Pending[] = [];
  let worker: Worker | null = null;
  let ready = false;
  let current: Pending | null = null;
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const finish = (answer: ImportAnswer) => {
    if (timer) clearTimeout(timer);
    timer = null;
    const done = current;
    current = null;
    done?.resolve(answer);
    pump();
  };

  const stop = (refusal: UploadRefusal) => {
    const w = worker;
    worker = null;
    ready = false;
    if (w) void w.terminate();
    if (current) {
      finish({ ok: false, refusal });
      return;
    }
    // It died while starting: refuse what waits rather than start it again and again.
    if (timer) clearTimeout(timer);
    timer = null;
    for (const p of queue.splice(0)) p.resolve({ ok: false, refusal });
  };

  const start = () => {
    const w = new Worker(entry, {
      workerData: data,
      execArgv: ["--conditions=@kehoach/source"],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    worker = w;
    ready = false;
    timer = setTimeout(() => stop(died("the worker did not start")), bootTimeoutMs);
    w.on("message", (message: WorkerMessage) => {
      if (w !== worker) return;
      if (message.type === "ready") {
        ready = true;
        if (timer) clearTimeout(timer);
        timer = null;
        pump();
      } else if (current && message.id === current.id) {
        finish(message.answer);
      }
    });
    w.on("error", (error: Error & { code?: string }) => {
      if (w !== worker) return;
      stop(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? uploadRefusal("maxHeapMb", limits.maxHeapMb)
          : died(error.message.slice(0, 200)),
      );
    });
    w.on("exit", (code) => {
      if (w === worker) stop(died(`exit code ${code}`));
    });
  };

  function pump() {
    if (closed || current || queue.length === 0) {
      if (!current) worker?.unref();
      return;
    }
    if (!worker) start();
    const w = worker as Worker;
    w.ref();
    if (!ready) return;
    current = queue.shift() as Pending;
    timer = setTimeout(() => stop(uploadRefusal("timeLimitMs", limits.timeLimitMs)), limits.timeLimitMs);
    const copy = new Uint8Array(current.job.data);
    w.postMessage({ id: current.id, job: { ...current.job, data: copy } }, [copy.buffer]);
  }

  return {
    run(job) {
      if (closed) return Promise.resolve({ ok: false, refusal: died("the server is stopping") });
      if (queue.length >= limits.maxQueued && current) {
        return Promise.resolve({ ok: false, refusal: uploadRefusal("maxQueued", limits.maxQueued) });
      }
      return new Promise<ImportAnswer>((resolve) => {
        queue.push({ id: nextId++, job, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.resolve({ ok: false, refusal: died("the server is stopping") });
      const w = worker;
      if (current) finish({ ok: false, refusal: died("the server is stopping") });
      worker = null;
      if (timer) clearTimeout(timer);
      if (w) await w.terminate();
    },
  };
}
