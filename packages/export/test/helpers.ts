import type { Plan } from "@kehoach/core";
import { hasCommand } from "../../../tests/helpers/systemComponent";
import type { Report } from "../src/index";
import { buildPlanTableReport } from "../src/index";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";

/** The seed's plan table report (fails the test when it cannot be built). */
export function seedPlanReport(options: Parameters<typeof buildPlanTableReport>[1] = {}): Report {
  const { report, diagnostics } = buildPlanTableReport(thanhXuanPlan, options);
  if (!report) throw new Error(diagnostics.map((d) => d.en).join("; "));
  return report;
}

/**
 * The seed with row 2.1's title cut before its citations, as an importer that moves a cell's italic citations out
 * of the title would make it (the importer keeps them in the title, and then the report does not repeat them): the
 * report cites the row's documents as an italic note.
 */
export function seedWithCitationNote(): Plan {
  return {
    ...thanhXuanPlan,
    activities: thanhXuanPlan.activities.map((a) =>
      a.id === "t1-2.1" ? { ...a, title: a.title.slice(0, a.title.indexOf(" (1) Kế hoạch số 02")) } : a,
    ),
  };
}

/**
 * For tests that need a system component: true when it is there; otherwise
 * prints one line and returns false, except under CI=true where it throws.
 */
export function requireComponent(command: string, what: string): boolean {
  if (hasCommand(command)) return true;
  if (process.env.CI === "true") throw new Error(`${what} (${command}) is missing under CI`);
  console.log(`skipped: ${what} (${command}) is not installed`);
  return false;
}
