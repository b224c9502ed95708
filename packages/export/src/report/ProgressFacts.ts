import type {
  Activity,
  ActivityClass,
  ActivityState,
  ActivityStatusRow,
  Plan,
  PlanStatus,
} from "@kehoach/core";
import type { ProgressNotes } from "./collectProgressNotes";

/** Counts per class over the activities a progress report covers. */
export interface ClassTally {
  class: ActivityClass;
  vi: string;
  en: string;
  count: number;
  /** Percent of the activities covered, one decimal. */
  percent: number;
}

/** Everything the progress report's sections and appendix read: computed once from the engine's queries. */
export interface ProgressFacts {
  plan: Plan;
  asOf: string;
  /** The unit the report is limited to, or null. */
  unit: string | null;
  status: PlanStatus;
  /** Activities covered (sections whose children are covered included), in plan order. */
  activities: Activity[];
  /** Their status rows, by activity id. */
  rows: Map<string, ActivityStatusRow>;
  /** Their states, by activity id. */
  states: Map<string, ActivityState>;
  /** Covered activities that are not sections. */
  leaves: Activity[];
  /** Counts per class (cancelled only when some activity is). */
  tally: ClassTally[];
  notes: ProgressNotes;
  /** A unit's name from the plan's registry (or the id). */
  unitName: (id: string) => string;
  /** A ward's name (or the id). */
  wardName: (id: string) => string;
  /** A state's label from the plan's lifecycle (plugin steps included), when known. */
  stateLabel?: (status: string) => { vi: string; en: string };
}
