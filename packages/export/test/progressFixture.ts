import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createPlanEngine, type Plan, PlanSchema } from "@kehoach/core";
import type { Report } from "../src/index";
import { buildProgressReport, type ProgressReportOptions } from "../src/index";

// The core's realistic year: the seed plan (all rows of both tables) and the 56 lifecycle events of 2024.
const fixtures = "../../core/test/fixtures/";
const read = (name: string) => readFileSync(fileURLToPath(new URL(fixtures + name, import.meta.url)), "utf8");

/** The seed plan as the core's fixture has it (every row of both tables). */
export const seedPlan: Plan = PlanSchema.parse(JSON.parse(read("thanh-xuan-plan.json")));

/** The path of the year's event log (JSON Lines), for CLI tests. */
export const yearEventsPath = fileURLToPath(new URL(`${fixtures}thanh-xuan-2024.jsonl`, import.meta.url));
/** The path of the seed plan JSON, for CLI tests. */
export const seedPlanPath = fileURLToPath(new URL(`${fixtures}thanh-xuan-plan.json`, import.meta.url));

/** The engine with every event of the year applied (fails when one is rejected). */
export function yearEngine() {
  const engine = createPlanEngine(seedPlan);
  const events = read("thanh-xuan-2024.jsonl")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as unknown);
  const replayed = engine.replay(events);
  if (replayed.rejected.length) throw new Error(`rejected events: ${JSON.stringify(replayed.rejected)}`);
  return engine;
}

/** The progress report of the seed as of a date (fails the test when it cannot be built). */
export function seedProgressReport(asOf: string, options: Omit<ProgressReportOptions, "asOf"> = {}): Report {
  const { report, diagnostics } = buildProgressReport(seedPlan, yearEngine().stateAt(asOf), {
    asOf,
    ...options,
  });
  if (!report) throw new Error(diagnostics.map((d) => d.en).join("; "));
  return report;
}
