import { foldForSearch, wardCommitteeId } from "@kehoach/core";
import type { ActivityFilter } from "./ActivityFilter";
import type { ActivityRow } from "./ActivityRow";

/**
 * True when a row is active, peaking, due or completed in a month (YYYY-MM):
 * its period or peak overlaps the month, or its deadline in force or its
 * completion date falls in it.
 */
export function touchesMonth(row: ActivityRow, month: string): boolean {
  const first = `${month}-01`;
  const last = `${month}-31`;
  const overlaps = (start: string | null, end: string | null) => {
    const from = start ?? end;
    const to = end ?? start;
    return from !== null && to !== null && from <= last && to >= first;
  };
  return (
    overlaps(row.start, row.end) ||
    (row.peak !== null && overlaps(row.peak.start, row.peak.end)) ||
    row.deadline?.startsWith(month) === true ||
    row.completedOn?.startsWith(month) === true
  );
}

/** The words of a search text, folded like {@link ActivityRow.search}. */
export function searchWords(q: string | undefined): string[] {
  return q
    ? foldForSearch(q)
        .split(/\s+/)
        .filter((w) => w !== "")
    : [];
}

/**
 * Filters activity rows: status, class, lead, coordinator, ward (a ward part
 * or its People's Committee among the units), month, overdue, sections, and
 * accent-insensitive text (every word of `q` must occur). Pure: the server
 * and the UI filter with the same function.
 */
export function filterActivityRows(rows: readonly ActivityRow[], filter: ActivityFilter): ActivityRow[] {
  const words = searchWords(filter.q);
  const committee = filter.ward ? wardCommitteeId(filter.ward) : null;
  return rows.filter((row) => {
    if (filter.sections === "false" && row.isSection) return false;
    if (filter.status && filter.status.length > 0 && !filter.status.includes(row.status)) return false;
    if (filter.class && filter.class.length > 0 && (row.class === null || !filter.class.includes(row.class)))
      return false;
    if (filter.overdue === "true" && !row.overdue) return false;
    if (filter.overdue === "false" && row.overdue) return false;
    if (filter.lead && !row.leadIds.includes(filter.lead)) return false;
    if (filter.coordinator && !row.coordinatorIds.includes(filter.coordinator)) return false;
    if (filter.ward && committee) {
      const part = row.wards.includes(filter.ward);
      if (!part && !row.coordinatorIds.includes(committee) && !row.leadIds.includes(committee)) return false;
    }
    if (filter.month && !touchesMonth(row, filter.month)) return false;
    return words.every((w) => row.search.includes(w));
  });
}
