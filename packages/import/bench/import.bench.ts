// Import throughput as a district meets it: a generated plan of 10,000 distinct activities
// (titles, results, time cells and numbers vary row by row; leads and coordinators drawn from
// the district's units as offices spell them: test/generatedPlan.ts), imported with the Thanh
// Xuân plugin from text, .docx, .xlsx and .csv, beside the figures the code before the speed
// work gave on this machine (bench/before.json: ratio before/after, target ≥ 3×) and a bare
// papaparse TSV parse of the same text (the floor). Then without the plugin, and the
// 100k/10k time ratio (target ≤ 12×: linear).
// Times are CPU time of the process (user + system, best of the runs): on the shared
// development machine wall time moves with the other jobs' load; both are printed.
import { readFileSync } from "node:fs";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import Papa from "papaparse";
import { report, timeMs } from "../../../scripts/bench-kit.ts";
import { type ImportInput, type ImportOptions, importPlan } from "../src/index";
import {
  generatedPlanCsv,
  generatedPlanDocx,
  generatedPlanText,
  generatedPlanXlsx,
} from "../test/generatedPlan";

/** What the code before the speed work gave (CPU ms per import), recorded on this machine. */
interface Before {
  commit: string;
  recorded: string;
  cpuMs: Record<string, number>;
}
const before = JSON.parse(readFileSync(new URL("./before.json", import.meta.url), "utf8")) as Before;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

interface Measured {
  wall: number;
  cpu: number;
  diagnostics: number;
  activities: number;
}

/** Best of `runs` imports: wall and CPU milliseconds, with the result's counts. */
async function measure(input: ImportInput, options: ImportOptions, runs: number): Promise<Measured> {
  let cpu = Number.POSITIVE_INFINITY;
  let diagnostics = 0;
  let activities = 0;
  const wall = await timeMs(async () => {
    const start = cpuMs();
    const result = await importPlan(input, options);
    cpu = Math.min(cpu, cpuMs() - start);
    diagnostics = result.diagnostics.length;
    activities = result.plan?.activities.length ?? 0;
  }, runs);
  return { wall, cpu, diagnostics, activities };
}

const N = 10_000;
const text = generatedPlanText(N);
const inputs: [string, () => Promise<ImportInput>][] = [
  ["txt", async () => ({ data: text, fileName: "plan.txt" })],
  ["docx", async () => ({ data: await generatedPlanDocx(N), fileName: "plan.docx" })],
  ["xlsx", async () => ({ data: await generatedPlanXlsx(N), fileName: "plan.xlsx" })],
  ["csv", async () => ({ data: generatedPlanCsv(N), fileName: "plan.csv" })],
];
const floor = await timeMs(() => Papa.parse(text, { delimiter: "\t" }), 3);
const withPlugin: ImportOptions = { maxBytes: 1 << 30, plugins: [thanhXuan70] };
const now: Record<string, number> = {};

for (const [format, make] of inputs) {
  const input = await make();
  const bytes =
    typeof input.data === "string" ? new TextEncoder().encode(input.data).length : input.data.length;
  const m = await measure(input, withPlugin, 3);
  now[format] = m.cpu;
  const old = before.cpuMs[format];
  report({
    package: "import",
    benchmark: `import ${N.toLocaleString("en")} distinct activities, .${format}, with plugin (${(bytes / 1048576).toFixed(1)} MB)`,
    ours: m.cpu,
    ...(old === undefined
      ? {}
      : { baseline: old, baselineName: `before, ${before.commit}`, ratio: old / m.cpu }),
    unit: "ms CPU",
    target: "≥ 3× (before / after)",
    note: `ratio = before / after; ${m.wall.toFixed(0)} ms wall, ${m.cpu.toFixed(0)} ms CPU, ${m.activities.toLocaleString("en")} activities, ${m.diagnostics.toLocaleString("en")} diagnostics; papaparse TSV parse of the text ${floor.toFixed(0)} ms`,
  });
}

{
  const m = await measure({ data: text, fileName: "plan.txt" }, { maxBytes: 1 << 30 }, 2);
  now["txt-no-plugin"] = m.cpu;
  const old = before.cpuMs["txt-no-plugin"];
  report({
    package: "import",
    benchmark: `import ${N.toLocaleString("en")} distinct activities, .txt, no plugin`,
    ours: m.cpu,
    ...(old === undefined
      ? {}
      : { baseline: old, baselineName: `before, ${before.commit}`, ratio: old / m.cpu }),
    unit: "ms CPU",
    note: `ratio = before / after; ${m.wall.toFixed(0)} ms wall, ${m.diagnostics.toLocaleString("en")} diagnostics (units taken from the document)`,
  });
}

{
  const big = generatedPlanText(10 * N);
  const m = await measure({ data: big, fileName: "plan.txt" }, withPlugin, 1);
  now["txt-100k"] = m.cpu;
  const ratio = m.cpu / (now.txt ?? 1);
  report({
    package: "import",
    benchmark: "100k / 10k import time (.txt, with plugin)",
    ours: ratio,
    unit: "×",
    target: "≤ 12×",
    note: `${m.cpu.toFixed(0)} ms / ${(now.txt ?? 0).toFixed(0)} ms CPU (${m.wall.toFixed(0)} ms wall for 100k); before: ${((before.cpuMs["txt-100k"] ?? 0) / 1000).toFixed(1)} s CPU`,
  });
}
console.log(`  CPU ms this run: ${JSON.stringify(now)}`);
