import type { Activity, ActivityState, Plan, PlanStatus } from "@kehoach/core";
import type { StoredEvent, VerifyResult } from "@kehoach/store";
import type { ActivityRow } from "../../shared/ActivityRow";

export type { ActivityRow, RowUnit } from "../../shared/ActivityRow";

// Types of the API's answers, from the packages' own types (type-only imports: nothing is bundled).

/** `GET /api/auth/me`. */
export interface Me {
  account: {
    id: string;
    username: string;
    displayName: string;
    role: string;
    unit: string | null;
    ward: string | null;
    actor: string | null;
  } | null;
  csrfToken: string | null;
  /** Whether the server lets anonymous visitors read plans and progress (`KEHOACH_PUBLIC_READ=1`). */
  publicRead?: boolean;
}

/** `GET /api/plans`. */
export interface PlanList {
  plans: { plan: string; version: number; title: string; createdAt: string }[];
}

/** `GET /api/plans/:plan`. */
export type PlanSummary = Omit<Plan, "activities"> & {
  activityCount: number;
  /** The plugins the plan runs with. */
  plugins: string[];
  /** The lifecycle's states in order (its plugins' steps included, e.g. `approved` after `reported`), labelled by core. */
  states: { status: string; label: { vi: string; en: string }; final: boolean }[];
  /** The states of a ward's part, labelled by core. */
  wardPartStates: { status: string; label: { vi: string; en: string } }[];
  /** The plan's log holds the sample year of a demo (`KEHOACH_DEMO_EVENTS=1`). */
  demo: boolean;
};

/** `GET /api/plans/:plan/status`. */
export type StatusAnswer = PlanStatus & {
  /** "Tiến độ theo nhóm hoạt động": every activity in one group (sections, lone top-level rows, tables without sections). */
  groups: { id: string; code: string; title: string; activities: number; progress: number | null }[];
  classLabels: Record<string, { vi: string; en: string }>;
  anniversary: Plan["anniversary"];
};

/** `GET /api/plans/:plan/activities`. */
export interface ActivityList {
  asOf: string;
  total: number;
  count: number;
  activities: ActivityRow[];
}

/** An action the user may take. */
export interface AllowedAction {
  /** A core event type, or a plugin step's event (e.g. "APPROVE" in the Ba Đình plan). */
  type: "START" | "PROGRESS" | "REPORT" | "RETURN" | "REWARD" | "CANCEL" | "EXTEND" | (string & {});
  ward: string | null;
  /** A plugin step's label. */
  label?: { vi: string; en: string };
}

/** `GET /api/plans/:plan/activities/:id`. */
export interface ActivityDetailAnswer {
  asOf: string;
  activity: Activity;
  status: PlanStatus["activities"][number] | undefined;
  state: ActivityState | undefined;
  events: StoredEvent[];
  actions: AllowedAction[];
}

/** `GET /api/plans/:plan/rewards`. */
export interface RewardsAnswer {
  asOf: string;
  rewards: {
    activity: string;
    code: string;
    title: string;
    reward: NonNullable<ActivityState["context"]["reward"]>;
  }[];
}

/** `GET /api/audit`. */
export interface AuditAnswer {
  head: number;
  verify: VerifyResult;
  events: StoredEvent[];
}
