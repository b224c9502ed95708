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

/**
 * The whole plan as a person reads it (ids, codes, parents, titles, leads and coordinators as written and
 * resolved, time cells and their periods, expected results, targets, ward parts, extra columns, units, wards,
 * anniversary, year): everything but where each part stood in its file and the import's own diagnostics,
 * with what an export cannot carry set apart (each named here, with the reason):
 * - emphasis: the exports draw a section row's title in bold and keep a cell's inline bold only in .docx;
 * - an expected result's whole text: the exports write its items, one per line (the items are compared);
 * - a table's title is compared without case: the exports write captions in capitals, and the import
 *   recovers the case from the document's own words;
 * - a column's label: a two-line header is written flattened ("Dự kiến kết quả - Cấp quận"; its role is compared);
 * - the issuer's text as written: the seed names it in its "(Kèm theo … của UBND quận Thanh Xuân)" line, the
 *   exports' Decree 30 letterhead in full ("ỦY BAN NHÂN DÂN QUẬN THANH XUÂN"; the unit it resolves to is compared);
 * - .csv holds the tables alone: no issuer, document or "(Kèm theo …)" line to read back.
 */
function content(plan: Plan, format: string) {
  const { diagnostics: _diagnostics, ...whole } = plan;
  const tablesOnly = format === "csv";
  return {
    ...whole,
    issuer: tablesOnly ? null : { ...whole.issuer, source: null },
    document: tablesOnly ? null : whole.document,
    tables: plan.tables.map((table) => ({
      ...table,
      title: table.title.toLocaleLowerCase("vi"),
      attachedTo: tablesOnly ? null : table.attachedTo,
      columns: table.columns.map((column) => column.role),
    })),
    activities: plan.activities.map(({ source: _source, emphasis: _emphasis, ...activity }) => ({
      ...activity,
      expected: Object.fromEntries(
        Object.entries(activity.expected).map(([level, result]) => [level, result?.items]),
      ),
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
    timeout: 600_000,
  }, async () => {
    const exported = await exportPlan(seed, { format });
    if (!exported.ok) throw new Error(exported.diagnostics.map((d) => d.en).join("; "));
    const again = await importPlan({ data: exported.data, fileName: `ke-hoach.${format}` }, options);
    expect(again.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(again.plan).not.toBeNull();
    const plan = again.plan!;
    expect(plan.tables).toHaveLength(seed.tables.length);
    expect(plan.activities).toHaveLength(seed.activities.length);
    expect(content(plan, format)).toEqual(content(seed, format));
    // What a person sees first: the same id, title and year, and (where the file carries them: the .docx and
    // .md letterhead, the .xlsx caption's "(Kèm theo …)" line) the same issuer and document.
    expect([plan.id, plan.title, plan.year]).toEqual([seed.id, seed.title, seed.year]);
    if (format !== "csv") expect(plan.document).toEqual(seed.document);
    expect(plan.activities.some((activity) => /ỦY BAN NHÂN DÂN|CỘNG HÒA/u.test(activity.title))).toBe(false);
  });
});
