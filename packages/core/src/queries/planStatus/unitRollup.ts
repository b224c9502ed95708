import type { Unit, UnitRef } from "../../model/Unit";
import type { ActivityClass } from "../classifyActivity";
import { emptyClasses } from "./classRollup";
import { type ActivityStatusRow, meanOf, type UnitRollup } from "./PlanStatus";

/** A unit's running rollup: counts and the progress sum, in row order. */
interface UnitTally {
  name: string;
  activities: number;
  classes: Record<ActivityClass, number>;
  progressSum: number;
  progressCount: number;
  /** Index of the last row counted, so a row counts once per unit. */
  lastRow: number;
}

/**
 * The rollup by unit of one column (leads or coordinators): each unit a row names, a group by its members,
 * counted once per row, in the order units first appear.
 */
export function createUnitRollup(units: readonly Unit[]) {
  const unitNames = new Map<string, string>();
  for (const u of units) unitNames.set(u.id, u.name);
  const tallies = new Map<string, UnitTally>();
  const tally = (unit: string, name: string, row: ActivityStatusRow, index: number) => {
    let t = tallies.get(unit);
    if (t === undefined) {
      t = {
        name: unitNames.get(unit) ?? name,
        activities: 0,
        classes: emptyClasses(),
        progressSum: 0,
        progressCount: 0,
        lastRow: -1,
      };
      tallies.set(unit, t);
    } else if (t.lastRow === index) return;
    t.lastRow = index;
    t.activities++;
    if (row.class) t.classes[row.class]++;
    if (row.progress !== null) {
      t.progressSum += row.progress;
      t.progressCount++;
    }
  };
  return {
    add(refs: readonly UnitRef[], row: ActivityStatusRow, index: number): void {
      for (const ref of refs) {
        if (ref.scope === "group" && ref.members.length > 0) {
          for (const m of ref.members) tally(m, m, row, index);
        } else tally(ref.unitId ?? ref.name, ref.name, row, index);
      }
    },
    /** How many activities name the unit (0 when none). */
    activitiesOf(unit: string): number {
      return tallies.get(unit)?.activities ?? 0;
    },
    result(): UnitRollup[] {
      const out: UnitRollup[] = [];
      for (const [unit, t] of tallies) {
        out.push({
          unit,
          name: t.name,
          activities: t.activities,
          classes: t.classes,
          progress: meanOf(t.progressSum, t.progressCount),
        });
      }
      return out;
    },
  };
}
