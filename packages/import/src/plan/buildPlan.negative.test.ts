import { describe, expect, it } from "vitest";
import { seedText } from "../../test/seed";
import { importPlan } from "../importPlan";

describe("a resolver that is not available", () => {
  it("leaves its fields empty and says so once, with import.resolver-failed", async () => {
    const { plan, diagnostics } = await importPlan(
      { data: seedText },
      { tools: { parsePeriod: null, findTargets: null } },
    );
    const notes = diagnostics.filter((d) => d.code === "import.resolver-failed");
    expect(notes.map((d) => [d.severity, d.en.split(" ")[1]])).toEqual([
      ["info", "parsePeriod"],
      ["info", "findTargets"],
    ]);
    expect(plan?.activities.every((activity) => activity.time.period === null)).toBe(true);
    expect(plan?.activities.every((activity) => activity.targets.length === 0)).toBe(true);
    expect(plan?.activities.find((activity) => activity.code === "2.1")?.references).toHaveLength(5);
  });
});
