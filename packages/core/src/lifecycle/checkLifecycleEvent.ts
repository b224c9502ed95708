import { localizeZodIssue } from "@kehoach/period";
import type { z } from "zod";
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
  const where = path.join(".");
  const message = issue ? localizeZodIssue(issue) : { vi: "", en: "" };
  return lifecycleError(
    "payload.invalid",
    event.event.id,
    { vi: `${where}: ${message.vi}`, en: `${where}: ${message.en}` },
    path,
  );
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
  const { roles } = event;
  const envelope = event.event;
  const id = envelope.id;
  const unit = envelope.by.unit;
  const isWard = roles.ward !== null;
  if (isWard && event.parentClosed) return lifecycleError("ward.parent-closed", id);

  const at = Date.parse(envelope.at);
  if (context.lastAt !== null && at < context.lastAt) {
    return lifecycleError(
      "lifecycle.out-of-order",
      id,
      {
        vi: `${envelope.at} trước ${new Date(context.lastAt).toISOString()}`,
        en: `${envelope.at} is before ${new Date(context.lastAt).toISOString()}`,
      },
      ["at"],
    );
  }

  const type = event.type;
  if (type === "START" || type === "PROGRESS" || type === "REPORT") {
    if (!roles.openActors && !roles.actors.includes(unit)) {
      return lifecycleError(
        isWard ? "lifecycle.not-ward" : "lifecycle.not-lead",
        id,
        { vi: `đơn vị "${unit}"`, en: `unit "${unit}"` },
        ["by", "unit"],
      );
    }
  } else {
    const allowed = roles.overseers[type];
    if (!allowed) return lifecycleError("event.unknown-type", id, { vi: type, en: type }, ["type"]);
    if (!allowed.includes(unit)) {
      return lifecycleError(
        isCore(type) ? "lifecycle.not-authority" : "lifecycle.step-not-allowed",
        id,
        { vi: `đơn vị "${unit}"`, en: `unit "${unit}"` },
        ["by", "unit"],
      );
    }
  }

  if (parsedPayload(event) === null) return payloadError(event);

  switch (type) {
    case "PROGRESS": {
      const p = parsedPayload<ProgressPayload>(event)!;
      if (
        p.note === undefined &&
        p.percent === undefined &&
        !p.achieved?.length &&
        !p.difficulties?.length &&
        !p.proposals?.length
      ) {
        return lifecycleError("progress.empty", id, null, ["payload"]);
      }
      return checkTargets(p.achieved, event, ["payload", "achieved"]);
    }
    case "REPORT": {
      const p = parsedPayload<ReportPayload>(event)!;
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
      if (notReported.length > 0) {
        const list = notReported.join(", ");
        return lifecycleError("report.wards-missing", id, { vi: list, en: list }, [
          "payload",
          "missingWards",
        ]);
      }
      return null;
    }
    case "REWARD": {
      const p = parsedPayload<RewardPayload>(event)!;
      if (p.decision.kind !== "decision") {
        return lifecycleError(
          "reward.not-a-decision",
          id,
          { vi: `loại "${p.decision.kind}"`, en: `kind "${p.decision.kind}"` },
          ["payload", "decision", "kind"],
        );
      }
      return null;
    }
    case "EXTEND": {
      const p = parsedPayload<ExtendPayload>(event)!;
      if (roles.requireExtendDecision && !p.decision) {
        return lifecycleError("extend.decision-required", id, null, ["payload", "decision"]);
      }
      if (p.decision && p.decision.kind !== "decision") {
        return lifecycleError(
          "reward.not-a-decision",
          id,
          { vi: `loại "${p.decision.kind}"`, en: `kind "${p.decision.kind}"` },
          ["payload", "decision", "kind"],
        );
      }
      const current = currentDeadline(context, event);
      if (current !== null && p.deadline <= current) {
        return lifecycleError(
          "extend.not-later",
          id,
          { vi: `${p.deadline} không sau ${current}`, en: `${p.deadline} is not after ${current}` },
          ["payload", "deadline"],
        );
      }
      return null;
    }
    default:
      return null;
  }
}
