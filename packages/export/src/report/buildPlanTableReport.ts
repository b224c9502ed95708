import { type Activity, type Diagnostic, type Plan, PlanSchema, type PlanTable } from "@kehoach/core";
import { z } from "zod";
import { exportDiagnostic } from "../exportDiagnosticCodes";
import { coordinatorIds, involvesUnit, leadIds } from "./activityUnits";
import { formatUnitRefs, type UnitNames } from "./formatUnitRefs";
import { issuerLines } from "./issuerLines";
import type { Report, ReportColumn, ReportPart, ReportRow, ReportTable } from "./Report";
import { validationDiagnostics } from "./validationDiagnostics";

/** Options of {@link buildPlanTableReport}. */
export const PlanTableReportOptionsSchema = z.object({
  /** Keep only the activities this unit leads or takes part in (unit id, ward committees included). */
  unit: z.string().min(1).optional(),
  /** Unit cells as written in the document (default) or with canonical names. */
  unitNames: z.enum(["source", "canonical"]).default("source"),
  /** Put the Decree 30 letterhead (issuer, national motto) above the first table (default true). */
  letterhead: z.boolean().default(true),
});
/** What {@link PlanTableReportOptionsSchema} accepts (before defaults are filled in): options of {@link buildPlanTableReport}. */
export type PlanTableReportOptions = z.input<typeof PlanTableReportOptionsSchema>;

/** A report, or null when the input was unusable, with what was found on the way. */
export interface ReportResult {
  report: Report | null;
  diagnostics: Diagnostic[];
}

const GROUP_EXPECTED = "Dự kiến kết quả";

const widths: Record<string, number> = {
  code: 5,
  title: 34,
  leads: 15,
  coordinators: 15,
  time: 13,
  "expected.district": 22,
  "expected.ward": 22,
  "expected.city": 22,
};

/** The report columns of a plan table, from its column roles (the seed's columns when it has none). */
export function planTableColumns(table: PlanTable): ReportColumn[] {
  const roles = table.columns.length
    ? table.columns
    : [
        { role: "code" as const, label: "TT" },
        { role: "title" as const, label: "Nội dung" },
        { role: "leads" as const, label: "Đơn vị chủ trì" },
        { role: "coordinators" as const, label: "Đơn vị phối hợp thực hiện" },
        { role: "time" as const, label: "Thời gian" },
      ];
  const seen = new Set<string>();
  return roles.map((c, i) => {
    const grouped = c.role.startsWith("expected.");
    let key: string = c.role === "notes" || c.role === "other" ? `extra:${c.label}` : c.role;
    if (seen.has(key)) key = `${key}#${i}`;
    seen.add(key);
    // Importers flatten the two header rows ("Dự kiến kết quả - Cấp quận"): the group goes back on top.
    const label = grouped ? c.label.replace(/^dự kiến kết quả\s*[-–—:]\s*/iu, "") || c.label : c.label;
    return {
      key,
      label,
      group: grouped ? GROUP_EXPECTED : null,
      width: widths[c.role] ?? 14,
      align: c.role === "code" ? ("center" as const) : ("left" as const),
    };
  });
}

/** A table title on its lines: "BIỂU TỔNG HỢP" (or "PHỤ LỤC …") apart from the rest. */
export function splitTitle(title: string): string[] {
  const match = /^(BIỂU TỔNG HỢP|PHỤ LỤC(?:\s+[IVXLC\d]+)?)\s+(.+)$/iu.exec(title.trim());
  if (!match) return title.trim() ? [title.trim()] : [];
  return [match[1] as string, match[2] as string];
}

/** A table's title lines in capitals, as plan tables are printed (importers bring them back to sentence case). */
export function tableTitleLines(title: string): string[] {
  return splitTitle(title).map((line) => line.toLocaleUpperCase("vi"));
}

/** The "(Kèm theo …)" line of a table, or null. */
export function subtitleOf(table: PlanTable): string | null {
  const text = table.attachedTo?.text.normalize("NFC").trim();
  if (!text) return null;
  const inner = text.replace(/^\((.*)\)$/su, "$1").trim();
  const attached = /^kèm theo(?![\p{L}\p{N}])/iu.test(inner) ? inner : `Kèm theo ${inner}`;
  return `(${attached})`;
}

function expectedText(activity: Activity, level: "district" | "ward" | "city"): string {
  const result = activity.expected[level];
  if (!result) return "";
  if (result.items.length <= 1) return result.text;
  return result.items.map((item) => (item.marker ? `${item.marker} ${item.text}` : item.text)).join("\n");
}

// Vietnamese has no locale-specific case mappings: the plain (much faster) toLowerCase is exact.
const squash = (text: string) => text.normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase();

/** The report row of one activity. */
export function planTableRow(
  activity: Activity,
  columns: readonly ReportColumn[],
  names: UnitNames,
): ReportRow {
  const period = activity.time.period;
  const isHeading =
    activity.isSection &&
    activity.leads.length === 0 &&
    activity.time.text.trim() === "" &&
    !activity.expected.district;
  const cells: ReportRow["cells"] = {};
  for (const column of columns) {
    const key = column.key;
    let text = "";
    let emphasis: { start: number; end: number }[] = [];
    let note: string | null = null;
    if (key === "code") text = activity.code;
    else if (key === "title") {
      text = activity.title;
      emphasis = activity.emphasis;
      if (activity.references.length > 0) {
        // References the title already carries (importers keep the cell's italic text) are not repeated.
        const inTitle = squash(activity.title);
        const cited = activity.references.filter((r) => !inTitle.includes(squash(r.text)));
        note = cited.length ? cited.map((r) => r.text).join("; ") : null;
      }
    } else if (key === "leads") text = formatUnitRefs(activity.leads, names);
    else if (key === "coordinators") text = formatUnitRefs(activity.coordinators, names);
    else if (key === "time") text = activity.time.text;
    else if (key.startsWith("expected."))
      text = expectedText(activity, key.slice(9) as "district" | "ward" | "city");
    else if (key.startsWith("extra:")) text = activity.extra[key.slice(6).replace(/#\d+$/, "")] ?? "";
    cells[key] = { text, emphasis, note };
  }
  return {
    kind: isHeading ? "section" : "item",
    cells,
    status: null,
    activity: {
      id: activity.id,
      code: activity.code,
      title: activity.title,
      leads: leadIds(activity),
      coordinators: coordinatorIds(activity),
      start: period?.start ?? null,
      end: period?.end ?? null,
      deadline: period?.deadline ?? null,
      timeText: activity.time.text,
    },
  };
}

/** Whether a unit id occurs in the plan (registry, leads, coordinators or group members). */
export function knownUnit(plan: Plan, unitId: string): boolean {
  if (plan.units.some((u) => u.id === unitId)) return true;
  return plan.activities.some(
    (a) =>
      a.leads.some((r) => r.unitId === unitId || r.members.includes(unitId)) ||
      a.coordinators.some((r) => r.unitId === unitId || r.members.includes(unitId)),
  );
}

/** The activities a unit's report keeps: those it leads or coordinates, and their ancestors. */
function activitiesOfUnit(activities: readonly Activity[], unit: string): Activity[] {
  const involved = new Set(activities.filter((a) => involvesUnit(a, unit)).map((a) => a.id));
  const ancestors = new Set<string>();
  const byId = new Map(activities.map((a) => [a.id, a]));
  for (const id of involved) {
    let parent = byId.get(id)?.parent ?? null;
    while (parent && !ancestors.has(parent)) {
      ancestors.add(parent);
      parent = byId.get(parent)?.parent ?? null;
    }
  }
  return activities.filter((a) => involved.has(a.id) || ancestors.has(a.id));
}

/** One landscape part per plan table with rows (a table with none of the unit's activities is left out). */
function planTableParts(
  plan: Plan,
  tables: readonly PlanTable[],
  unit: string | undefined,
  unitNames: UnitNames,
): ReportPart[] {
  const parts: ReportPart[] = [];
  for (const table of tables) {
    const columns = planTableColumns(table);
    const activities = plan.activities.filter((a) => a.table === table.index);
    const kept = unit ? activitiesOfUnit(activities, unit) : activities;
    if (unit && kept.length === 0) continue;
    const reportTable: ReportTable = {
      id: `table-${table.index + 1}`,
      title: tableTitleLines(table.title),
      subtitle: subtitleOf(table),
      columns,
      rows: kept.map((a) => planTableRow(a, columns, unitNames)),
    };
    parts.push({ orientation: "landscape", blocks: [{ type: "table", table: reportTable }] });
  }
  return parts;
}

/** The part of a report with no table: one centred italic line saying there is nothing to list. */
function emptyPart(unit: string | undefined): ReportPart {
  return {
    orientation: "landscape",
    blocks: [
      {
        type: "paragraph",
        text: unit ? `Không có hoạt động nào của đơn vị ${unit}.` : "Kế hoạch chưa có hoạt động nào.",
        italic: true,
        bold: false,
        align: "center",
        placeholder: false,
      },
    ],
  };
}

/**
 * Rebuilds the plan's summary tables ("Biểu tổng hợp") as a format-neutral
 * report: one landscape part per table, with its title lines, the
 * "(Kèm theo …)" line, the TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp
 * thực hiện | Thời gian | Dự kiến kết quả (Cấp quận | Cấp phường) columns and
 * the section rows across the full width. Never throws: an invalid plan or
 * options give `report: null` and error diagnostics.
 */
export function buildPlanTableReport(plan: unknown, options: PlanTableReportOptions = {}): ReportResult {
  const parsedOptions = PlanTableReportOptionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    return {
      report: null,
      diagnostics: validationDiagnostics(parsedOptions.error, { vi: "Tùy chọn", en: "options" }),
    };
  }
  const parsed = PlanSchema.safeParse(plan);
  if (!parsed.success) {
    return { report: null, diagnostics: validationDiagnostics(parsed.error, { vi: "Kế hoạch", en: "plan" }) };
  }
  const { unit, unitNames, letterhead } = parsedOptions.data;
  const data = parsed.data;
  if (unit && !knownUnit(data, unit)) {
    const vi = `Đơn vị "${unit}" không có trong kế hoạch`;
    const en = `unit "${unit}" does not occur in the plan`;
    return {
      report: null,
      diagnostics: [exportDiagnostic("export.unknown-unit", "error", { vi, en }, { path: ["unit"] })],
    };
  }
  const tables = data.tables.length
    ? data.tables
    : [{ index: 0, title: data.title, attachedTo: data.document, columns: [] }];
  const parts = planTableParts(data, tables, unit, unitNames);
  const rowCount = parts.reduce(
    (n, p) => n + p.blocks.reduce((m, b) => m + (b.type === "table" ? b.table.rows.length : 0), 0),
    0,
  );
  if (parts.length === 0) parts.push(emptyPart(unit));
  const diagnostics: Diagnostic[] = [];
  if (rowCount === 0) {
    diagnostics.push(
      exportDiagnostic("export.empty-report", "warning", {
        vi: "Báo cáo không có dòng nào",
        en: "the report has no rows",
      }),
    );
  }
  return {
    report: {
      kind: "plan",
      title: tables[0]?.title || data.title,
      planId: data.id,
      asOf: null,
      letterhead: letterhead
        ? { superior: null, issuer: issuerLines(data.issuer.name), number: null, place: null, date: null }
        : null,
      parts,
      closing: null,
    },
    diagnostics,
  };
}
