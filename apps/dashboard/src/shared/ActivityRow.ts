import type { PlanStatus } from "@kehoach/core";

/** A unit as an activity row shows it. */
export interface RowUnit {
  id: string | null;
  name: string;
  source: string;
  requested: boolean;
  scope: string;
  members: string[];
}

/**
 * One row of the activity table (`GET /api/plans/:plan/activities`): the
 * status query's row plus what the table shows and filters on.
 */
export type ActivityRow = PlanStatus["activities"][number] & {
  parent: string | null;
  leads: RowUnit[];
  coordinators: RowUnit[];
  /** The time cell as written. */
  time: string;
  start: string | null;
  end: string | null;
  peak: { start: string; end: string } | null;
  /** Ward ids of the activity's ward parts. */
  wards: string[];
  /** Code, title, units, time and ward assignments, folded for search (no accents, lower case). */
  search: string;
};
