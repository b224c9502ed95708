// Run alone in a child process by export.bench.ts: streams a plan table of N activities to .xlsx
// through our exporter and prints the process's peak resident memory (maxRSS, in kB) as JSON.
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { planTableStreamTables, writeXlsxStream } from "../src/index";
import { syntheticPlan } from "./syntheticPlan";

const count = Number(process.argv[2] ?? 100_000);
const work = mkdtempSync(join(tmpdir(), "kehoach-xlsx-child-"));
const plan = syntheticPlan(count);
const out = createWriteStream(join(work, "plan.xlsx"));
const rows = await writeXlsxStream(planTableStreamTables(plan), out);
await finished(out);
rmSync(work, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ rows, maxRssKb: process.resourceUsage().maxRSS })}\n`);
