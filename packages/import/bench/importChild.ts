// One side of the import benchmark, run in a child process of its own (import.bench.ts):
// imports one generated plan file with a checkout's own `@kehoach/import` (and, unless told
// not to, its own Thanh Xuân plugin) `runs` times and prints one JSON line: the CPU and wall
// milliseconds of each import, and a digest of what came out (activities, their ids, leads
// and deadlines, the whole plan) so the two sides can be shown to do the same work.
//   node --conditions=@kehoach/source --import tsx importChild.ts <root> <file> <runs> <plugin|no-plugin>
// With <runs> "serve", it imports once for each line read from stdin ("next" or "last", and
// optionally another file) and prints a line for each.
// It imports nothing but Node's own modules itself: every package it runs comes from <root>.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import type { importPlan as ImportPlan, PluginData } from "../src/index";

/** What one child prints: per-run times and digests of the result. */
export interface ChildResult {
  cpuMs: number[];
  wallMs: number[];
  activities: number;
  diagnostics: number;
  /** sha256 of the activities' ids, in order. */
  ids: string;
  /** sha256 of each activity's resolved leads (unit id or name as resolved). */
  leads: string;
  /** sha256 of each activity's period start, end and deadline. */
  deadlines: string;
  /** sha256 of the whole plan as JSON. */
  plan: string;
}

function sha256(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const [root = ".", file = "", runsText = "2", pluginFlag = "plugin"] = process.argv.slice(2);
const sources = (path: string) => pathToFileURL(join(root, "packages", path)).href;
const { importPlan } = (await import(sources("import/src/index.ts"))) as { importPlan: typeof ImportPlan };
const plugins: PluginData[] =
  pluginFlag === "plugin"
    ? [
        ((await import(sources("plugin-thanh-xuan-70/src/index.ts"))) as { thanhXuan70: PluginData })
          .thanhXuan70,
      ]
    : [];
/** The files imported, read once each: `file`, and any a served line names. */
const inputs = new Map<string, { bytes: Uint8Array; fileName: string }>();
function input(path: string): { bytes: Uint8Array; fileName: string } {
  let found = inputs.get(path);
  if (found === undefined) {
    found = { bytes: new Uint8Array(readFileSync(path)), fileName: path.slice(path.lastIndexOf("/") + 1) };
    inputs.set(path, found);
  }
  return found;
}
const out: ChildResult = {
  cpuMs: [],
  wallMs: [],
  activities: 0,
  diagnostics: 0,
  ids: "",
  leads: "",
  deadlines: "",
  plan: "",
};
let result: Awaited<ReturnType<typeof importPlan>> | null = null;

async function importOnce(path: string): Promise<void> {
  const { bytes, fileName } = input(path);
  result = null; // the previous result is garbage before the next import starts, as in one import
  const wall = performance.now();
  const cpu = cpuMs();
  result = await importPlan({ data: bytes, fileName }, { maxBytes: 1 << 30, plugins });
  out.cpuMs.push(cpuMs() - cpu);
  out.wallMs.push(performance.now() - wall);
}

function digest(): void {
  const activities = result?.plan?.activities ?? [];
  out.activities = activities.length;
  out.diagnostics = result?.diagnostics.length ?? 0;
  out.ids = sha256(activities.map((a) => a.id));
  out.leads = sha256(activities.map((a) => a.leads.map((l) => l.unitId ?? l.name)));
  out.deadlines = sha256(
    activities.map((a) => [a.time.period?.start, a.time.period?.end, a.time.period?.deadline]),
  );
  out.plan = sha256(result?.plan);
}

if (runsText === "serve") {
  // One import per line read from stdin ("next" or "last", then the file to import if not
  // <file>), one JSON line printed for each (its times only; the digests too after "last"):
  // the bench interleaves two warm processes import by import.
  for await (const line of createInterface({ input: process.stdin })) {
    const [word = "", path = ""] = line.trim().split(" ");
    out.cpuMs = [];
    out.wallMs = [];
    await importOnce(path === "" ? file : path);
    if (word === "last") digest();
    console.log(JSON.stringify(out));
  }
} else {
  for (let run = 0; run < Number(runsText); run++) await importOnce(file);
  digest();
  console.log(JSON.stringify(out));
}
