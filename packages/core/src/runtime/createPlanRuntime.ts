import { createPlanEngine } from "../engine/createPlanEngine";
import type { ApplyResult, CheckResult, PlanEngine } from "../engine/PlanEngine";
import { PlanEngineError } from "../engine/PlanEngineError";
import type { PlanLifecycle } from "../engine/PlanLifecycle";
import type { PlanState } from "../engine/PlanState";
import { coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import type { LifecycleError } from "../lifecycle/LifecycleError";
import { type Anniversary, type Plan, PlanSchema } from "../model/Plan";
import type { Kehoach } from "../plugins/createKehoach";
import type { Exporter, Plugin } from "../plugins/PluginSchema";
import { selectPlanPlugins } from "../plugins/planPlugins";

/** A stored event as the runtime keeps it: its place in the log and the event (a store's `StoredEvent` fits). */
export interface RuntimeRecord {
  /** Its place in the log: a store position, a line number, an index. */
  position: number;
  event: unknown;
}

/** Options of {@link createPlanRuntime}. */
export interface CreatePlanRuntimeOptions<R extends RuntimeRecord = RuntimeRecord> {
  /** The plan (validated here). */
  plan: unknown;
  /** The plugins available (registered or installed); the plan's own are taken from them. */
  kehoach?: Pick<Kehoach, "plugins"> | null;
  /** The stored events, in log order; each is applied, and a rejected one is kept with its reason. */
  events?: Iterable<R>;
}

/**
 * One plan as every consumer runs it (CLI, export, dashboard, users' tools):
 * the engine with the plan's plugins, the stored events with their
 * positions, those rejected when loaded, and fast time travel.
 */
export interface PlanRuntime<R extends RuntimeRecord = RuntimeRecord> {
  readonly plan: Plan;
  /** The plugins that apply to this plan (see `selectPlanPlugins`). */
  readonly plugins: readonly Plugin[];
  /** The engine (with those plugins' lifecycle steps). */
  readonly engine: PlanEngine;
  /** The lifecycle vocabulary: states in order with plugin steps, labels, allowed actions. */
  readonly lifecycle: PlanLifecycle;
  /** The report exporters of the plan's plugins. */
  readonly exporters: readonly Exporter[];
  /** The plan's anniversary, else the one its plugins name, else null. */
  readonly anniversary: Anniversary | null;
  /** Position of the last record added (0 when none). */
  readonly position: number;
  /** Every record added, accepted or not, in log order. */
  records(): readonly R[];
  /** Records the engine rejected when they were added (a log written by another version, a bad line), with why. */
  rejected(): readonly { record: R; error: LifecycleError }[];
  /** The record holding the event with this id, if any. */
  find(eventId: string): R | undefined;
  /** Adds one more stored record: applies its event (a rejection is kept in `rejected`). */
  add(record: R): ApplyResult;
  /**
   * Gives a record added provisionally (its event applied when it was
   * checked, before the log gave it a place: position 0) its stored form: it
   * replaces the record holding the same event id, in `records()` and for
   * `find`, and `records()` stays in position order (records still at 0
   * last). The event is not applied again. Answers false, changing nothing,
   * when no record holds that event id.
   */
  confirm(record: R): boolean;
  /** Whether the engine would accept an event now; changes nothing. */
  check(event: unknown): CheckResult;
  /** The current state. */
  state(): PlanState;
  /** The state as of a date (YYYY-MM-DD, end of that day in Vietnam) or an ISO timestamp. */
  stateAt(asOf: string): PlanState;
}

function parsePlan(input: unknown): Plan {
  const parsed = PlanSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const what = { vi: "kế hoạch", en: "plan" };
  throw new PlanEngineError(coreZodDiagnostics("engine.invalid-plan", what, parsed.error.issues));
}

function eventIdOf(event: unknown): string | null {
  const id = typeof event === "object" && event !== null ? (event as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : null;
}

/**
 * Runs a plan: takes its plugins from `kehoach` (those the plan names, each
 * in its version range; or, for a plan that names none, the plugin that
 * ships it or whose units include its issuer), builds the engine with their
 * lifecycle steps and folds the stored events in. Pure: no I/O (the store's
 * `openPlanRuntime` reads and appends).
 *
 * @throws {PlanEngineError} when the plan is invalid or names a plugin that is
 *   not available (code `plugin.missing`, naming the package to install) or
 *   not in its version range (`plugin.version-mismatch`).
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { createKehoach, createPlanRuntime, parsePlan, type PlanEventInput } from "@kehoach/core";
 * import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
 *
 * const { plan } = parsePlan(await readFile("plan.json", "utf8")); // written by `kehoach import`
 * if (!plan) throw new Error("plan.json is not a plan");
 * const lines = (await readFile("events.jsonl", "utf8")).split("\n").filter(Boolean);
 * const events = lines.map((line, i) => ({ position: i + 1, event: JSON.parse(line) as PlanEventInput }));
 * const runtime = createPlanRuntime({ plan, kehoach: createKehoach({ plugins: [thanhXuan70] }), events });
 * runtime.stateAt("2024-10-10").activity("t1-3.1")?.status; // "reported"
 * runtime.stateAt("2024-12-31").activity("t1-3.1")?.status; // "rewarded"
 * ```
 */
export function createPlanRuntime<R extends RuntimeRecord = RuntimeRecord>(
  options: CreatePlanRuntimeOptions<R>,
): PlanRuntime<R> {
  const plan = parsePlan(options.plan);
  const selected = selectPlanPlugins(plan, options.kehoach?.plugins ?? []);
  if (selected.diagnostics.length > 0) throw new PlanEngineError(selected.diagnostics);
  const plugins = selected.plugins;
  const engine = createPlanEngine(plan, { plugins });
  const records: R[] = [];
  const rejected: { record: R; error: LifecycleError }[] = [];
  const byId = new Map<string, R>();
  let position = 0;

  const add = (record: R): ApplyResult => {
    const result = engine.apply(record.event);
    records.push(record);
    position = Math.max(position, record.position);
    if (!result.ok) rejected.push({ record, error: result.error });
    else {
      const id = eventIdOf(record.event);
      if (id !== null && !byId.has(id)) byId.set(id, record);
    }
    return result;
  };
  for (const record of options.events ?? []) add(record);
  const confirm = (record: R): boolean => {
    const id = eventIdOf(record.event);
    const earlier = id === null ? undefined : byId.get(id);
    if (id === null || earlier === undefined) return false;
    const at = records.lastIndexOf(earlier);
    records[at] = record;
    byId.set(id, record);
    position = Math.max(position, record.position);
    // Only records added after the provisional one can now be out of order (another writer's, read meanwhile).
    if (records.slice(at + 1).some((r) => r.position !== 0 && r.position < record.position)) {
      records.sort(
        (a, b) => (a.position || Number.POSITIVE_INFINITY) - (b.position || Number.POSITIVE_INFINITY),
      );
    }
    return true;
  };

  return {
    plan: engine.plan,
    plugins,
    engine,
    lifecycle: engine.lifecycle,
    exporters: plugins.flatMap((p) => p.exporters),
    anniversary: plan.anniversary ?? plugins.find((p) => p.anniversary)?.anniversary ?? null,
    get position() {
      return position;
    },
    records: () => records,
    rejected: () => rejected,
    find: (eventId) => byId.get(eventId),
    add,
    confirm,
    check: (event) => engine.check(event),
    state: () => engine.state(),
    stateAt: (asOf) => engine.stateAt(asOf),
  };
}
