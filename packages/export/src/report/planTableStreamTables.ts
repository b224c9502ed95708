import type { Plan } from "@kehoach/core";
import type { XlsxStreamTable } from "../render/writeXlsxStream";
import { involvesUnit } from "./activityUnits";
import { planTableColumns, planTableRow, subtitleOf, tableTitleLines } from "./buildPlanTableReport";
import type { UnitNames } from "./formatUnitRefs";
import type { ReportRow } from "./Report";

/**
 * The plan's tables for {@link writeXlsxStream}, with rows made one at a time
 * from the activities (nothing is built ahead), for plans too large to hold
 * their whole report in memory. The plan is trusted: validate it first (the
 * CLI and `exportPlan` do). With `unit`, only the activities it leads or takes
 * part in (section rows are kept for their children).
 */
export function planTableStreamTables(
  plan: Plan,
  options: { unit?: string; unitNames?: UnitNames } = {},
): XlsxStreamTable[] {
  const names = options.unitNames ?? "source";
  const tables = plan.tables.length
    ? plan.tables
    : [{ index: 0, title: plan.title, attachedTo: plan.document, columns: [] }];
  return tables.map((table) => {
    const columns = planTableColumns(table);
    function* rows(): Generator<ReportRow> {
      for (const activity of plan.activities) {
        if (activity.table !== table.index) continue;
        if (options.unit && !activity.isSection && !involvesUnit(activity, options.unit)) continue;
        yield planTableRow(activity, columns, names);
      }
    }
    return {
      head: {
        id: `table-${table.index + 1}`,
        title: tableTitleLines(table.title),
        subtitle: subtitleOf(table),
        columns,
      },
      rows: rows(),
    };
  });
}
