import { type CoreDiagnosticCode, coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import type { LifecycleError } from "../lifecycle/LifecycleError";
import { lifecycleError } from "../lifecycle/LifecycleError";
import { mergeLifecycleExtensions } from "../lifecycle/mergeLifecycleExtensions";
import { validateLifecycleExtension } from "../lifecycle/validateLifecycleExtension";
import { type PlanEvent, PlanEventSchema } from "../model/Event";
import { type Plan, PlanSchema } from "../model/Plan";
import { createFoldShape } from "./createFoldShape";
import { diffPlanStates } from "./diffPlanStates";
import type {
  ApplyResult,
  CheckResult,
  PlanEngine,
  PlanEngineOptions,
  ReplayResult,
  SnapshotMigration,
} from "./PlanEngine";
import { PlanEngineError } from "./PlanEngineError";
import { PlanFold } from "./PlanFold";
import { createPlanLifecycle } from "./PlanLifecycle";
import { StateHistory } from "./StateHistory";
import { restoreSnapshot, writeSnapshot } from "./snapshotCodec";
import { asOfCutoff } from "./vietnamTime";

function eventError(
  input: unknown,
  issues: readonly { path: PropertyKey[]; message: string }[],
): LifecycleError {
  const id =
    typeof input === "object" && input !== null && typeof (input as { id?: unknown }).id === "string"
      ? (input as { id: string }).id
      : null;
  const error = lifecycleError("event.invalid", id, null, []);
  const what = { vi: "sự kiện", en: "event" };
  const [invalid] = coreZodDiagnostics(error.code, what, issues, { limit: 1 });
  return invalid ? { ...error, vi: invalid.vi, en: invalid.en, location: invalid.location } : error;
}

/** Validates an event envelope; one made without a machine version is stamped with the engine's. */
function parseEvent(
  input: unknown,
  machineVersion: string,
): { event: PlanEvent } | { error: LifecycleError } {
  const parsed = PlanEventSchema.safeParse(input);
  if (!parsed.success) return { error: eventError(input, parsed.error.issues) };
  const event = parsed.data;
  if ((input as { machineVersion?: unknown }).machineVersion === undefined)
    event.machineVersion = machineVersion;
  return { event };
}

function invalidAsOf(asOf: string): PlanEngineError {
  return new PlanEngineError([
    {
      code: "engine.invalid-as-of" satisfies CoreDiagnosticCode,
      severity: "error",
      vi: `ngày "${asOf}" không hợp lệ (cần YYYY-MM-DD hoặc thời điểm ISO có múi giờ)`,
      en: `invalid as-of "${asOf}" (expected YYYY-MM-DD or an ISO timestamp with offset)`,
      location: { path: [] },
    },
  ]);
}

function parsePlanOrThrow(input: unknown): Plan {
  const parsed = PlanSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const what = { vi: "kế hoạch", en: "plan" };
  throw new PlanEngineError(coreZodDiagnostics("engine.invalid-plan", what, parsed.error.issues));
}

/**
 * Creates an event-sourced engine for a plan. Events are folded through the
 * lifecycle machines with xstate's pure `transition`, so replaying a log
 * gives exactly the live state. A snapshot of the same machine version is
 * loaded as is; one of another version is migrated by replaying its events.
 * `stateAt` is served from checkpoints of the log (see `StateHistory`).
 *
 * @throws {PlanEngineError} when the plan, the lifecycle extension or the
 *   snapshot is invalid (with diagnostics); `apply` and `replay` never throw.
 */
export function createPlanEngine(planInput: unknown, options: PlanEngineOptions = {}): PlanEngine {
  const plan = parsePlanOrThrow(planInput);
  const extension = mergeLifecycleExtensions([
    ...(options.plugins ?? []).map((p) => p.lifecycle),
    options.lifecycle,
  ]);
  if (extension) {
    const problems = validateLifecycleExtension(extension);
    if (problems.length > 0) throw new PlanEngineError(problems);
  }
  const shape = createFoldShape(plan, extension);
  const lifecycle = createPlanLifecycle(shape.machine, extension, shape.entries);
  let machines = 0;
  for (const entry of shape.entries.values()) machines += 1 + entry.wards.length;

  let live = new PlanFold(shape);
  const log: PlanEvent[] = [];
  const ids = new Set<string>();
  const history = new StateHistory(shape, machines);
  const record = (event: PlanEvent) => {
    ids.add(event.id);
    log.push(event);
    history.push(event);
  };
  const applyValid = (event: PlanEvent): LifecycleError | "duplicate" | null => {
    if (ids.has(event.id)) return "duplicate";
    const error = live.apply(event);
    if (error === null) record(event);
    return error;
  };

  let migration: SnapshotMigration | null = null;
  if (options.snapshot !== undefined) {
    const restored = restoreSnapshot(shape, options.snapshot);
    if (restored.kind === "loaded") {
      live = restored.fold;
      for (const e of restored.events) record(e);
    } else {
      const rejected: { index: number; error: LifecycleError }[] = [];
      restored.events.forEach((e, index) => {
        const r = applyValid(e);
        if (r !== null && r !== "duplicate") rejected.push({ index, error: r });
      });
      migration = { from: restored.from, to: shape.machineVersion, rejected };
    }
  }

  const applyOne = (input: unknown): LifecycleError | "duplicate" | null => {
    const parsed = parseEvent(input, shape.machineVersion);
    return "error" in parsed ? parsed.error : applyValid(parsed.event);
  };
  const accepted = (duplicate: boolean): ApplyResult => ({
    ok: true,
    duplicate,
    get state() {
      return live.state();
    },
  });
  const stateAt = (asOf: string) => {
    const cutoff = asOfCutoff(asOf);
    if (cutoff === null) throw invalidAsOf(asOf);
    return history.stateAt(cutoff, live);
  };

  return {
    plan,
    machine: shape.machine,
    machineVersion: shape.machineVersion,
    lifecycle,
    get events() {
      return log;
    },
    migration,
    apply(input) {
      const r = applyOne(input);
      return r !== null && r !== "duplicate" ? { ok: false, error: r } : accepted(r === "duplicate");
    },
    check(input): CheckResult {
      const parsed = parseEvent(input, shape.machineVersion);
      if ("error" in parsed) return { ok: false, error: parsed.error };
      if (ids.has(parsed.event.id)) return { ok: true, duplicate: true };
      const error = live.check(parsed.event);
      return error === null ? { ok: true, duplicate: false } : { ok: false, error };
    },
    replay(events): ReplayResult {
      const rejected: { index: number; error: LifecycleError }[] = [];
      let accepted = 0;
      let duplicates = 0;
      events.forEach((input, index) => {
        const r = applyOne(input);
        if (r === null) accepted++;
        else if (r === "duplicate") duplicates++;
        else rejected.push({ index, error: r });
      });
      return {
        accepted,
        duplicates,
        rejected,
        get state() {
          return live.state();
        },
      };
    },
    state: () => live.state(),
    stateAt,
    diff(from, to) {
      const bounds = { from, to, fromCutoff: asOfCutoff(from), toCutoff: asOfCutoff(to) };
      return diffPlanStates(plan, stateAt(from), stateAt(to), log, bounds);
    },
    snapshot: () => writeSnapshot(shape, live, log),
  };
}
