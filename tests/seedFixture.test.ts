import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importSeedFixture, seedFixturePath } from "./helpers/seedFixture";

describe("fixtures/thanh-xuan-70/seed-plan.json", () => {
  it("is what the importer makes of the Thanh Xuân plugin's shipped plan (regenerate: scripts/seed-fixture.ts)", async () => {
    const fresh = await importSeedFixture();
    expect(readFileSync(seedFixturePath, "utf8")).toBe(fresh);
  });

  it("holds the seed's two tables: 17 activities under sections 2-5, then the 9 rows of table 2", () => {
    const plan = JSON.parse(readFileSync(seedFixturePath, "utf8")) as {
      plugins: { id: string }[];
      activities: {
        id: string;
        code: string;
        table: number;
        isSection: boolean;
        wardAssignments: unknown[];
      }[];
    };
    expect(plan.plugins.map((p) => p.id)).toEqual(["thanh-xuan-70"]);
    const t1 = plan.activities.filter((a) => a.table === 0);
    expect(t1.filter((a) => !a.isSection)).toHaveLength(17);
    expect(t1.filter((a) => a.isSection).map((a) => a.code)).toEqual(["2", "3", "4", "5"]);
    expect(plan.activities.filter((a) => a.table === 1).map((a) => a.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => `t2-${i + 1}`),
    );
    expect(plan.activities.find((a) => a.code === "2.2")?.wardAssignments).toHaveLength(11);
  });
});
