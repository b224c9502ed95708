import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plan } from "@kehoach/core";
import { importPlan } from "@kehoach/import";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlanTableReport, renderDocx, renderXlsx } from "../src/index";

// import → export → import of the seed (the first real input) through .docx and .xlsx. The seed only:
// the importer is being made faster concurrently, and this test is about what the files say.
const seedText = readFileSync(
  // The Thanh Xuân plugin's shipped copy of the seed (the seed; nothing outside the repository is read).
  fileURLToPath(
    new URL("../../plugin-thanh-xuan-70/plans/ke-hoach-70-nam-giai-phong-thu-do.txt", import.meta.url),
  ),
  "utf8",
);
const options = { plugins: [thanhXuan70], year: 2024 };

/** What a plan says, activity by activity: what the round trip must keep. */
function content(plan: Plan) {
  return {
    title: plan.title,
    tables: plan.tables.map((t) => ({
      title: t.title.toLocaleLowerCase("vi"),
      attachedTo: t.attachedTo?.text ?? null,
      columns: t.columns.map((c) => c.role),
    })),
    activities: plan.activities.map((a) => ({
      table: a.table,
      code: a.code,
      parent: a.parent,
      title: a.title,
      leads: a.leads.map((r) => ({
        unit: r.unitId,
        source: r.source,
        requested: r.requested,
        number: r.number,
      })),
      coordinators: a.coordinators.map((r) => ({ unit: r.unitId, members: r.members })),
      time: a.time.text,
      period: a.time.period && [
        a.time.period.kind,
        a.time.period.start,
        a.time.period.end,
        a.time.period.deadline,
      ],
      expected: Object.fromEntries(
        (["district", "ward", "city"] as const).map((level) => [
          level,
          a.expected[level]?.items.map((i) => i.text),
        ]),
      ),
      targets: a.targets.map((t) => `${t.quantity} ${t.noun}`),
      wardAssignments: a.wardAssignments.map((w) => `${w.ward} ${w.text}`),
    })),
  };
}

let original: Plan;
beforeAll(async () => {
  const result = await importPlan({ data: seedText, fileName: "seed.txt" }, options);
  if (!result.plan) throw new Error(result.diagnostics.map((d) => d.en).join("; "));
  original = result.plan;
});

describe.each([
  ["docx", renderDocx],
  ["xlsx", renderXlsx],
] as const)("the seed through .%s and back", (format, render) => {
  it("gives the same plan: codes, titles, leads, coordinators, times, expected items", async () => {
    const built = buildPlanTableReport(original, { letterhead: false });
    if (!built.report) throw new Error("no report");
    const again = await importPlan({ data: await render(built.report), fileName: `seed.${format}` }, options);
    expect(again.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    if (!again.plan) throw new Error("no plan");
    expect(again.plan.activities).toHaveLength(original.activities.length);
    expect(content(again.plan)).toEqual(content(original));
  });
});
