import { initialTransition, type SnapshotFrom } from "xstate";
import { checkLifecycleEvent } from "../lifecycle/checkLifecycleEvent";
import { type ActivityMachine, createActivityMachine } from "../lifecycle/createActivityMachine";
import { createPureTransition } from "../lifecycle/createPureTransition";
import { initialLifecycleContext } from "../lifecycle/LifecycleContext";
import { type LifecycleError, lifecycleError } from "../lifecycle/LifecycleError";
import type { LifecycleExtension } from "../lifecycle/LifecycleExtension";
import type { LifecycleMachineEvent } from "../lifecycle/LifecycleMachineEvent";
import type { LifecycleRoles } from "../lifecycle/LifecycleRoles";
import { validateLifecycleExtension } from "../lifecycle/validateLifecycleExtension";
import { WARD_PART_MACHINE_VERSION, wardPartMachine } from "../lifecycle/wardPartMachine";
import type { Diagnostic } from "../model/Diagnostic";
import { type PlanEvent, PlanEventSchema } from "../model/Event";
import { type Plan, PlanSchema } from "../model/Plan";
import { createLifecycleRoles } from "./createLifecycleRoles";
import { diffPlanStates, type PlanDiff } from "./diffPlanStates";
import {
  type MachineSnapshotJson,
  type PlanEngineSnapshot,
  PlanEngineSnapshotSchema,
} from "./PlanEngineSnapshot";
import type { ActivityState, PlanState, WardPartState } from "./PlanState";
import { asOfCutoff } from "./vietnamTime";

type Snapshot = SnapshotFrom<ActivityMachine>;

/** What `apply` returns: the new state, or why the event was rejected (nothing changed then). */
export type ApplyResult =
  | {
      ok: true;
      /** The plan state after the event (computed on first read). */
      readonly state: PlanState;
      /** True when an event with this id was already applied: nothing changed. */
      duplicate: boolean;
    }
  | { ok: false; error: LifecycleError };

/** What `replay` returns: the final state and each rejected event by its index. */
export interface ReplayResult {
  readonly state: PlanState;
  accepted: number;
  duplicates: number;
  rejected: { index: number; error: LifecycleError }[];
}

/** A plugin as the engine sees it (the plugin API's objects fit). */
export interface EnginePlugin {
  id?: string;
  lifecycle?: LifecycleExtension;
}

/** Options of {@link createPlanEngine}. */
export interface PlanEngineOptions {
  /** A lifecycle extension (merged after the plugins' ones). */
  lifecycle?: LifecycleExtension;
  /** Plugins whose `lifecycle` extensions apply, in order. */
  plugins?: readonly EnginePlugin[];
  /** A snapshot from `engine.snapshot()` (or its JSON) to start from. */
  snapshot?: unknown;
}

/** How a snapshot of another machine version was migrated (by replaying its events). */
export interface SnapshotMigration {
  from: string;
  to: string;
  rejected: { index: number; error: LifecycleError }[];
}

/** An event-sourced plan: events in, immutable states out. */
export interface PlanEngine {
  readonly plan: Plan;
  /** The activity machine version (with the extension's steps). */
  readonly machineVersion: string;
  /** The activity machine in use (core or extended). */
  readonly machine: ActivityMachine;
  /** Accepted events, in the order applied. */
  readonly events: readonly PlanEvent[];
  /** Set when the engine was restored from a snapshot of another machine version. */
  readonly migration: SnapshotMigration | null;
  /** Applies one event; never throws on user input; a rejected event changes nothing. */
  apply(event: unknown): ApplyResult;
  /** Applies events in order (each as `apply`). */
  replay(events: readonly unknown[]): ReplayResult;
  /** The current state. */
  state(): PlanState;
  /**
   * The state as of a date (`YYYY-MM-DD`, end of that day in Vietnam) or a timestamp.
   * @throws {PlanEngineError} when `asOf` is neither.
   */
  stateAt(asOf: string): PlanState;
  /** What changed between two dates: status changes and the events in between. */
  diff(from: string, to: string): PlanDiff;
  /** A JSON-serialisable snapshot (see docs/lifecycle.md). */
  snapshot(): PlanEngineSnapshot;
}

/** Thrown by {@link createPlanEngine} when the plan, the options or the snapshot are invalid. */
export class PlanEngineError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.en).join("; "));
    this.name = "PlanEngineError";
    this.diagnostics = diagnostics;
  }
}

const wardEventTypes = new Set(["START", "PROGRESS", "REPORT", "RETURN"]);
const closedStatuses = new Set(["rewarded", "cancelled"]);

/** Merges the plugins' lifecycle extensions and the explicit one into one. */
export function mergeLifecycleExtensions(
  extensions: readonly (LifecycleExtension | undefined)[],
): LifecycleExtension | undefined {
  const present = extensions.filter((e): e is LifecycleExtension => e !== undefined);
  if (present.length === 0) return undefined;
  return {
    steps: present.flatMap((e) => e.steps),
    authorities: present.flatMap((e) => e.authorities ?? []),
    requireExtendDecision: present.some((e) => e.requireExtendDecision === true),
  };
}

interface Entry {
  roles: LifecycleRoles;
  wardRoles: Map<string, LifecycleRoles>;
  wards: readonly string[];
}

/** Shared, immutable facts of one engine: the plan, machines, roles. */
interface Shape {
  plan: Plan;
  machine: ActivityMachine;
  machineVersion: string;
  initial: Snapshot;
  wardInitial: Snapshot;
  entries: Map<string, Entry>;
  step: (snapshot: Snapshot, event: LifecycleMachineEvent) => Snapshot;
  wardStep: (snapshot: Snapshot, event: LifecycleMachineEvent) => Snapshot;
}

const noWards: readonly string[] = Object.freeze([]);
const noParts: readonly WardPartState[] = Object.freeze([]);

const wardKey = (activity: string, ward: string) => `${activity}\u0000${ward}`;

/** The mutable core of an engine: machine snapshots with copy-on-write after a state was handed out. */
class Core {
  snaps = new Map<string, Snapshot>();
  wardSnaps = new Map<string, Snapshot>();
  ids = new Set<string>();
  log: PlanEvent[] = [];
  lastEventAt: string | null = null;
  private shared = false;
  private view: PlanState | null = null;

  constructor(readonly shape: Shape) {}

  private own(): void {
    if (!this.shared) return;
    this.snaps = new Map(this.snaps);
    this.wardSnaps = new Map(this.wardSnaps);
    this.shared = false;
    this.view = null;
  }

  /** Applies a validated envelope. */
  applyValid(event: PlanEvent): LifecycleError | "duplicate" | null {
    if (this.ids.has(event.id)) return "duplicate";
    const entry = this.shape.entries.get(event.activity);
    if (!entry) {
      return lifecycleError("event.unknown-activity", event.id, { vi: event.activity, en: event.activity }, [
        "activity",
      ]);
    }
    let next: Snapshot;
    if (event.ward === undefined) {
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
      next = this.shape.step(current, m);
      if (next === current) return this.explain(this.shape.machine, current, m);
      this.own();
      this.snaps.set(event.activity, next);
    } else {
      const roles = entry.wardRoles.get(event.ward);
      if (!roles) {
        return lifecycleError("event.unknown-ward", event.id, { vi: event.ward, en: event.ward }, ["ward"]);
      }
      if (!wardEventTypes.has(event.type)) {
        return lifecycleError("event.unsupported-for-ward", event.id, { vi: event.type, en: event.type }, [
          "type",
        ]);
      }
      const key = wardKey(event.activity, event.ward);
      const current = this.wardSnaps.get(key) ?? this.shape.wardInitial;
      const parent = this.snaps.get(event.activity);
      const m: LifecycleMachineEvent = {
        type: event.type,
        event,
        roles,
        wardsReported: noWards,
        parentClosed: parent !== undefined && closedStatuses.has(parent.value as string),
      };
      next = this.shape.wardStep(current, m);
      if (next === current) return this.explain(wardPartMachine, current, m);
      this.own();
      this.wardSnaps.set(key, next);
    }
    this.ids.add(event.id);
    this.log.push(event);
    this.lastEventAt = event.at;
    this.view = null;
    return null;
  }

  private explain(machine: ActivityMachine, snap: Snapshot, m: LifecycleMachineEvent): LifecycleError {
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

  state(): PlanState {
    if (this.view) return this.view;
    this.shared = true;
    const snaps = this.snaps;
    const wardSnaps = this.wardSnaps;
    const { plan, entries, machineVersion } = this.shape;
    const activity = (id: string): ActivityState | undefined => {
      const entry = entries.get(id);
      if (!entry) return undefined;
      const s = snaps.get(id);
      return {
        id,
        status: s ? (s.value as string) : "planned",
        context: s ? s.context : initialLifecycleContext,
        wardParts:
          entry.wards.length === 0
            ? noParts
            : entry.wards.map((ward): WardPartState => {
                const ws = wardSnaps.get(wardKey(id, ward));
                return {
                  activity: id,
                  ward,
                  status: ws ? (ws.value as string) : "planned",
                  context: ws ? ws.context : initialLifecycleContext,
                };
              }),
      };
    };
    this.view = Object.freeze({
      planId: plan.id,
      machineVersion,
      eventCount: this.log.length,
      lastEventAt: this.lastEventAt,
      activity,
      activities: () => plan.activities.map((a) => activity(a.id)!),
    });
    return this.view;
  }

  toJson(): PlanEngineSnapshot {
    const activities: Record<string, MachineSnapshotJson> = {};
    for (const [id, s] of this.snaps) activities[id] = { status: s.value as string, context: s.context };
    const wardParts: Record<string, Record<string, MachineSnapshotJson>> = {};
    for (const [key, s] of this.wardSnaps) {
      const [activity, ward] = key.split("\u0000") as [string, string];
      wardParts[activity] ??= {};
      wardParts[activity][ward] = { status: s.value as string, context: s.context };
    }
    return JSON.parse(
      JSON.stringify({
        format: "kehoach.engine-snapshot",
        formatVersion: 1,
        planId: this.shape.plan.id,
        machineVersion: this.shape.machineVersion,
        wardPartMachineVersion: WARD_PART_MACHINE_VERSION,
        eventCount: this.log.length,
        lastEventAt: this.lastEventAt,
        events: this.log,
        activities,
        wardParts,
      }),
    ) as PlanEngineSnapshot;
  }
}

function invalid(code: string, vi: string, en: string, path: (string | number)[]): Diagnostic {
  return { code, severity: "error", vi, en, location: { path } };
}

function zodDiagnostics(
  code: string,
  what: { vi: string; en: string },
  issues: readonly { path: PropertyKey[]; message: string }[],
): Diagnostic[] {
  return issues.slice(0, 20).map((i) =>
    invalid(
      code,
      `${what.vi} không hợp lệ: ${i.message}`,
      `invalid ${what.en}: ${i.message}`,
      i.path.map((p) => (typeof p === "number" ? p : String(p))),
    ),
  );
}

function eventError(
  input: unknown,
  issues: readonly { path: PropertyKey[]; message: string }[],
): LifecycleError {
  const id =
    typeof input === "object" && input !== null && typeof (input as { id?: unknown }).id === "string"
      ? (input as { id: string }).id
      : null;
  const issue = issues[0];
  const path = (issue?.path ?? []).map((p) => (typeof p === "number" ? p : String(p)));
  const where = path.length > 0 ? `${path.join(".")}: ` : "";
  return lifecycleError(
    "event.invalid",
    id,
    { vi: `${where}${issue?.message ?? ""}`, en: `${where}${issue?.message ?? ""}` },
    path,
  );
}

/**
 * Creates an event-sourced engine for a plan. Events are folded through the
 * lifecycle machines with xstate's pure `transition`, so replaying a log
 * gives exactly the live state. A snapshot of the same machine version is
 * loaded as is; one of another version is migrated by replaying its events.
 *
 * @throws {PlanEngineError} when the plan, the lifecycle extension or the
 *   snapshot is invalid (with diagnostics); `apply` and `replay` never throw.
 */
export function createPlanEngine(planInput: unknown, options: PlanEngineOptions = {}): PlanEngine {
  const parsedPlan = PlanSchema.safeParse(planInput);
  if (!parsedPlan.success) {
    throw new PlanEngineError(
      zodDiagnostics("engine.invalid-plan", { vi: "kế hoạch", en: "plan" }, parsedPlan.error.issues),
    );
  }
  const plan = parsedPlan.data;
  const extension = mergeLifecycleExtensions([
    ...(options.plugins ?? []).map((p) => p.lifecycle),
    options.lifecycle,
  ]);
  if (extension) {
    const problems = validateLifecycleExtension(extension);
    if (problems.length > 0) throw new PlanEngineError(problems);
  }
  const machine = createActivityMachine(extension);
  const entries = new Map<string, Entry>();
  for (const activity of plan.activities) {
    const { roles, wardRoles } = createLifecycleRoles(plan, activity, extension);
    entries.set(activity.id, { roles, wardRoles, wards: roles.wards });
  }
  const shape: Shape = {
    plan,
    machine,
    machineVersion: machine.version ?? "1",
    initial: initialTransition(machine)[0],
    wardInitial: initialTransition(wardPartMachine)[0],
    entries,
    step: createPureTransition(machine),
    wardStep: createPureTransition(wardPartMachine),
  };

  const core = new Core(shape);
  let migration: SnapshotMigration | null = null;

  if (options.snapshot !== undefined) {
    const parsed = PlanEngineSnapshotSchema.safeParse(options.snapshot);
    if (!parsed.success) {
      throw new PlanEngineError(
        zodDiagnostics("engine.invalid-snapshot", { vi: "bản chụp", en: "snapshot" }, parsed.error.issues),
      );
    }
    const snap = parsed.data;
    if (snap.planId !== plan.id) {
      throw new PlanEngineError([
        invalid(
          "engine.snapshot-plan",
          `bản chụp thuộc kế hoạch "${snap.planId}", không phải "${plan.id}"`,
          `the snapshot belongs to plan "${snap.planId}", not "${plan.id}"`,
          ["planId"],
        ),
      ]);
    }
    if (
      snap.machineVersion === shape.machineVersion &&
      snap.wardPartMachineVersion === WARD_PART_MACHINE_VERSION
    ) {
      for (const [id, s] of Object.entries(snap.activities)) {
        if (!entries.has(id) || !machine.root.states[s.status]) {
          throw new PlanEngineError([
            invalid(
              "engine.snapshot-state",
              `bản chụp có trạng thái không hợp lệ cho "${id}"`,
              `the snapshot has an invalid state for "${id}"`,
              ["activities", id],
            ),
          ]);
        }
        core.snaps.set(id, machine.resolveState({ value: s.status, context: s.context }));
      }
      for (const [id, parts] of Object.entries(snap.wardParts)) {
        for (const [ward, s] of Object.entries(parts)) {
          if (!entries.get(id)?.wardRoles.has(ward) || !wardPartMachine.root.states[s.status]) {
            throw new PlanEngineError([
              invalid(
                "engine.snapshot-state",
                `bản chụp có trạng thái không hợp lệ cho "${id}/${ward}"`,
                `the snapshot has an invalid state for "${id}/${ward}"`,
                ["wardParts", id, ward],
              ),
            ]);
          }
          core.wardSnaps.set(
            wardKey(id, ward),
            wardPartMachine.resolveState({ value: s.status, context: s.context }),
          );
        }
      }
      for (const e of snap.events) core.ids.add(e.id);
      core.log = [...snap.events];
      core.lastEventAt = snap.lastEventAt;
    } else {
      const rejected: { index: number; error: LifecycleError }[] = [];
      snap.events.forEach((e, index) => {
        const r = core.applyValid(e);
        if (r !== null && r !== "duplicate") rejected.push({ index, error: r });
      });
      migration = { from: snap.machineVersion, to: shape.machineVersion, rejected };
    }
  }

  /** Validates and applies one event: null when accepted, "duplicate", or the error. */
  const applyOne = (input: unknown): LifecycleError | "duplicate" | null => {
    const parsed = PlanEventSchema.safeParse(input);
    if (!parsed.success) return eventError(input, parsed.error.issues);
    const event = parsed.data;
    // An event made without a version is stamped with the machine it is applied to.
    if ((input as { machineVersion?: unknown }).machineVersion === undefined) {
      event.machineVersion = shape.machineVersion;
    }
    return core.applyValid(event);
  };

  const apply = (input: unknown): ApplyResult => {
    const r = applyOne(input);
    if (r !== null && r !== "duplicate") return { ok: false, error: r };
    const owner = core;
    return {
      ok: true,
      duplicate: r === "duplicate",
      get state() {
        return owner.state();
      },
    };
  };

  const stateAt = (asOf: string): PlanState => {
    const cutoff = asOfCutoff(asOf);
    if (cutoff === null) {
      throw new PlanEngineError([
        invalid(
          "engine.invalid-as-of",
          `ngày "${asOf}" không hợp lệ (cần YYYY-MM-DD hoặc thời điểm ISO có múi giờ)`,
          `invalid as-of "${asOf}" (expected YYYY-MM-DD or an ISO timestamp with offset)`,
          [],
        ),
      ]);
    }
    const past = new Core(shape);
    for (const e of core.log) if (Date.parse(e.at) <= cutoff) past.applyValid(e);
    return past.state();
  };

  return {
    plan,
    machine,
    machineVersion: shape.machineVersion,
    get events() {
      return core.log;
    },
    migration,
    apply,
    replay(events) {
      const rejected: { index: number; error: LifecycleError }[] = [];
      let accepted = 0;
      let duplicates = 0;
      for (let index = 0; index < events.length; index++) {
        const r = applyOne(events[index]);
        if (r === null) accepted++;
        else if (r === "duplicate") duplicates++;
        else rejected.push({ index, error: r });
      }
      const owner = core;
      return {
        accepted,
        duplicates,
        rejected,
        get state() {
          return owner.state();
        },
      };
    },
    state: () => core.state(),
    stateAt,
    diff(from, to) {
      return diffPlanStates(plan, stateAt(from), stateAt(to), core.log, {
        from,
        to,
        fromCutoff: asOfCutoff(from),
        toCutoff: asOfCutoff(to),
      });
    },
    snapshot: () => core.toJson(),
  };
}
