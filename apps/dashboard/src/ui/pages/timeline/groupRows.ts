import type { ActivityRow } from "../../api/types";

/** How the Gantt groups its rows. */
export type GroupBy = "none" | "section" | "lead";

/** A group of Gantt rows, with its heading (null: no heading). */
export interface RowGroup {
  key: string;
  label: string | null;
  rows: ActivityRow[];
}

/**
 * The leaf activities grouped by their section, or by their first lead, in
 * the order they first appear. `tableTitle` names a table without sections.
 */
export function groupRows(
  rows: readonly ActivityRow[],
  groupBy: GroupBy,
  tableTitle: (table: number) => string,
): RowGroup[] {
  const leaves = rows.filter((r) => !r.isSection);
  if (groupBy === "none") return [{ key: "all", label: null, rows: leaves }];
  const groups = new Map<string, RowGroup>();
  const groupOf = (key: string, label: string) => {
    let g = groups.get(key);
    if (!g) {
      g = { key, label, rows: [] };
      groups.set(key, g);
    }
    return g;
  };
  const byId = new Map(rows.map((r) => [r.id, r]));
  const withSections = new Set(rows.filter((r) => r.isSection).map((r) => r.table));
  for (const r of leaves) {
    if (groupBy === "lead") {
      const lead = r.leads[0];
      groupOf(lead?.id ?? lead?.name ?? "—", lead?.name ?? "—").rows.push(r);
      continue;
    }
    const parent = r.parent ? byId.get(r.parent) : undefined;
    if (parent) groupOf(parent.id, `${parent.code} ${parent.title}`).rows.push(r);
    // A top-level activity of a table with sections is its own group ("1"); a table without
    // sections (table 2) is one group, named by its title.
    else if (withSections.has(r.table)) groupOf(r.id, `${r.code} ${r.title}`).rows.push(r);
    else groupOf(`table-${r.table}`, tableTitle(r.table)).rows.push(r);
  }
  return [...groups.values()];
}
