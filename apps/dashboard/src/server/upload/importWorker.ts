import { parentPort, workerData } from "node:worker_threads";
import { createKehoach } from "@kehoach/core";
import { importPlan } from "@kehoach/import";
import type { ImportAnswer, ImportJob, ImportWorkerData, WorkerMessage } from "./importJob";
import { measureDocument } from "./measureDocument";
import { previewOf, summariseDiagnostics } from "./previewOf";

// The import worker: measures each uploaded document against the limits,
// then reads it with importPlan, under the heap cap the server gave the
// thread. Runs one job at a time; the server terminates it past the time limit.
const { plugins, limits } = workerData as ImportWorkerData;
// Several plugins share one registry, merged once (as createKehoach merges them).
const registry = plugins.length > 1 ? createKehoach({ plugins }).registry : undefined;

async function run(job: ImportJob): Promise<ImportAnswer> {
  const measured = measureDocument(job.data, limits);
  if (!measured.ok) return measured;
  const result = await importPlan(
    { data: job.data, ...(job.fileName ? { fileName: job.fileName } : {}) },
    {
      plugins,
      ...(registry ? { registry } : {}),
      ...(job.year ? { year: job.year } : {}),
      maxBytes: limits.maxFileBytes,
      limits: { maxUncompressedBytes: limits.maxDecompressedBytes },
    },
  );
  return {
    ok: true,
    measure: measured.measure,
    plan: job.keepPlan ? result.plan : null,
    preview: result.plan ? previewOf(result.plan) : null,
    diagnostics: summariseDiagnostics(result.diagnostics),
    firstError: result.plan
      ? null
      : (result.diagnostics.find((d) => d.severity === "error") ?? result.diagnostics[0] ?? null),
  };
}

const port = parentPort;
if (port) {
  port.on("message", (message: { id: number; job: ImportJob }) => {
    // importPlan does not throw on user data; anything else ends the worker, and the server says so.
    void run(message.job).then((answer) =>
      port.postMessage({ type: "done", id: message.id, answer } satisfies WorkerMessage),
    );
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
}
