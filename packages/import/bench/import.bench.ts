// Import throughput on plans generated from the seed's rows (10,000 and
// 100,000 activities; without and with the Thanh Xuân plugin; rows repeated
// or distinct), beside a bare TSV parse of the same text by papaparse (the
// floor), and the 100k/10k time ratio (target ≤ 12×: linear).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import Papa from "papaparse";
import { type BenchRow, report as reportRow, timeMs } from "../../../scripts/bench-kit.ts";
import { importPlan } from "../src/index";

const seed = readFileSync(
  fileURLToPath(
    new URL("../../plugin-thanh-xuan-70/plans/ke-hoach-70-nam-giai-phong-thu-do.txt", import.meta.url),
  ),
  "utf8",
);
const lines = seed.split("\n");
const header = lines.slice(6, 8);
const rows = lines.slice(8, 44).filter((line) => /^\d+\.\d+\t/u.test(line));

/**
 * A plan with `n` activities: sections of 9 rows taken from the seed's
 * activity rows. With `distinct`, every title and expected result is made
 * unique (as in a real plan, where only leads, coordinators and time cells
 * repeat), so the per-document memo of the resolvers cannot help there.
 */
function generate(n: number, distinct = false): string {
  const out = [...lines.slice(0, 5), "", ...header];
  let section = 0;
  let made = 0;
  while (made < n) {
    section++;
    out.push(`${section}\tMục ${section}\t\t\t\t\t`);
    for (let i = 1; i <= 9 && made < n; i++, made++) {
      const row = rows[(made + section) % rows.length] ?? "";
      const numbered = row.replace(/^\d+\.\d+/u, `${section}.${i}`);
      out.push(distinct ? makeDistinct(numbered, made) : numbered);
    }
  }
  return out.join("\n");
}

/** Appends the row's ordinal to its title and to both expected-result cells. */
function makeDistinct(row: string, n: number): string {
  const cells = row.split("\t");
  for (const c of [1, 5, 6]) if (cells[c]) cells[c] = `${cells[c]} (đợt ${n + 1})`;
  return cells.join("\t");
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Reports a row and prints its note (wall and CPU times) under it. */
function report(row: BenchRow): void {
  reportRow(row);
  if (row.note) console.log(`  ${row.note}`);
}

const results: Record<number, number> = {};
for (const n of [10_000, 100_000]) {
  const text = generate(n);
  const mb = new TextEncoder().encode(text).length / 1048576;
  let cpu = Number.POSITIVE_INFINITY;
  const ours = await timeMs(
    async () => {
      const start = cpuMs();
      await importPlan({ data: text }, { maxBytes: 1 << 30, year: 2024 });
      cpu = Math.min(cpu, cpuMs() - start);
    },
    n > 10_000 ? 1 : 2,
  );
  const floor = await timeMs(() => Papa.parse(text, { delimiter: "\t" }), 2);
  results[n] = ours;
  report({
    package: "import",
    benchmark: `import ${n.toLocaleString("en")} activities (${mb.toFixed(1)} MB)`,
    ours: mb / (ours / 1000),
    baseline: mb / (floor / 1000),
    baselineName: "papaparse TSV parse",
    unit: "MB/s",
    ratio: mb / (ours / 1000) / (mb / (floor / 1000)),
    target: "≥ 5 MB/s",
    note: `ours ${ours.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (${(mb / (cpu / 1000)).toFixed(1)} MB/s of CPU time); papaparse ${floor.toFixed(0)} ms`,
  });
}
// 10,000 activities as a district imports them: with the issuer's plugin (units resolved, 1.4k
// diagnostics instead of 36k), rows repeated or every title and result distinct (as in a real
// plan, where only leads, coordinators and time cells repeat: the resolvers' memo helps less).
for (const { distinct, plugin } of [
  { distinct: false, plugin: true },
  { distinct: true, plugin: false },
  { distinct: true, plugin: true },
]) {
  const text = generate(10_000, distinct);
  const mb = new TextEncoder().encode(text).length / 1048576;
  const options = { maxBytes: 1 << 30, year: 2024, plugins: plugin ? [thanhXuan70] : [] };
  let cpu = Number.POSITIVE_INFINITY;
  let diagnostics = 0;
  const ours = await timeMs(async () => {
    const start = cpuMs();
    diagnostics = (await importPlan({ data: text }, options)).diagnostics.length;
    cpu = Math.min(cpu, cpuMs() - start);
  }, 2);
  const floor = await timeMs(() => Papa.parse(text, { delimiter: "\t" }), 2);
  const what = [
    distinct ? "distinct titles and results" : "repeated rows",
    plugin ? "with plugin" : "no plugin",
  ];
  report({
    package: "import",
    benchmark: `import 10,000 activities, ${what.join(", ")} (${mb.toFixed(1)} MB)`,
    ours: mb / (ours / 1000),
    baseline: mb / (floor / 1000),
    baselineName: "papaparse TSV parse",
    unit: "MB/s",
    ratio: mb / (ours / 1000) / (mb / (floor / 1000)),
    target: "≥ 5 MB/s",
    note: `ours ${ours.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (${(mb / (cpu / 1000)).toFixed(1)} MB/s of CPU time), ${diagnostics.toLocaleString("en")} diagnostics; papaparse ${floor.toFixed(0)} ms`,
  });
}

const ratio = (results[100_000] ?? 0) / (results[10_000] ?? 1);
report({
  package: "import",
  benchmark: "100k / 10k import time",
  ours: ratio,
  unit: "×",
  target: "≤ 12×",
  note: `${(results[100_000] ?? 0).toFixed(0)} ms / ${(results[10_000] ?? 0).toFixed(0)} ms`,
});
