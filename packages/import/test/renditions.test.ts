import type { Activity, Plan } from "@kehoach/core";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { beforeAll, describe, expect, it } from "vitest";
import { type ImportResult, importPlan, readDocx, readXlsx } from "../src/index";
import { seedText } from "./seed";
import { seedDocx, seedTables, seedXlsx } from "./seedRenditions";

/** The fields a plan must have whatever the format; only `source` locations differ. */
function comparable(activity: Activity) {
  const { source: _source, ...rest } = activity;
  return rest;
}

function planFields(plan: Plan) {
  return {
    id: plan.id,
    title: plan.title,
    issuer: plan.issuer,
    document: plan.document,
    anniversary: plan.anniversary,
    year: plan.year,
    tables: plan.tables,
    units: plan.units,
    wards: plan.wards,
  };
}

/**
 * Diagnostic codes with their counts (their locations differ by format).
 * "import.row-continued" notes the text's page-break continuation rows, which
 * the renditions hold as one row each (as Word and Excel do): left out.
 */
function codeCounts(result: ImportResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of result.diagnostics) {
    if (d.code !== "import.row-continued") counts[d.code] = (counts[d.code] ?? 0) + 1;
  }
  return counts;
}

let fromText: ImportResult;
let textPlan: Plan;
let docxBytes: Uint8Array;
let xlsxBytes: Uint8Array;

beforeAll(async () => {
  fromText = await importPlan({ data: seedText, fileName: "seed.txt" }, { plugins: [thanhXuan70] });
  if (fromText.plan === null) throw new Error("the seed text gave no plan");
  textPlan = fromText.plan;
  [docxBytes, xlsxBytes] = await Promise.all([seedDocx(), seedXlsx()]);
});

describe("the seed's renditions (built by the test)", () => {
  it("the rendition reader sees 17 + 4 rows in table 1 and 9 in table 2, one row per activity", () => {
    const [table1, table2] = seedTables();
    expect(table1?.rows).toHaveLength(21);
    expect(table2?.rows).toHaveLength(9);
  });

  it("the .docx has real merges: gridSpan on the header, vMerge on table 2's lead and time cells", async () => {
    const doc = readDocx(docxBytes, { fileName: "seed.docx" });
    expect(doc.diagnostics).toEqual([]);
    const rows = doc.blocks.filter((block) => block.kind === "row");
    const header = rows[0];
    expect(header?.kind === "row" && header.cells.map((cell) => cell.merge)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      "horizontal",
    ]);
    expect(header?.kind === "row" && header.headerHint).toBe(true);
    const sub = rows[1];
    expect(sub?.kind === "row" && sub.cells.slice(0, 5).every((cell) => cell.merge === "vertical")).toBe(
      true,
    );
    // Table 2 item 2: lead and time covered by item 1's merged cells.
    const table2Item2 = rows.find(
      (row) => row.kind === "row" && row.cells[0]?.rich.segments.map((s) => s.text).join("") === "2.",
    );
    expect(table2Item2?.kind === "row" && table2Item2.cells.map((cell) => cell.merge)).toEqual([
      null,
      null,
      "vertical",
      null,
      "vertical",
    ]);
  });

  it("the .xlsx has real merged ranges and rich text", async () => {
    const doc = await readXlsx(xlsxBytes, { fileName: "seed.xlsx" });
    expect(doc.diagnostics).toEqual([]);
    const sheet2 = doc.blocks.filter((block) => block.kind === "row" && block.group === "Biểu 2");
    const item3 = sheet2.find(
      (row) => row.kind === "row" && row.cells[0]?.rich.segments.map((s) => s.text).join("") === "3.",
    );
    expect(item3?.kind === "row" && item3.cells[2]?.merge).toBe("vertical");
    expect(item3?.kind === "row" && item3.cells[4]?.merge).toBe("vertical");
    const sheet1 = doc.blocks.filter((block) => block.kind === "row" && block.group === "Biểu 1");
    const boldTitle = sheet1[0];
    expect(boldTitle?.kind === "row" && boldTitle.cells[0]?.rich.segments[0]?.bold).toBe(true);
  });
});

describe.each([
  ["docx", "seed.docx", () => docxBytes],
  ["xlsx", "seed.xlsx", () => xlsxBytes],
  ["xlsx (one sheet)", "seed-one-sheet.xlsx", null],
] as const)("the plan from the %s rendition", (_label, fileName, bytesOf) => {
  let result: ImportResult;
  let plan: Plan;
  beforeAll(async () => {
    const data = bytesOf === null ? await seedXlsx(true) : bytesOf();
    result = await importPlan({ data, fileName }, { plugins: [thanhXuan70] });
    if (result.plan === null) throw new Error(`no plan from ${fileName}`);
    plan = result.plan;
  });

  it("has the same metadata, tables, units and wards as the plan from the text", () => {
    expect(planFields(plan)).toEqual(planFields(textPlan));
  });

  it("has the same activities, field by field (only source locations differ)", () => {
    expect(plan.activities.map((activity) => activity.id)).toEqual(textPlan.activities.map((a) => a.id));
    plan.activities.forEach((activity, i) => {
      const expected = textPlan.activities[i];
      expect(expected).toBeDefined();
      if (expected === undefined) return;
      for (const field of [
        "code",
        "parent",
        "isSection",
        "title",
        "emphasis",
        "references",
        "leads",
        "coordinators",
        "time",
        "expected",
        "targets",
        "wardAssignments",
      ] as const) {
        expect({ id: activity.id, field, value: activity[field] }).toEqual({
          id: expected.id,
          field,
          value: expected[field],
        });
      }
      expect(comparable(activity)).toEqual(comparable(expected));
      expect(activity.source?.file).toBe(fileName);
    });
  });

  it("reports the same findings (gap 5.4, the inherited cells of table 2, unresolved leads)", () => {
    expect(codeCounts(result)).toEqual(codeCounts(fromText));
    const inherited = result.diagnostics.filter((d) => d.code === "import.inherited");
    expect(inherited).toHaveLength(16);
    expect(inherited.every((d) => d.en.includes("inherited from 1."))).toBe(true);
  });

  it("accounts for every non-blank row and paragraph in its ledger, once", async () => {
    const data = bytesOf === null ? await seedXlsx(true) : bytesOf();
    const doc = fileName.endsWith(".docx")
      ? readDocx(data, { fileName })
      : await readXlsx(data, { fileName });
    const nonBlank = doc.blocks.filter((block) =>
      block.kind === "paragraph"
        ? block.rich.segments.some((segment) => segment.text.trim() !== "")
        : block.cells.some(
            (cell) => cell.merge === null && cell.rich.segments.some((s) => s.text.trim() !== ""),
          ),
    );
    const key = (line: number, sheet: string | undefined) => `${sheet ?? ""}:${line}`;
    expect(result.ledger.map((entry) => key(entry.line, entry.location.sheet)).sort()).toEqual(
      nonBlank.map((block) => key(block.line, block.location.sheet)).sort(),
    );
    expect(result.ledger.filter((entry) => entry.kind === "title").length).toBeGreaterThanOrEqual(6);
    expect(result.ledger.filter((entry) => entry.kind === "activity")).toHaveLength(plan.activities.length);
    expect(result.ledger.filter((entry) => entry.kind === "diagnostic")).toEqual([]);
  });
});
