import type { Plan, PlanStatus } from "@kehoach/core";

/** One line of "Tiến độ theo nhóm hoạt động": a section, a lone top-level activity, or a whole table without sections. */
export interface ProgressGroup {
  /** The row's id, or `table-<n>` for a table without sections. */
  id: string;
  code: string;
  title: string;
  /** Activities (not sections) the group holds. */
  activities: number;
  progress: number | null;
}

const mean = (values: readonly (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10;
};

/**
 * Every activity of the plan in exactly one group, in plan order: each
 * top-level row of a table that has sections (a section with the
 * activities under it, or a top-level activity alone, like Thanh Xuân's
 * "1"), and each table without sections as one group named by its title
 * (table 2: "Các hoạt động do Thành phố tổ chức …").
 */
export function progressGroups(plan: Plan, status: PlanStatus): ProgressGroup[] {
  const rows = new Map(status.activities.map((r) => [r.id, r]));
  const byId = new Map(plan.activities.map((a) => [a.id, a]));
  const tablesWithSections = new Set(plan.activities.filter((a) => a.isSection).map((a) => a.table));
  const groups = new Map<string, ProgressGroup & { values: (number | null)[] }>();
  const topOf = (id: string): string => {
    let a = byId.get(id);
    while (a?.parent && byId.has(a.parent)) a = byId.get(a.parent);
    return a?.id ?? id;
  };
  for (const a of plan.activities) {
    const key = tablesWithSections.has(a.table) ? topOf(a.id) : `table-${a.table}`;
    let g = groups.get(key);
    if (!g) {
      const top = byId.get(key);
      const table = plan.tables.find((t) => t.index === a.table);
      g = top
        ? { id: key, code: top.code, title: top.title, activities: 0, progress: null, values: [] }
        : {
            id: key,
            code: `B${a.table + 1}`,
            title: table?.title ?? "",
            activities: 0,
            progress: null,
            values: [],
          };
      groups.set(key, g);
    }
    if (a.isSection) continue;
    g.activities++;
    g.values.push(rows.get(a.id)?.progress ?? null);
  }
  return [...groups.values()]
    .filter((g) => g.activities > 0)
    .map(({ values, ...g }) => ({ ...g, progress: mean(values) }));
}
