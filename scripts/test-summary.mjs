#!/usr/bin/env node
// Prints one summary of every Vitest run that `npm test` made through turbo
// (fresh or replayed from turbo's cache), then the closing line
// "N passed, N failed, N skipped". Exits 1 when any test failed or no test ran.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const reports = [];
for (const base of ["packages", "apps"]) {
  if (!existsSync(base)) continue;
  for (const name of readdirSync(base))
    reports.push([`${base}/${name}`, join(base, name, ".vitest/report.json")]);
}
reports.push(["tests", "tests/.vitest/report.json"]);

let passed = 0;
let failed = 0;
let skipped = 0;
let files = 0;
const rows = [];
for (const [project, file] of reports) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  const p = report.numPassedTests ?? 0;
  const f = report.numFailedTests ?? 0;
  const s = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  passed += p;
  failed += f;
  skipped += s;
  files += report.testResults?.length ?? 0;
  rows.push({ project, passed: p, failed: f, skipped: s, files: report.testResults?.length ?? 0 });
  for (const result of report.testResults ?? []) {
    for (const assertion of result.assertionResults ?? []) {
      if (assertion.status === "failed") console.log(`  ✗ ${project} › ${assertion.fullName}`);
    }
  }
}

console.log("\n Test summary (every Vitest project)");
const width = Math.max(...rows.map((r) => r.project.length), 8);
for (const r of rows) {
  console.log(
    `   ${r.project.padEnd(width)}  ${String(r.files).padStart(3)} files  ${String(r.passed).padStart(5)} passed  ${String(r.failed).padStart(3)} failed  ${String(r.skipped).padStart(3)} skipped`,
  );
}
console.log(` Test Files  ${files}`);
console.log(
  `      Tests  ${passed} passed | ${failed} failed | ${skipped} skipped (${passed + failed + skipped})`,
);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
