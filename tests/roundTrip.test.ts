import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plan } from "@kehoach/core";
import { exportPlan } from "@kehoach/export";
import { importPlan } from "@kehoach/import";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { beforeAll, describe, expect, it } from "vitest";

// Issue 13: "our .docx, .xlsx, .csv and .md exports of the seed re-import to the same plan", tables kept
// apart. The seed (the Thanh Xuân plugin's shipped copy) is imported, exported by @kehoach/export as a
// user would (`kehoach export --format …`: the plan table with its Decree 30 letterhead), and the file is
// imported again. Here, not in a package: import never depends on export (data flows one way).
const seedText = readFileSync(
  fileURLToPath(
    new URL("../packages/plugin-thanh-xuan-70/plans/ke-hoach-70-nam-giai-phong-thu-do.txt", import.meta.url),
  ),
  "utf8",
);
const options = { plugins: [thanhXuan70] };

/** What a plan says, table by table and activity by activity: what a round trip must keep. */
function content(plan: Plan) {
  return {
    tables: plan.tables.map((table) => ({
      index: table.index,
      title: table.title.toLocaleLowerCase("vi"),
      columns: table.columns.map((column) => column.role),
    })),
    activities: plan.activities.map((activity) => ({
      id: activity.id,
      table: activity.table,
      code: activity.code,
      parent: activity.parent,
      title: activity.title,
      leads: activity.leads.map((ref) => [ref.unitId, ref.source, ref.requested, ref.number]),
      coordinators: activity.coordinators.map((ref) => [ref.unitId, ref.source, ref.members]),
      time: activity.time.text,
      period: activity.time.period && [
        activity.time.period.kind,
        activity.time.period.start,
        activity.time.period.end,
        activity.time.period.deadline,
      ],
      expected: (["district", "ward", "city"] as const).map((level) =>
        activity.expected[level]?.items.map((item) => item.text),
      ),
      targets: activity.targets.map((target) => `${target.quantity} ${target.noun}`),
      wardAssignments: activity.wardAssignments.map((part) => `${part.ward} ${part.text}`),
    })),
  };
}

let seed: Plan;
beforeAll(async () => {
  const result = await importPlan({ data: seedText, fileName: "ke-hoach.txt" }, options);
  if (result.plan === null) throw new Error(result.diagnostics.map((d) => d.en).join("; "));
  seed = result.plan;
});

describe.each(["docx", "xlsx", "csv", "md"])("the seed exported as .%s", (format) => {
  it("re-imports to the same plan: its tables apart, every activity as it was", {
    timeout: 120_000,
  }, async () => {
    const exported = await exportPlan(seed, { format });
    if (!exported.ok) throw new Error(exported.diagnostics.map((d) => d.en).join("; "));
    const again = await importPlan({ data: exported.data, fileName: `ke-hoach.${format}` }, options);
    expect(again.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(again.plan).not.toBeNull();
    const plan = again.plan!;
    expect(plan.tables).toHaveLength(seed.tables.length);
    expect(plan.activities).toHaveLength(seed.activities.length);
    expect(content(plan)).toEqual(content(seed));
    // The plan itself: the same id, title and year; no letterhead line became an activity.
    expect([plan.id, plan.title, plan.year]).toEqual([seed.id, seed.title, seed.year]);
    // The issuer and the plan's document reference, where the file carries them: the .docx and .md
    // letterhead, the .xlsx caption's "(Kèm theo …)" line. A .csv holds the tables alone.
    if (format !== "csv") {
      expect(plan.issuer.unitId).toBe(seed.issuer.unitId);
      expect([plan.document.kind, plan.document.symbol, plan.document.month]).toEqual([
        seed.document.kind,
        seed.document.symbol,
        seed.document.month,
      ]);
    }
    expect(plan.activities.some((activity) => /ỦY BAN NHÂN DÂN|CỘNG HÒA/u.test(activity.title))).toBe(false);
  });
});
