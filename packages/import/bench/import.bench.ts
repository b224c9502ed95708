// Import throughput as a district meets it: a generated plan of 10,000 distinct activities
// (titles, results, time cells and numbers vary row by row; leads and coordinators drawn from
// the district's units as offices spell them: test/generatedPlan.ts), imported with the Thanh
// Xuân plugin from text, .docx, .xlsx and .csv, then without the plugin, side by side with
// the code before the speed work in the same run: the baseline commit (KEHOACH_BENCH_BASELINE,
// default the one bench/before.json names) is checked out beside the repository and imports
// the same files with its own sources and its own plugin, each side in a child process of its
// own (bench/importChild.ts), the two processes kept alive side by side and asked for one import
// at a time, in turn, so a slow stretch of the shared machine falls on both sides alike: eight
// imports a process, the best of all is the row's figure (a warm process: both sides still get
// faster up to about the fifth import, as V8 optimises their functions), the best first import is
// in the note (a cold one, as one `kehoach import` runs). Both sides' activities, ids, leads and
// deadlines are compared: a difference is printed. Where git or the commit is missing, the
// figures recorded in before.json stand in (said in the row). Then the 100k/10k time ratio
// (target ≤ 12×: linear), 100k and 10k imported in turn in one warm process.
// Times are CPU time of the child (user + system, best of every run of every round): on the
// shared development machine wall time moves with the other jobs' load; both are printed.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { report } from "../../../scripts/bench-kit.ts";
import {
  generatedPlanCsv,
  generatedPlanDocx,
  generatedPlanText,
  generatedPlanXlsx,
} from "../test/generatedPlan";
import { type BaselineCheckout, checkoutBaseline } from "./baselineCheckout";
import type { ChildResult } from "./importChild";

/** What the code before the speed work gave (CPU ms per import), recorded on this machine. */
interface Before {
  commit: string;
  recorded: string;
  cpuMs: Record<string, number>;
}
const before = JSON.parse(readFileSync(new URL("./before.json", import.meta.url), "utf8")) as Before;
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const child = fileURLToPath(new URL("./importChild.ts", import.meta.url));
const rounds = Math.max(1, Number(process.env.KEHOACH_BENCH_ROUNDS ?? 2));
/**
 * Imports per child: the first is cold (compiling); the time falls up to about the fifth on
 * both sides (measured: the best at each import's place over 2 processes of 8 imports a side;
 * docs/import.md, seventh round).
 */
const RUNS = 8;
/** The imports per child the row's figure came from before: their best is in the note, for comparison. */
const EARLY = 3;

/** A side's child process kept alive: each `import()` asks it for one more import and reads its line. */
class ServedChild {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private stderr = "";
  private readonly times: { cpuMs: number[]; wallMs: number[] } = { cpuMs: [], wallMs: [] };

  constructor(
    private readonly root: string,
    file: string,
    plugin: boolean,
  ) {
    const args = ["--conditions=@kehoach/source", "--import", "tsx", child, root, file, "serve"];
    this.child = spawn(process.execPath, [...args, plugin ? "plugin" : "no-plugin"], { cwd: root });
    this.child.stderr.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString("utf8")).slice(-2000);
    });
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
  }

  /** One more import (of `file`, else the child's own); the last one (`last`) also brings the digests of what it imported. */
  async import(last: boolean, file = ""): Promise<ChildResult> {
    this.child.stdin.write(`${last ? "last" : "next"} ${file}\n`);
    const line = await this.lines.next();
    if (line.done === true || !line.value.startsWith("{"))
      throw new Error(`import child failed in ${this.root}: ${this.stderr}`);
    const answer = JSON.parse(line.value) as ChildResult;
    this.times.cpuMs.push(...answer.cpuMs);
    this.times.wallMs.push(...answer.wallMs);
    return { ...answer, ...this.times };
  }

  close(): void {
    this.child.stdin.end();
  }
}

interface Side {
  /** Best CPU ms of every import of every round (a warm process, as a server imports). */
  cpu: number;
  /** Best CPU ms of a child's first import (a cold process, as one `kehoach import` runs). */
  first: number;
  /** Best CPU ms of a child's first three imports (the row's figure before six imports a process). */
  early: number;
  wall: number;
  last: ChildResult;
}

function best(side: Side | undefined, result: ChildResult): Side {
  return {
    cpu: Math.min(side?.cpu ?? Number.POSITIVE_INFINITY, ...result.cpuMs),
    first: Math.min(side?.first ?? Number.POSITIVE_INFINITY, result.cpuMs[0] ?? Number.POSITIVE_INFINITY),
    early: Math.min(side?.early ?? Number.POSITIVE_INFINITY, ...result.cpuMs.slice(0, EARLY)),
    wall: Math.min(side?.wall ?? Number.POSITIVE_INFINITY, ...result.wallMs),
    last: result,
  };
}

/** What differs between the two sides' results (empty when they did the same work). */
function differences(ours: ChildResult, base: ChildResult): string[] {
  const keys = ["activities", "ids", "leads", "deadlines"] as const;
  return keys.filter((key) => ours[key] !== base[key]);
}

interface Case {
  key: string;
  label: string;
  file: string;
  plugin: boolean;
}

/** One process a side, asked for an import in turn, {@link RUNS} each: what each side's imports gave. */
async function interleaved(
  c: Case,
  baseline: BaselineCheckout | null,
): Promise<[ChildResult, ChildResult | null]> {
  const a = new ServedChild(repo, c.file, c.plugin);
  const b = baseline ? new ServedChild(baseline.root, c.file, c.plugin) : null;
  try {
    let ours: ChildResult | null = null;
    let base: ChildResult | null = null;
    for (let run = 0; run < RUNS; run++) {
      ours = await a.import(run === RUNS - 1);
      if (b) base = await b.import(run === RUNS - 1);
    }
    if (ours === null) throw new Error("no run");
    return [ours, base];
  } finally {
    a.close();
    b?.close();
  }
}

/** Ours and the baseline, import by import in two live processes, `rounds` times; best CPU of each; one row. */
async function compare(c: Case, baseline: BaselineCheckout | null): Promise<Side> {
  let ours: Side | undefined;
  let base: Side | undefined;
  for (let round = 0; round < rounds; round++) {
    const [mine, theirs] = await interleaved(c, baseline);
    ours = best(ours, mine);
    if (theirs) base = best(base, theirs);
  }
  if (!ours) throw new Error("no run");
  const old = base?.cpu ?? before.cpuMs[c.key];
  const same = base ? differences(ours.last, base.last) : [];
  const work = base
    ? same.length === 0
      ? `same activities, ids, leads and deadlines as ${baseline?.commit}${ours.last.plan === base.last.plan ? " (whole plan identical)" : ""}`
      : `DIFFERS from ${baseline?.commit} in: ${same.join(", ")}`
    : `baseline recorded (${before.recorded})`;
  report({
    package: "import",
    benchmark: `import ${N.toLocaleString("en")} distinct activities, ${c.label}`,
    ours: ours.cpu,
    ...(old === undefined
      ? {}
      : {
          baseline: old,
          baselineName: base ? `${baseline?.commit}, same run` : `${before.commit}, recorded`,
          ratio: old / ours.cpu,
        }),
    unit: "ms CPU",
    ...(c.plugin ? { target: "≥ 3× (before / after)" } : {}),
    note: `ratio = before / after, best of ${rounds * RUNS} imports in ${rounds} processes a side; first import of a process ${ours.first.toFixed(0)} ms CPU${base ? ` vs ${base.first.toFixed(0)} ms (${(base.first / ours.first).toFixed(2)}×)` : ""}; best of the first ${EARLY} ${ours.early.toFixed(0)} ms${base ? ` vs ${base.early.toFixed(0)} ms (${(base.early / ours.early).toFixed(2)}×)` : ""}; wall ${ours.wall.toFixed(0)} ms${base ? ` vs ${base.wall.toFixed(0)} ms` : ""}; ${ours.last.activities.toLocaleString("en")} activities, ${ours.last.diagnostics.toLocaleString("en")} diagnostics${base ? ` (baseline ${base.last.diagnostics.toLocaleString("en")})` : ""}; ${work}`,
  });
  return ours;
}

/**
 * The 100k/10k time ratio in one warm process: 10k imported until warm ({@link RUNS} times),
 * then 100k and 10k in turn, twice: the best 100k beside the best of the 10k imports between
 * them (as many of each, in the same process, under the same load).
 */
async function linearity(small: string, large: string): Promise<{ ours: number; note: string }> {
  const served = new ServedChild(repo, small, true);
  try {
    for (let run = 0; run < RUNS; run++) await served.import(false);
    const big: number[] = [];
    const ten: number[] = [];
    for (let pair = 0; pair < 2; pair++) {
      big.push(...(await served.import(false, large)).cpuMs.slice(-1));
      ten.push(...(await served.import(false)).cpuMs.slice(-1));
    }
    const large100k = Math.min(...big);
    const small10k = Math.min(...ten);
    return {
      ours: large100k / small10k,
      note: `${large100k.toFixed(0)} ms / ${small10k.toFixed(0)} ms CPU, each the best of 2 imports in turn in one process warmed by ${RUNS} imports of 10k (100k: ${big.map((t) => t.toFixed(0)).join(", ")} ms; 10k: ${ten.map((t) => t.toFixed(0)).join(", ")} ms)`,
    };
  } finally {
    served.close();
  }
}

const N = 10_000;
const dir = mkdtempSync(join(tmpdir(), "kehoach-import-bench-"));
const write = (name: string, data: string | Uint8Array) => {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
};
const txt = write("plan.txt", generatedPlanText(N));
const cases: Case[] = [
  { key: "txt", label: ".txt, with plugin", file: txt, plugin: true },
  {
    key: "docx",
    label: ".docx, with plugin",
    file: write("plan.docx", await generatedPlanDocx(N)),
    plugin: true,
  },
  {
    key: "xlsx",
    label: ".xlsx, with plugin",
    file: write("plan.xlsx", await generatedPlanXlsx(N)),
    plugin: true,
  },
  { key: "csv", label: ".csv, with plugin", file: write("plan.csv", generatedPlanCsv(N)), plugin: true },
  { key: "txt-no-plugin", label: ".txt, no plugin", file: txt, plugin: false },
];
const big = write("plan-100k.txt", generatedPlanText(10 * N));
console.log(
  `  load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${cpus().length} cores`,
);
const baseline = checkoutBaseline(repo, process.env.KEHOACH_BENCH_BASELINE ?? before.commit);
try {
  const now: Record<string, number> = {};
  for (const c of cases) now[c.key] = (await compare(c, baseline)).cpu;
  report({
    package: "import",
    benchmark: "100k / 10k import time (.txt, with plugin)",
    ...(await linearity(txt, big)),
    unit: "×",
    target: "≤ 12×",
  });
  console.log(`  CPU ms this run: ${JSON.stringify(now)}`);
} finally {
  baseline?.remove();
  rmSync(dir, { recursive: true, force: true });
}
