import { readFileSync } from "node:fs";
import { createKehoach, createPlanEngine, type Plan } from "@kehoach/core";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import type { Report } from "../src/index";
import { buildProgressReport, type ProgressReportOptions } from "../src/index";

import { seedPlanPath, thanhXuanPlan, yearEventsPath } from "./fixtures/thanhXuanPlan";

// The seed plan (all rows of both tables) and the 56 lifecycle events of 2024, from the repository's fixtures/.
export { seedPlanPath, yearEventsPath };
/** The seed plan (every row of both tables). */
export const seedPlan: Plan = thanhXuanPlan;

/** The plugins the seed names (`plan.plugins`: thanh-xuan-70), as `exportPlan` takes them. */
export const seedKehoach = createKehoach({ plugins: [thanhXuan70] });

/** The engine, with the seed's plugin, with every event of the year applied (fails when one is rejected). */
export function yearEngine() {
  const engine = createPlanEngine(seedPlan, { plugins: seedKehoach.plugins });
  const events = readFileSync(yearEventsPath, "utf8")
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
