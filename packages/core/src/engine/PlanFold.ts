import type { SnapshotFrom } from "xstate";
import type { ActivityStatus, WardPartStatus } from "../lifecycle/activityStatus";
import { checkLifecycleEvent } from "../lifecycle/checkLifecycleEvent";
import type { ActivityMachine } from "../lifecycle/createActivityMachine";
import { initialLifecycleContext } from "../lifecycle/LifecycleContext";
import { type LifecycleError, lifecycleError } from "../lifecycle/LifecycleError";
import type { LifecycleMachineEvent } from "../lifecycle/LifecycleMachineEvent";
import type { LifecycleRoles } from "../lifecycle/LifecycleRoles";
import { wardPartMachine } from "../lifecycle/wardPartMachine";
import type { PlanEvent } from "../model/Event";
import type { Plan } from "../model/Plan";
import type { ActivityState, PlanState, WardPartState } from "./PlanState";

/** A machine snapshot (activity or ward part). */
export type MachineSnapshot = SnapshotFrom<ActivityMachine>;

/** Who may act on one activity and its ward parts. */
export interface FoldEntry {
  roles: LifecycleRoles;
  wardRoles: Map<string, LifecycleRoles>;
  wards: readonly string[];
}

/** The shared, immutable facts of one engine: the plan, machines, roles. */
export interface FoldShape {
  plan: Plan;
  machine: ActivityMachine;
  machineVersion: string;
  initial: MachineSnapshot;
  wardInitial: MachineSnapshot;
  entries: Map<string, FoldEntry>;
  step: (snapshot: MachineSnapshot, event: LifecycleMachineEvent) => MachineSnapshot;
  wardStep: (snapshot: MachineSnapshot, event: LifecycleMachineEvent) => MachineSnapshot;
}

/** A frozen point of a fold: its machine snapshots (shared, never mutated) and counters. */
export interface FoldPoint {
  snaps: Map<string, MachineSnapshot>;
  wardSnaps: Map<string, MachineSnapshot>;
  count: number;
  /** Log events offered to the fold (accepted or not), for folds that replay a log. */
  consumed: number;
  lastEventAt: string | null;
}

const wardEventTypes = new Set(["START", "PROGRESS", "REPORT", "RETURN"]);
const closedStatuses = new Set(["rewarded", "cancelled"]);
const noWards: readonly string[] = Object.freeze([]);
const noParts: readonly WardPartState[] = Object.freeze([]);

/** The map key of a ward part. */
export const wardKey = (activity: string, ward: string) => `${activity}\u0000${ward}`;

type Step = { error: LifecycleError } | { key: string; ward: boolean; next: MachineSnapshot };

/**
 * The mutable fold of a plan's events: machine snapshots by activity and ward
 * part, with copy-on-write after a state or a point was handed out.
 */
export class PlanFold {
  snaps: Map<string, MachineSnapshot>;
  wardSnaps: Map<string, MachineSnapshot>;
  /** Accepted events folded in. */
  count: number;
  /** Log events offered through {@link PlanFold.consume}. */
  consumed: number;
  lastEventAt: string | null;
  private shared: boolean;
  private view: PlanState | null = null;

  constructor(
    readonly shape: FoldShape,
    from?: FoldPoint,
  ) {
    this.snaps = from?.snaps ?? new Map();
    this.wardSnaps = from?.wardSnaps ?? new Map();
    this.count = from?.count ?? 0;
    this.consumed = from?.consumed ?? 0;
    this.lastEventAt = from?.lastEventAt ?? null;
    this.shared = from !== undefined;
  }

  private own(): void {
    if (!this.shared) return;
    this.snaps = new Map(this.snaps);
    this.wardSnaps = new Map(this.wardSnaps);
    this.shared = false;
    this.view = null;
  }

  /** The current point, shared (later applies copy before writing). */
  point(): FoldPoint {
    this.shared = true;
    return {
      snaps: this.snaps,
      wardSnaps: this.wardSnaps,
      count: this.count,
      consumed: this.consumed,
      lastEventAt: this.lastEventAt,
    };
  }

  /** Computes what a validated event would do, without doing it. */
  private step(event: PlanEvent): Step {
    const entry = this.shape.entries.get(event.activity);
    if (!entry) {
      const detail = { vi: event.activity, en: event.activity };
      return { error: lifecycleError("event.unknown-activity", event.id, detail, ["activity"]) };
    }
    return event.ward === undefined
      ? this.activityStep(event, entry)
      : this.wardStep(event, entry, event.ward);
  }

  private activityStep(event: PlanEvent, entry: FoldEntry): Step {
    const current = this.snaps.get(event.activity) ?? this.shape.initial;
    let wardsReported: readonly string[] = noWards;
    if (event.type === "REPORT" && entry.wards.length > 0) {
      const at = Date.parse(event.at);
      wardsReported = entry.wards.filter((w) => {
        const s = this.wardSnaps.get(wardKey(event.activity, w));
        return (
          s !== undefined &&
          s.value === "reported" &&
          s.context.reportedAt !== null &&
          Date.parse(s.context.reportedAt) <= at
        );
      });
    }
    const m: LifecycleMachineEvent = {
      type: event.type,
      event,
      roles: entry.roles,
      wardsReported,
      parentClosed: false,
    };
    const next = this.shape.step(current, m);
    if (next === current) return { error: explain(this.shape.machine, current, m) };
    return { key: event.activity, ward: false, next };
  }

  private wardStep(event: PlanEvent, entry: FoldEntry, ward: string): Step {
    const roles = entry.wardRoles.get(ward);
    if (!roles) {
      return { error: lifecycleError("event.unknown-ward", event.id, { vi: ward, en: ward }, ["ward"]) };
    }
    if (!wardEventTypes.has(event.type)) {
      const detail = { vi: event.type, en: event.type };
      return { error: lifecycleError("event.unsupported-for-ward", event.id, detail, ["type"]) };
    }
    const key = wardKey(event.activity, ward);
    const current = this.wardSnaps.get(key) ?? this.shape.wardInitial;
    const parent = this.snaps.get(event.activity);
    const m: LifecycleMachineEvent = {
      type: event.type,
      event,
      roles,
      wardsReported: noWards,
      parentClosed: parent !== undefined && closedStatuses.has(parent.value as string),
    };
    const next = this.shape.wardStep(current, m);
    if (next === current) return { error: explain(wardPartMachine, current, m) };
    return { key, ward: true, next };
  }

  /** Why a validated event would be rejected now, or null when it would be accepted. */
  check(event: PlanEvent): LifecycleError | null {
    const s = this.step(event);
    return "error" in s ? s.error : null;
  }

  /** Applies a validated, new event: null when accepted, else the error (nothing changed). */
  apply(event: PlanEvent): LifecycleError | null {
    const s = this.step(event);
    if ("error" in s) return s.error;
    this.own();
    (s.ward ? this.wardSnaps : this.snaps).set(s.key, s.next);
    this.count++;
    this.lastEventAt = event.at;
    this.view = null;
    return null;
  }

  /** Applies the next event of a log (as `apply`, counting it as consumed either way). */
  consume(event: PlanEvent): void {
    this.apply(event);
    this.consumed++;
  }

  /** The current state: an immutable view (later applies copy the maps first). */
  state(): PlanState {
    if (this.view) return this.view;
    this.shared = true;
    this.view = stateView(this.shape, this.point());
    return this.view;
  }
}

function explain(machine: ActivityMachine, snap: MachineSnapshot, m: LifecycleMachineEvent): LifecycleError {
  const node = machine.root.states[snap.value as string];
  const accepts = node?.ownEvents.includes(m.type) ?? false;
  const known = machine.root.events.includes(m.type);
  if (!known) return lifecycleError("event.unknown-type", m.event.id, { vi: m.type, en: m.type }, ["type"]);
  if (!accepts) {
    const detail = { vi: `${m.type} ở trạng thái ${snap.value}`, en: `${m.type} in state ${snap.value}` };
    return lifecycleError("lifecycle.invalid-transition", m.event.id, detail, ["type"]);
  }
  return (
    checkLifecycleEvent(snap.context, m) ??
    lifecycleError("lifecycle.invalid-transition", m.event.id, null, ["type"])
  );
}

function stateView(shape: FoldShape, point: FoldPoint): PlanState {
  const { snaps, wardSnaps } = point;
  const { plan, entries, machineVersion } = shape;
  const activity = (id: string): ActivityState | undefined => {
    const entry = entries.get(id);
    if (!entry) return undefined;
    const s = snaps.get(id);
    return {
      id,
      status: s ? (s.value as ActivityStatus) : "planned",
      context: s ? s.context : initialLifecycleContext,
      wardParts:
        entry.wards.length === 0
          ? noParts
          : entry.wards.map((ward): WardPartState => {
              const ws = wardSnaps.get(wardKey(id, ward));
              return {
                activity: id,
                ward,
                status: ws ? (ws.value as WardPartStatus) : "planned",
                context: ws ? ws.context : initialLifecycleContext,
              };
            }),
    };
  };
  return Object.freeze({
    planId: plan.id,
    machineVersion,
    eventCount: point.count,
    lastEventAt: point.lastEventAt,
    activity,
    activities: () => plan.activities.map((a) => activity(a.id)!),
  });
}
