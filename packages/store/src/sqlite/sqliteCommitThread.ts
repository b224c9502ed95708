import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AppendItem } from "../backend/Backend";
import { StoreError } from "../StoreError";
import type { SqliteAppendOutcome } from "./sqliteAppends";
import {
  type CommitThreadAnswer,
  type CommitThreadData,
  type CommitThreadRequest,
  receiveError,
} from "./sqliteCommitMessages";

/** Group commits in a worker thread with its own connection (see {@link sqliteCommitThread}). */
export interface SqliteCommitThread {
  /** Commits a group as `SqliteAppends.appendMany` does; resolves once the commit is durable. */
  appendMany(items: readonly AppendItem[]): Promise<SqliteAppendOutcome[]>;
  /** Waits for the groups sent, then closes the thread's connection and stops it. */
  close(): Promise<void>;
}

/**
 * The worker's entry: next to this module when the store runs from its
 * sources (through tsx), the built `sqliteCommitWorker` entry otherwise
 * (beside the chunk that holds this code, or one folder up).
 */
function workerEntry(): URL {
  const here = import.meta.url;
  const candidates = here.endsWith(".ts")
    ? ["./sqliteCommitWorkerEntry.mjs"]
    : ["./", "../"].map((dir) => `${dir}sqliteCommitWorker${here.endsWith(".cjs") ? ".cjs" : ".js"}`);
  const urls = candidates.map((c) => new URL(c, here));
  return urls.find((u) => existsSync(fileURLToPath(u))) ?? (urls[0] as URL);
}

interface Waiting {
  resolve(outcomes: SqliteAppendOutcome[]): void;
  reject(error: unknown): void;
}

const threadFailed = (why: string, path: string) =>
  new StoreError(
    "store.internal",
    {
      vi: `luồng ghi SQLite dừng bất thường (${why}); nhóm sự kiện chưa được xác nhận`,
      en: `the SQLite commit thread stopped unexpectedly (${why}); the group was not acknowledged`,
    },
    { file: path },
  );

/**
 * Takes group commits off the event loop: a worker thread opens its own
 * connection to the database file (WAL, the same `synchronous`, busy timeout
 * and size limit) and commits each group sent to it in one IMMEDIATE
 * transaction, exactly as the owner's connection would; the owner's thread
 * keeps serving while the group is written and fsynced. The thread starts
 * with the first group and does not keep the process alive while idle.
 */
export function sqliteCommitThread(data: CommitThreadData): SqliteCommitThread {
  const waiting = new Map<number, Waiting>();
  let worker: Worker | null = null;
  let exited: Promise<void> = Promise.resolve();
  let next = 0;
  const failAll = (error: unknown) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const start = (): Worker => {
    const w = new Worker(workerEntry(), { workerData: data, execArgv: [] });
    w.unref();
    exited = new Promise((resolve) => w.once("exit", () => resolve()));
    w.on("message", (answer: CommitThreadAnswer) => {
      const job = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (waiting.size === 0) w.unref();
      if (!job) return;
      if (!answer.ok) return job.reject(receiveError(answer.error));
      job.resolve(answer.outcomes.map((o) => (o.ok ? o : { ok: false, error: receiveError(o.error) })));
    });
    w.on("error", (error) => failAll(threadFailed(error.message, data.path)));
    w.once("exit", (code) => {
      if (worker === w) worker = null;
      failAll(threadFailed(`exit ${code}`, data.path));
    });
    return w;
  };
  return {
    appendMany(items) {
      worker ??= start();
      const w = worker;
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ type: "commit", id, items } satisfies CommitThreadRequest);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      // Messages are handled in order: every group sent before is committed and answered before it closes.
      w?.postMessage({ type: "close" } satisfies CommitThreadRequest);
      w?.ref();
      await exited;
    },
  };
}
