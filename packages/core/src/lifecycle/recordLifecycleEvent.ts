import { parsedPayload } from "./checkLifecycleEvent";
import type {
  AchievedQuantity,
  ExtendPayload,
  ProgressPayload,
  ReasonPayload,
  ReportPayload,
  RewardPayload,
} from "./eventPayloads";
import type { LifecycleContext } from "./LifecycleContext";
import type { LifecycleMachineEvent } from "./LifecycleMachineEvent";

function withAchieved(
  achieved: Readonly<Record<string, number>>,
  list: readonly (readonly AchievedQuantity[] | undefined)[],
): Record<string, number> {
  let next: Record<string, number> | null = null;
  for (const items of list) {
    if (!items) continue;
    for (const a of items) {
      next ??= { ...achieved };
      next[String(a.target)] = a.quantity;
    }
  }
  return next ?? achieved;
}

/**
 * The context after an accepted event: a pure reducer the machines run as
 * their only action. `step` names the plugin state a step event enters.
 */
export function recordLifecycleEvent(
  context: LifecycleContext,
  event: LifecycleMachineEvent,
  step?: string,
): LifecycleContext {
  const e = event.event;
  const base = { id: e.id, at: e.at, by: e.by };
  const next: LifecycleContext = { ...context, lastAt: Date.parse(e.at) };
  switch (event.type) {
    case "START":
      next.startedAt = e.at;
      return next;
    case "PROGRESS": {
      const p = parsedPayload<ProgressPayload>(event)!;
      next.progress = [
        ...context.progress,
        {
          ...base,
          note: p.note ?? null,
          percent: p.percent ?? null,
          difficulties: p.difficulties ?? [],
          proposals: p.proposals ?? [],
        },
      ];
      if (p.percent !== undefined) next.percent = p.percent;
      next.achieved = withAchieved(context.achieved, [p.achieved]);
      return next;
    }
    case "REPORT": {
      const p = parsedPayload<ReportPayload>(event)!;
      next.reportedAt = e.at;
      next.reports = [
        ...context.reports,
        {
          ...base,
          results: p.results,
          missingWards: p.missingWards ?? [],
          difficulties: p.difficulties ?? [],
          proposals: p.proposals ?? [],
        },
      ];
      next.achieved = withAchieved(context.achieved, [
        p.results.district?.achieved,
        p.results.ward?.achieved,
        p.results.city?.achieved,
      ]);
      return next;
    }
    case "RETURN": {
      const p = parsedPayload<ReasonPayload>(event)!;
      next.reportedAt = null;
      next.returns = [...context.returns, { ...base, reason: p.reason }];
      return next;
    }
    case "REWARD": {
      const p = parsedPayload<RewardPayload>(event)!;
      next.rewardedAt = e.at;
      next.reward = { ...base, decision: p.decision, form: p.form, recipients: p.recipients };
      return next;
    }
    case "CANCEL": {
      const p = parsedPayload<ReasonPayload>(event)!;
      next.cancelledAt = e.at;
      next.cancellation = { ...base, reason: p.reason };
      return next;
    }
    case "EXTEND": {
      const p = parsedPayload<ExtendPayload>(event)!;
      const last = context.extensions[context.extensions.length - 1];
      next.extensions = [
        ...context.extensions,
        {
          ...base,
          previous: last ? last.deadline : event.roles.deadline,
          deadline: p.deadline,
          reason: p.reason,
          decision: p.decision ?? null,
        },
      ];
      return next;
    }
    default: {
      const p = parsedPayload<{ note?: string }>(event);
      if (step !== undefined) next.steps = { ...context.steps, [step]: { ...base, note: p?.note ?? null } };
      return next;
    }
  }
}
