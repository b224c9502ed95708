// Regression guard for the import's speed work: the whole ImportResult (plan,
// diagnostics, row ledger, document metadata) of the seed and of a generated
// plan, in every format, equals the snapshot written from the code before it
// was optimised (test/fixtures/regression/*.snap, JSON). The snapshots pin current
// behaviour, not a reading of the documents: a change of output that is meant
// (a fix) updates them with `npx vitest run --project import -u` and says so
// in its commit.
import { PlanSchema } from "@kehoach/core";
import { describe, expect, it } from "vitest";
import { importPlan } from "../src/index";
import { importResultJson, regressionCases } from "./regressionCases";

describe("the import's output stays what it was (regression snapshots)", () => {
  it.each(regressionCases.map((test) => [test.name, test] as const))("%s", async (name, test) => {
    await expect(await importResultJson(test)).toMatchFileSnapshot(`./fixtures/regression/${name}.snap`);
  });
});

describe("the plan the builder makes without a second parse", () => {
  it("still passes PlanSchema unchanged, and no two activities share an object", async () => {
    const generated = regressionCases.find((test) => test.name === "generated.txt")!;
    const { plan } = await importPlan(await generated.input(), generated.options);
    if (plan === null) throw new Error("no plan");
    expect(PlanSchema.parse(plan)).toEqual(plan);
    // Cells that repeat a text ("Phòng Nội vụ", "Trong năm 2024") are resolved once, but each activity gets its own objects.
    const seen = new Set<object>();
    let shared = 0;
    let objects = 0;
    for (const activity of plan.activities) {
      const parts: object[] = [...activity.leads, ...activity.coordinators, ...activity.targets];
      if (activity.time.period !== null) parts.push(activity.time.period);
      for (const part of parts) {
        objects++;
        if (seen.has(part)) shared++;
        seen.add(part);
      }
    }
    expect(objects).toBeGreaterThan(plan.activities.length);
    expect(shared).toBe(0);
  });
});
