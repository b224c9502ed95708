import type { z } from "zod";
import { coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import {
  type AchievedQuantity,
  type CoreEventType,
  type ExtendPayload,
  eventPayloadSchemas,
  type ProgressPayload,
  type ReportPayload,
  type RewardPayload,
  StepPayloadSchema,
} from "./eventPayloads";
import type { LifecycleContext } from "./LifecycleContext";
import { type LifecycleError, lifecycleError } from "./LifecycleError";
import type { LifecycleMachineEvent } from "./LifecycleMachineEvent";

const parsedPayloads = new WeakMap<object, unknown>();

function isCore(type: string): type is CoreEventType {
  return Object.hasOwn(eventPayloadSchemas, type);
}

/**
 * The validated payload of a machine event (memoised per envelope, so the
 * guard and the action parse it once). Returns null when it is invalid.
 */
export function parsedPayload<T>(event: LifecycleMachineEvent): T | null {
  const cached = parsedPayloads.get(event.event);
  if (cached !== undefined) return cached as T;
  const schema: z.ZodType = isCore(event.type) ? eventPayloadSchemas[event.type] : StepPayloadSchema;
  const result = schema.safeParse(event.event.payload);
  if (!result.success) return null;
  parsedPayloads.set(event.event, result.data);
  return result.data as T;
}

function payloadError(event: LifecycleMachineEvent): LifecycleError {
  const schema: z.ZodType = isCore(event.type) ? eventPayloadSchemas[event.type] : StepPayloadSchema;
  const result = schema.safeParse(event.event.payload);
  const issue = result.success ? undefined : result.error.issues[0];
  const path = ["payload", ...(issue?.path ?? []).map((p) => (typeof p === "number" ? p : String(p)))];
  if (event.type === "REPORT" && issue && issue.path[0] === "results") {
    return lifecycleError("report.missing-results", event.event.id, null, path);
  }
  const error = lifecycleError("payload.invalid", event.event.id, null, path);
  const what = { vi: "nội dung sự kiện", en: "event payload" };
  const [invalid] = issue ? coreZodDiagnostics(error.code, what, [issue], { pathPrefix: ["payload"] }) : [];
  return invalid ? { ...error, vi: invalid.vi, en: invalid.en } : error;
}

function checkTargets(
  achieved: readonly AchievedQuantity[] | undefined,
  event: LifecycleMachineEvent,
  path: readonly (string | number)[],
): LifecycleError | null {
  if (!achieved) return null;
  for (let i = 0; i < achieved.length; i++) {
    const a = achieved[i]!;
    if (a.target >= event.roles.targets) {
      return lifecycleError(
        "payload.unknown-target",
        event.event.id,
        {
          vi: `chỉ tiêu số ${a.target} (hoạt động có ${event.roles.targets})`,
          en: `target ${a.target} (the activity has ${event.roles.targets})`,
        },
        [...path, i, "target"],
      );
    }
  }
  return null;
}

function currentDeadline(context: LifecycleContext, event: LifecycleMachineEvent): string | null {
  const last = context.extensions[context.extensions.length - 1];
  return last ? last.deadline : event.roles.deadline;
}

/** An event dated before the last one the machine took. */
function checkOrder(context: LifecycleContext, event: LifecycleMachineEvent): LifecycleError | null {
  const envelope = event.event;
  const at = Date.parse(envelope.at);
  if (context.lastAt === null || at >= context.lastAt) return null;
  const last = new Date(context.lastAt).toISOString();
  return lifecycleError(
    "lifecycle.out-of-order",
    envelope.id,
    { vi: `${envelope.at} trước ${last}`, en: `${envelope.at} is before ${last}` },
    ["at"],
  );
}

/** Work events come from the lead (or the ward's committee); the others from the units the roles allow. */
function checkSender(event: LifecycleMachineEvent): LifecycleError | null {
  const { roles, type } = event;
  const { id } = event.event;
  const unit = event.event.by.unit;
  const who = { vi: `đơn vị "${unit}"`, en: `unit "${unit}"` };
  if (type === "START" || type === "PROGRESS" || type === "REPORT") {
    if (roles.openActors || roles.actors.includes(unit)) return null;
    return lifecycleError(roles.ward !== null ? "lifecycle.not-ward" : "lifecycle.not-lead", id, who, [
      "by",
      "unit",
    ]);
  }
  const allowed = roles.overseers[type];
  if (!allowed) return lifecycleError("event.unknown-type", id, { vi: type, en: type }, ["type"]);
  if (allowed.includes(unit)) return null;
  const code = isCore(type) ? "lifecycle.not-authority" : "lifecycle.step-not-allowed";
  return lifecycleError(code, id, who, ["by", "unit"]);
}

function checkProgress(_context: LifecycleContext, event: LifecycleMachineEvent): LifecycleError | null {
  const p = parsedPayload<ProgressPayload>(event)!;
  if (
    p.note === undefined &&
    p.percent === undefined &&
    !p.achieved?.length &&
    !p.difficulties?.length &&
    !p.proposals?.length
  ) {
    return lifecycleError("progress.empty", event.event.id, null, ["payload"]);
  }
  return checkTargets(p.achieved, event, ["payload", "achieved"]);
}

/** A REPORT's targets, and for an activity with ward parts: every ward reported or named missing. */
function checkReport(_context: LifecycleContext, event: LifecycleMachineEvent): LifecycleError | null {
  const p = parsedPayload<ReportPayload>(event)!;
  const { roles } = event;
  const { id } = event.event;
  for (const level of ["district", "ward", "city"] as const) {
    const e = checkTargets(p.results[level]?.achieved, event, ["payload", "results", level, "achieved"]);
    if (e) return e;
  }
  if (roles.wards.length === 0) return null;
  const missing = p.missingWards ?? [];
  const unknown = missing.find((w) => !roles.wards.includes(w));
  if (unknown !== undefined) {
    return lifecycleError("report.unknown-ward", id, { vi: unknown, en: unknown }, [
      "payload",
      "missingWards",
    ]);
  }
  const notReported = roles.wards.filter((w) => !event.wardsReported.includes(w) && !missing.includes(w));
  if (notReported.length === 0) return null;
  const list = notReported.join(", ");
  return lifecycleError("report.wards-missing", id, { vi: list, en: list }, ["payload", "missingWards"]);
}

function notADecision(id: string, kind: string): LifecycleError {
  return lifecycleError("reward.not-a-decision", id, { vi: `loại "${kind}"`, en: `kind "${kind}"` }, [
    "payload",
    "decision",
    "kind",
  ]);
}

function checkReward(_context: LifecycleContext, event: LifecycleMachineEvent): LifecycleError | null {
  const p = parsedPayload<RewardPayload>(event)!;
  return p.decision.kind !== "decision" ? notADecision(event.event.id, p.decision.kind) : null;
}

/** An extension: a decision where the plan requires one, and a deadline after the one in force. */
function checkExtend(context: LifecycleContext, event: LifecycleMachineEvent): LifecycleError | null {
  const p = parsedPayload<ExtendPayload>(event)!;
  const { id } = event.event;
  if (event.roles.requireExtendDecision && !p.decision) {
    return lifecycleError("extend.decision-required", id, null, ["payload", "decision"]);
  }
  if (p.decision && p.decision.kind !== "decision") return notADecision(id, p.decision.kind);
  const current = currentDeadline(context, event);
  if (current === null || p.deadline > current) return null;
  return lifecycleError(
    "extend.not-later",
    id,
    { vi: `${p.deadline} không sau ${current}`, en: `${p.deadline} is not after ${current}` },
    ["payload", "deadline"],
  );
}

/** The rules of each event type's payload beyond its schema. */
const payloadChecks: ReadonlyMap<
  string,
  (context: LifecycleContext, event: LifecycleMachineEvent) => LifecycleError | null
> = new Map([
  ["PROGRESS", checkProgress],
  ["REPORT", checkReport],
  ["REWARD", checkReward],
  ["EXTEND", checkExtend],
]);

/**
 * Every guard of the lifecycle machines, in order, as one pure function:
 * returns the first rule the event breaks, or null when the machine may take
 * it. (Whether the current state accepts the event type at all is the
 * machine's structure, not a guard.) The machines call this in their guards,
 * the engine calls it again only to explain a rejection.
 */
export function checkLifecycleEvent(
  context: LifecycleContext,
  event: LifecycleMachineEvent,
): LifecycleError | null {
  if (event.roles.ward !== null && event.parentClosed)
    return lifecycleError("ward.parent-closed", event.event.id);
  const problem = checkOrder(context, event) ?? checkSender(event);
  if (problem) return problem;
  if (parsedPayload(event) === null) return payloadError(event);
  const check = payloadChecks.get(event.type);
  return check ? check(context, event) : null;
}
