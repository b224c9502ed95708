import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PlanSchema } from "../src/model/Plan";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";

describe("the seed plan fixture", () => {
  it("has the seed's 17 activities and 4 sections in table 1 and 9 rows in table 2", () => {
    const t1 = thanhXuanPlan.activities.filter((a) => a.table === 0);
    expect(t1.filter((a) => !a.isSection)).toHaveLength(17);
    expect(t1.filter((a) => a.isSection).map((a) => a.code)).toEqual(["2", "3", "4", "5"]);
    expect(thanhXuanPlan.activities.filter((a) => a.table === 1).map((a) => a.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => `t2-${i + 1}`),
    );
    expect(thanhXuanPlan.activities.find((a) => a.code === "2.2")!.wardAssignments).toHaveLength(11);
  });

  it("is the same plan as thanh-xuan-plan.json (which the CLI tests read)", () => {
    const path = fileURLToPath(new URL("./fixtures/thanh-xuan-plan.json", import.meta.url));
    const json = PlanSchema.parse(JSON.parse(readFileSync(path, "utf8")));
    expect(json).toEqual(thanhXuanPlan);
  });
});
