import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { openStore } from "../src/index";

const writer = fileURLToPath(new URL("./crashWriter.ts", import.meta.url));
const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** Runs the writer child until it has acknowledged a batch, then SIGKILLs it at a random moment while it writes. */
async function runAndKill(url: string, run: string): Promise<Map<number, number>> {
  const child = spawn(
    process.execPath,
    ["--conditions=@kehoach/source", "--import", "tsx", writer, url, run],
    {
      cwd: packageDir,
      stdio: ["ignore", "pipe", "pipe"],
      // A child killed while writing tsx's transform cache must not leave a broken entry for the next one.
      env: { ...process.env, TSX_DISABLE_CACHE: "1" },
    },
  );
  const acked = new Map<number, number>();
  let buffer = "";
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (d: Buffer) => {
      buffer += d.toString();
      let nl = buffer.indexOf("\n");
      while (nl !== -1) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const m = /^ack (\d+) (\d+)$/.exec(line);
        if (m) acked.set(Number(m[1]), Number(m[2]));
        // The kill falls at a random moment after the first acknowledged batch, not after "ready": on a
        // loaded machine a writer may need longer than the whole kill window to finish its first append,
        // and a round that kills before any acknowledgement checks nothing.
        if (m && !killTimer) {
          killTimer = setTimeout(
            () => {
              child.kill("SIGKILL");
              resolve();
            },
            20 + Math.random() * 250,
          );
        }
        nl = buffer.indexOf("\n");
      }
    });
    child.once("close", (code, signal) => {
      if (signal === "SIGKILL") return;
      const error = new Error(`writer ended by itself (${code}): ${stderr}`);
      reject(killTimer ? error : Object.assign(error, { startup: true }));
    });
  });
  await exited;
  return acked;
}

/**
 * The crash test: kill a writer 20 times at random moments; after each kill,
 * every acknowledged batch is there whole, no batch is partial, and verify() passes.
 */
export async function crashTest(
  url: string,
  rounds = 20,
  /** Start no new round after this many ms, once at least 3 rounds ran: a loaded machine still finishes. */
  budgetMs = 60_000,
): Promise<{ acknowledged: number; stored: number; rounds: number }> {
  let acknowledged = 0;
  let stored = 0;
  const started = Date.now();
  let round = 0;
  for (; round < rounds && (round < 3 || Date.now() - started < budgetMs); round++) {
    const run = `r${round}`;
    // A child that fails before it is ready (e.g. sources being edited in a shared checkout) is
    // started again; a failure after "ready" fails the test.
    let acked: Map<number, number> | undefined;
    for (let attempt = 0; !acked; attempt++) {
      try {
        acked = await runAndKill(url, run);
      } catch (error) {
        if (attempt >= 2 || !(error as { startup?: boolean }).startup) throw error;
      }
    }
    const store = await openStore(url);
    try {
      const batches = new Map<number, number>();
      for await (const stored of store.readEvents({ plan: "thanh-xuan-70" })) {
        const m = /^r(\d+)-(\d+)-\d+$/.exec(stored.event.id);
        if (!m || m[1] !== String(round)) continue;
        const batch = Number(m[2]);
        expect(stored.event.payload.size).toBeTypeOf("number");
        batches.set(batch, (batches.get(batch) ?? 0) + 1);
      }
      for (const [batch, size] of acked)
        expect(batches.get(batch), `acknowledged batch ${batch} of round ${round}`).toBe(size);
      for (const [batch, count] of batches)
        expect(count, `batch ${batch} of round ${round} is whole`).toBe(1 + (batch % 5));
      const check = await store.verify();
      expect(check.breaks).toEqual([]);
      expect(check.ok).toBe(true);
      acknowledged += acked.size;
      stored += batches.size;
    } finally {
      await store.close();
    }
  }
  return { acknowledged, stored, rounds: round };
}
