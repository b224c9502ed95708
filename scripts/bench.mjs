#!/usr/bin/env node
// Runs every workspace package's `bench` script one after another (benchmarks
// must not share the two cores), then prints one table of all their rows.
// A benchmark appends rows as JSON Lines to the file named by KEHOACH_BENCH_OUT:
//   { package, benchmark, ours, baseline, unit, ratio, target?, note? }
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const out = join(mkdtempSync(join(tmpdir(), "kehoach-bench-")), "rows.jsonl");
const only = process.argv.slice(2);
for (const base of ["packages", "apps"]) {
  if (!existsSync(base)) continue;
  for (const name of readdirSync(base).sort()) {
    if (only.length > 0 && !only.includes(name)) continue;
    const manifest = join(base, name, "package.json");
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, "utf8"));
    if (!pkg.scripts?.bench) continue;
    console.log(`\n▶ ${pkg.name}`);
    const run = spawnSync("npm", ["run", "bench", "--silent"], {
      cwd: join(base, name),
      stdio: "inherit",
      env: { ...process.env, KEHOACH_BENCH_OUT: out },
    });
    if (run.status !== 0) console.error(`  ${pkg.name}: benchmark failed (exit ${run.status})`);
  }
}
const rows = existsSync(out)
  ? readFileSync(out, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
if (rows.length === 0) {
  console.log("\nChưa có benchmark nào / no benchmark rows yet");
  process.exit(0);
}
const fmt = (n) =>
  typeof n === "number" ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3)) : String(n ?? "");
const table = rows.map((r) => ({
  package: r.package,
  benchmark: r.benchmark,
  ours: `${fmt(r.ours)} ${r.unit ?? ""}`.trim(),
  baseline: `${fmt(r.baseline)} ${r.unit ?? ""}${r.baselineName ? ` (${r.baselineName})` : ""}`.trim(),
  ratio: r.ratio === undefined ? "" : `${fmt(r.ratio)}×`,
  target: r.target ?? "",
}));
const notes = rows.filter((r) => r.note).map((r) => `- ${r.package} / ${r.benchmark}: ${r.note}`);
console.log("\nKết quả / Results");
console.table(table);
if (notes.length > 0) console.log(`\nGhi chú / Notes\n${notes.join("\n")}`);
