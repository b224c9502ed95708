import { randomUUID } from "node:crypto";
import {
  activityClassLabels,
  type LifecycleError,
  PlanEngineError,
  type PlanEvent,
  type PlanStatus,
  PlanStatusOptionsSchema,
  queryPlanStatus,
} from "@kehoach/core";
import type { StorePlanRuntime as PlanRuntime } from "@kehoach/store";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { ActivityFilterSchema } from "../../shared/ActivityFilter";
import { CalendarDateSchema } from "../../shared/CalendarDateSchema";
import { filterActivityRows } from "../../shared/filterActivityRows";
import type { DashboardEnv } from "../DashboardEnv";
import { ApiError } from "../http/ApiError";
import { readJsonBody } from "../http/readJsonBody";
import { activityRows } from "../plan/activityRows";
import type { PlanRegistry } from "../plan/createPlanRegistry";
import { mayActWithoutLead, sameEvent, unknownPayloadKeys } from "../plan/eventGuards";
import { isUnitRef } from "../plan/isUnitRef";
import { progressGroups } from "../plan/progressGroups";
import { vietnamNow, vietnamToday } from "../plan/vietnamNow";
import { accountActor } from "../security/accountActor";

/** Options of {@link planRoutes}. */
export interface PlanRoutesOptions {
  plans: PlanRegistry;
  /** Why no plan is loaded yet (shown with the 503 of an empty store), or null. */
  seedProblem?: () => { vi: string; en: string } | null;
  /** Clock (tests): epoch milliseconds. */
  now?: () => number;
}

const EventBodySchema = z.object({
  /** A client-made id (UUID) makes retries idempotent. */
  id: z.uuid().optional(),
  type: z
    .string()
    .regex(/^[A-Z][A-Z_]{0,39}$/, "an event type such as START or REPORT")
    .max(40),
  ward: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(100)
    .optional(),
  payload: z.record(z.string(), z.unknown()).default({}),
});

const forbiddenCodes = new Set([
  "lifecycle.not-lead",
  "lifecycle.not-ward",
  "lifecycle.not-authority",
  "lifecycle.step-not-allowed",
]);
const conflictCodes = new Set([
  "lifecycle.invalid-transition",
  "lifecycle.out-of-order",
  "ward.parent-closed",
]);

/** The HTTP status of a rejected lifecycle event: 403 (not allowed), 404, 409 (state) or 422 (content). */
export function rejectionStatus(error: LifecycleError): ContentfulStatusCode {
  if (forbiddenCodes.has(error.code)) return 403;
  if (error.code === "event.unknown-activity") return 404;
  if (conflictCodes.has(error.code)) return 409;
  return 422;
}

function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string | string[]>): z.output<S> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "";
  throw new ApiError(
    400,
    "request.invalid-query",
    { vi: `tham số truy vấn không hợp lệ: ${where}`, en: `invalid query parameter: ${where}` },
    { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
  );
}

function flatQuery(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(url).searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** The status of a plan as of a date (the runtime serves `stateAt` from checkpoints). */
function statusOf(r: PlanRuntime, asOf: string, dueWithinDays = 30): PlanStatus {
  return queryPlanStatus(r.plan, r.stateAt(asOf), PlanStatusOptionsSchema.parse({ asOf, dueWithinDays }));
}

// Serialised answers per runtime (a few MB for thousands of activities): made
// once per as-of date and stored-event count, then sent as they are.
const bodyCache = new WeakMap<PlanRuntime, Map<string, Uint8Array<ArrayBuffer>>>();

function cachedBody(r: PlanRuntime, key: string, make: () => unknown): Uint8Array<ArrayBuffer> {
  const full = `${key}|${r.storedEvents().length}`;
  let cache = bodyCache.get(r);
  if (!cache) {
    cache = new Map();
    bodyCache.set(r, cache);
  }
  const hit = cache.get(full);
  if (hit !== undefined) return hit;
  const body = new TextEncoder().encode(JSON.stringify(make()));
  if (cache.size >= 16) cache.delete(cache.keys().next().value as string);
  cache.set(full, body);
  return body;
}

const json = { "Content-Type": "application/json; charset=UTF-8" };

// The lead cells of a plan that name no unit (see isUnitRef), by the key the rollups use.
const prose = new WeakMap<object, Set<string>>();
function proseLeads(plan: { activities: readonly { leads: readonly Parameters<typeof isUnitRef>[0][] }[] }) {
  let set = prose.get(plan);
  if (!set) {
    set = new Set(plan.activities.flatMap((a) => a.leads.filter((u) => !isUnitRef(u)).map((u) => u.name)));
    prose.set(plan, set);
  }
  return set;
}

/** The plans API: plans, status, activities, one activity, lifecycle events, diff, rewards, the plan's log. */
export function planRoutes(options: PlanRoutesOptions) {
  const { plans } = options;
  const now = options.now ?? Date.now;
  const app = new Hono<DashboardEnv>();

  const runtime = async (planId: string): Promise<PlanRuntime> => {
    let r: PlanRuntime | null;
    try {
      r = await plans.get(planId);
    } catch (error) {
      if (!(error instanceof PlanEngineError)) throw error;
      const [first] = error.diagnostics;
      throw new ApiError(500, first?.code ?? "plan.invalid", { vi: first?.vi ?? "", en: first?.en ?? "" });
    }
    if (r) return r;
    const list = await plans.list();
    const problem = options.seedProblem?.() ?? null;
    if (list.length === 0 && problem) {
      throw new ApiError(503, "plan.not-loaded", problem);
    }
    throw new ApiError(404, "plan.not-found", {
      vi: `không có kế hoạch "${planId}"`,
      en: `no plan "${planId}"`,
    });
  };

  app.get("/", async (c) => {
    const list = await plans.list();
    const problem = list.length === 0 ? (options.seedProblem?.() ?? null) : null;
    if (problem) throw new ApiError(503, "plan.not-loaded", problem);
    return c.json({ plans: list });
  });

  app.get("/:plan", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const { activities, ...rest } = r.plan;
    return c.json({
      ...rest,
      anniversary: r.anniversary,
      activityCount: activities.length,
      plugins: r.plugins.map((p) => p.id),
      /** The lifecycle's states in order (plugin steps included), each with its one label. */
      states: r.lifecycle.states.map((s) => ({ status: s.status, label: s.label, final: s.final })),
      wardPartStates: r.lifecycle.wardPartStates.map((s) => ({ status: s.status, label: s.label })),
    });
  });

  app.get("/:plan/status", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(
      z.object({
        asOf: CalendarDateSchema.optional(),
        dueWithinDays: z.coerce.number().int().min(0).max(366).optional(),
        /** "false" leaves out the per-activity rows (the summary only). */
        activities: z.enum(["true", "false"]).optional(),
      }),
      flatQuery(c.req.url),
    );
    const asOf = q.asOf ?? vietnamToday(now());
    const days = q.dueWithinDays ?? 30;
    const body = cachedBody(r, `status|${asOf}|${days}|${q.activities ?? "true"}`, () => {
      const status = statusOf(r, asOf, days);
      const answer = {
        ...status,
        // A prose lead cell (table 2's "Căn cứ chức năng, nhiệm vụ …") is no unit to roll up.
        byLead: status.byLead.filter((u) => !proseLeads(r.plan).has(u.unit)),
        groups: progressGroups(r.plan, status),
        classLabels: activityClassLabels,
        anniversary: r.anniversary,
      };
      return q.activities === "false" ? { ...answer, activities: [] } : answer;
    });
    return c.body(body, 200, json);
  });

  app.get("/:plan/activities", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const filter = parseQuery(ActivityFilterSchema, flatQuery(c.req.url));
    const asOf = filter.asOf ?? vietnamToday(now());
    const answer = () => {
      const rows = filterActivityRows(activityRows(r.plan, statusOf(r, asOf)), filter);
      return { asOf, total: r.plan.activities.length, count: rows.length, activities: rows };
    };
    const unfiltered = Object.entries(filter).every(([k, v]) => k === "asOf" || v === undefined);
    return unfiltered ? c.body(cachedBody(r, `activities|${asOf}`, answer), 200, json) : c.json(answer());
  });

  app.get("/:plan/activities/:id", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const id = c.req.param("id");
    const activity = r.plan.activities.find((a) => a.id === id);
    if (!activity) {
      throw new ApiError(404, "activity.not-found", {
        vi: `kế hoạch không có hoạt động "${id}"`,
        en: `the plan has no activity "${id}"`,
      });
    }
    const q = parseQuery(z.object({ asOf: CalendarDateSchema.optional() }), flatQuery(c.req.url));
    const asOf = q.asOf ?? vietnamToday(now());
    const state = r.stateAt(asOf);
    const row = statusOf(r, asOf).activities.find((a) => a.id === id);
    const activityState = state.activity(id);
    const account = c.get("account");
    const actor = account ? accountActor(account) : null;
    const events = r.storedEvents().filter((e) => e.event.activity === id);
    return c.json({
      asOf,
      activity,
      status: row,
      state: activityState,
      events,
      actions: activityState && q.asOf === undefined ? r.lifecycle.allowedActions(activityState, actor) : [],
    });
  });

  app.post("/:plan/activities/:id/events", async (c) => {
    const account = c.get("account");
    if (!account) {
      throw new ApiError(401, "auth.required", { vi: "cần đăng nhập", en: "sign-in required" });
    }
    const actor = accountActor(account);
    if (!actor) {
      throw new ApiError(403, "auth.read-only", {
        vi: "tài khoản chỉ được xem, không được cập nhật",
        en: "this account may only view, not change",
      });
    }
    const r = await runtime(c.req.param("plan"));
    const body = await readJsonBody(c, EventBodySchema);
    const unknown = unknownPayloadKeys(body.type, body.payload);
    if (unknown.length > 0) {
      const where = unknown.map((p) => p.join(".")).join(", ");
      throw new ApiError(
        422,
        "payload.unknown-keys",
        {
          vi: `nội dung sự kiện ${body.type} có trường không được định nghĩa: ${where}`,
          en: `the ${body.type} payload has fields it does not define: ${where}`,
        },
        { paths: unknown },
      );
    }
    const activityId = c.req.param("id");
    const activity = r.plan.activities.find((a) => a.id === activityId);
    if (
      activity &&
      !mayActWithoutLead(
        r.plan,
        activity,
        body.ward,
        actor,
        r.plugins.flatMap((p) => p.lifecycle?.authorities ?? []),
      )
    ) {
      throw new ApiError(403, "lifecycle.not-in-plan", {
        vi: "hoạt động chưa xác định đơn vị chủ trì: chỉ cơ quan ban hành và các đơn vị có tên trong kế hoạch được cập nhật",
        en: "the activity has no resolved lead: only the plan's issuer and the units it names may update it",
      });
    }
    const event: PlanEvent = {
      id: body.id ?? randomUUID(),
      activity: activityId,
      ...(body.ward === undefined ? {} : { ward: body.ward }),
      type: body.type,
      by: { unit: actor, person: account.displayName || account.username },
      at: vietnamNow(now()),
      payload: body.payload,
      machineVersion: r.runtime().engine.machineVersion,
    };
    const reused = () =>
      new ApiError(
        409,
        "event.id-reused",
        {
          vi: `mã sự kiện ${event.id} đã được dùng cho một sự kiện khác; hãy gửi với mã mới`,
          en: `event id ${event.id} was already used for another event; send it with a new id`,
        },
        { eventId: event.id },
      );
    // A retry is the same event from the same unit; anything else under a known id is refused.
    const earlier = body.id === undefined ? undefined : r.storedEvents().find((e) => e.event.id === body.id);
    if (earlier && !sameEvent(earlier.event, event)) throw reused();
    const result = await r.submit(event);
    if (!result.ok && "error" in result) {
      const { error } = result;
      throw new ApiError(
        rejectionStatus(error),
        error.code,
        { vi: error.vi, en: error.en },
        {
          location: error.location,
          eventId: error.eventId,
        },
      );
    }
    if (!result.ok) throw new ApiError(409, "event.version-conflict", result.conflict);
    if (result.duplicate && !sameEvent(result.event.event, event)) throw reused();
    const state = r.state().activity(event.activity);
    return c.json({ event: result.event, duplicate: result.duplicate, state }, result.duplicate ? 200 : 201);
  });

  app.get("/:plan/diff", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(
      z.object({ from: CalendarDateSchema, to: CalendarDateSchema }),
      flatQuery(c.req.url),
    );
    return c.json(r.runtime().engine.diff(q.from, q.to));
  });

  app.get("/:plan/rewards", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(z.object({ asOf: CalendarDateSchema.optional() }), flatQuery(c.req.url));
    const asOf = q.asOf ?? vietnamToday(now());
    const state = r.stateAt(asOf);
    const rewards = r.plan.activities.flatMap((a) => {
      const reward = state.activity(a.id)?.context.reward;
      return reward ? [{ activity: a.id, code: a.code, title: a.title, reward }] : [];
    });
    return c.json({ asOf, rewards });
  });

  app.get("/:plan/events", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(
      z.object({
        afterPosition: z.coerce.number().int().min(0).optional(),
        limit: z.coerce.number().int().min(1).max(1000).optional(),
      }),
      flatQuery(c.req.url),
    );
    const after = q.afterPosition ?? 0;
    const events = r
      .storedEvents()
      .filter((e) => e.position > after)
      .slice(0, q.limit ?? 200);
    return c.json({ events, rejectedOnLoad: r.rejectedOnLoad() });
  });

  return app;
}
