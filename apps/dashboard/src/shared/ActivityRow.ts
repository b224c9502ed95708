import type { PlanStatus } from "@kehoach/core";

/** A lead unit as an activity row shows it. */
export interface RowUnit {
  id: string | null;
  name: string;
  /** Written after "Đề nghị": the committee asks rather than orders. */
  requested: boolean;
}

/**
 * One row of the activity table (`GET /api/plans/:plan/activities`): the
 * status query's row (without ward parts) plus what the table shows and
 * filters on, kept small so thousands of rows load fast.
 */
export type ActivityRow = Omit<PlanStatus["activities"][number], "wardParts"> & {
  parent: string | null;
  leads: RowUnit[];
  /** Unit ids of the leads, groups expanded to their members. */
  leadIds: string[];
  /** Unit ids of the coordinators, groups expanded to their members. */
  coordinatorIds: string[];
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
