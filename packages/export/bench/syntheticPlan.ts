import type { Activity, Plan } from "@kehoach/core";
import { thanhXuanPlan } from "../test/fixtures/thanhXuanPlan";

/**
 * A plan with `count` activities made from the seed's table-1 rows (sections
 * every 10 rows, the seed's texts, units and periods), for benchmarks.
 */
export function syntheticPlan(count: number): Plan {
  const items = thanhXuanPlan.activities.filter((a) => a.table === 0 && !a.isSection);
  const activities: Activity[] = [];
  let section = 0;
  let sectionId = "";
  for (let i = 0; activities.length < count; i++) {
    if (i % 10 === 0) {
      section++;
      sectionId = `t1-${section}`;
      activities.push({
        ...(items[0] as Activity),
        id: sectionId,
        code: String(section),
        parent: null,
        isSection: true,
        title: `Nhóm hoạt động ${section}`,
        leads: [],
        coordinators: [],
        time: { text: "", period: null },
        expected: {},
        targets: [],
        wardAssignments: [],
      });
      continue;
    }
    const base = items[i % items.length] as Activity;
    const code = `${section}.${i % 10}`;
    activities.push({ ...base, id: `t1-${code}`, code, parent: sectionId });
  }
  return { ...thanhXuanPlan, tables: thanhXuanPlan.tables.slice(0, 1), activities };
}
