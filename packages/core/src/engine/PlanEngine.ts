import type { ActivityMachine } from "../lifecycle/createActivityMachine";
import type { LifecycleError } from "../lifecycle/LifecycleError";
import type { LifecycleExtension } from "../lifecycle/LifecycleExtension";
import type { PlanEvent } from "../model/Event";
import type { Plan } from "../model/Plan";
import type { PlanDiff } from "./diffPlanStates";
import type { PlanEngineSnapshot } from "./PlanEngineSnapshot";
import type { PlanLifecycle } from "./PlanLifecycle";
import type { PlanState } from "./PlanState";

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

/** What `check` returns: whether `apply` would accept the event, without applying it. */
export type CheckResult = { ok: true; duplicate: boolean } | { ok: false; error: LifecycleError };

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

/** Options of `createPlanEngine`. */
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
  /** The lifecycle vocabulary of this plan: states in order, labels, accepted events, allowed actions. */
  readonly lifecycle: PlanLifecycle;
  /** Accepted events, in the order applied. */
  readonly events: readonly PlanEvent[];
  /** Set when the engine was restored from a snapshot of another machine version. */
  readonly migration: SnapshotMigration | null;
  /** Applies one event; never throws on user input; a rejected event changes nothing. */
  apply(event: unknown): ApplyResult;
  /** Whether `apply` would accept the event now; changes nothing. */
  check(event: unknown): CheckResult;
  /** Applies events in order (each as `apply`). */
  replay(events: readonly unknown[]): ReplayResult;
  /** The current state. */
  state(): PlanState;
  /**
   * The state as of a date (`YYYY-MM-DD`, end of that day in Vietnam) or a
   * timestamp: the fold of the accepted events dated up to then, in log order.
   * Served from checkpoints, not by replaying the whole log per call.
   * @throws {PlanEngineError} when `asOf` is neither.
   */
  stateAt(asOf: string): PlanState;
  /** What changed between two dates: status changes and the events in between. */
  diff(from: string, to: string): PlanDiff;
  /** A JSON-serialisable snapshot (see docs/lifecycle.md). */
  snapshot(): PlanEngineSnapshot;
}
