import type { Activity } from "../../model/Activity";
import { type ActivityStatusRow, meanOf, type SectionProgress } from "./PlanStatus";

/** The progress of each section: the mean of its children's progress (set on the section's row too). */
export function createSectionRollup() {
  const children = new Map<string, ActivityStatusRow[]>();
  const sections: ActivityStatusRow[] = [];
  return {
    add(activity: Activity, row: ActivityStatusRow): void {
      if (activity.parent !== null) {
        const list = children.get(activity.parent);
        if (list) list.push(row);
        else children.set(activity.parent, [row]);
      }
      if (row.isSection) sections.push(row);
    },
    /**
     * Sections in row order: a section's progress is the mean of its children's progress at that point
     * (children that are sections keep their own value until their turn comes).
     */
    result(): SectionProgress[] {
      return sections.map((r) => {
        let sum = 0;
        let count = 0;
        for (const c of children.get(r.id) ?? []) {
          if (c.progress === null) continue;
          sum += c.progress;
          count++;
        }
        r.progress = meanOf(sum, count);
        return { id: r.id, code: r.code, progress: r.progress };
      });
    },
  };
}
