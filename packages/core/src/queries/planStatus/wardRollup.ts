import type { Ward } from "../../model/Unit";
import { wardCommitteeId } from "../../units/wardCommittee";
import { meanOf, type WardPartRow, type WardRollup } from "./PlanStatus";

/** A ward's running tally of its parts. */
interface WardTally {
  parts: number;
  reported: number;
  progressSum: number;
}

/** The rollup by ward: each ward's parts of activities (reported, mean progress). */
export function createWardRollup() {
  const tallies = new Map<string, WardTally>();
  return {
    add(parts: readonly WardPartRow[]): void {
      for (const p of parts) {
        const reported = p.status === "reported" ? 1 : 0;
        const w = tallies.get(p.ward);
        if (w) {
          w.parts++;
          w.reported += reported;
          w.progressSum += p.progress;
        } else tallies.set(p.ward, { parts: 1, reported, progressSum: p.progress });
      }
    },
    /** Every ward of the plan, with how many activities its People's Committee coordinates. */
    result(wards: readonly Ward[], coordinating: (unit: string) => number): WardRollup[] {
      return wards.map((w) => {
        const t = tallies.get(w.id);
        return {
          ward: w.id,
          name: w.name,
          parts: t?.parts ?? 0,
          reported: t?.reported ?? 0,
          progress: t ? meanOf(t.progressSum, t.parts) : null,
          coordinating: coordinating(wardCommitteeId(w.id)),
        };
      });
    },
  };
}
