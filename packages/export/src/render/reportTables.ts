import type { Report, ReportTable } from "../report/Report";

/** Every table of a report, in document order. */
export function reportTables(report: Report): ReportTable[] {
  return report.parts.flatMap((part) => part.blocks.flatMap((b) => (b.type === "table" ? [b.table] : [])));
}
