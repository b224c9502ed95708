import { Hono } from "hono";
import { z } from "zod";
import { ActivityFilterSchema } from "../../shared/ActivityFilter";
import { CalendarDateSchema } from "../../shared/CalendarDateSchema";
import { filterActivityRows } from "../../shared/filterActivityRows";
import type { DashboardEnv } from "../DashboardEnv";
import { ApiError } from "../http/ApiError";
import { parseQuery } from "../http/parseQuery";
import { activityRows } from "../plan/activityRows";
import {
  activityDetail,
  activityHistory,
  cachedBody,
  jsonHeaders,
  planSummary,
  rewardsAnswer,
  statusAnswer,
  statusOf,
} from "../plan/planAnswers";
import { type PlanLookupOptions, planLookup } from "../plan/planLookup";
import { vietnamToday } from "../plan/vietnamNow";
import { accountActor } from "../security/accountActor";
import { eventRoutes } from "./eventRoutes";

/** Options of {@link planRoutes}. */
export interface PlanRoutesOptions extends PlanLookupOptions {
  /** Clock (tests): epoch milliseconds. */
  now?: () => number;
}

const AsOfQuerySchema = z.object({ asOf: CalendarDateSchema.optional() });

const StatusQuerySchema = z.object({
  asOf: CalendarDateSchema.optional(),
  dueWithinDays: z.coerce.number().int().min(0).max(366).optional(),
  /** "false" leaves out the per-activity rows (the summary only). */
  activities: z.enum(["true", "false"]).optional(),
});

const EventsQuerySchema = z.object({
  afterPosition: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** The plans API: plans, status, activities, one activity, lifecycle events, diff, rewards, the plan's log. */
export function planRoutes(options: PlanRoutesOptions) {
  const { plans } = options;
  const now = options.now ?? Date.now;
  const runtime = planLookup(options);
  const app = new Hono<DashboardEnv>();
  app.route("/", eventRoutes(options));

  app.get("/", async (c) => {
    const list = await plans.list();
    const problem = list.length === 0 ? (options.seedProblem?.() ?? null) : null;
    if (problem) throw new ApiError(503, "plan.not-loaded", problem);
    return c.json({ plans: list });
  });

  app.get("/:plan", async (c) => {
    return c.json(planSummary(await runtime(c.req.param("plan"))));
  });

  app.get("/:plan/status", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(StatusQuerySchema, c.req.url);
    const asOf = q.asOf ?? vietnamToday(now());
    const days = q.dueWithinDays ?? 30;
    const withRows = q.activities !== "false";
    const body = cachedBody(r, `status|${asOf}|${days}|${withRows}`, () =>
      statusAnswer(r, asOf, days, withRows),
    );
    return c.body(body, 200, jsonHeaders);
  });

  app.get("/:plan/activities", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const filter = parseQuery(ActivityFilterSchema, c.req.url);
    const asOf = filter.asOf ?? vietnamToday(now());
    const answer = () => {
      const rows = filterActivityRows(activityRows(r.plan, statusOf(r, asOf)), filter);
      return { asOf, total: r.plan.activities.length, count: rows.length, activities: rows };
    };
    const unfiltered = Object.entries(filter).every(([k, v]) => k === "asOf" || v === undefined);
    return unfiltered
      ? c.body(cachedBody(r, `activities|${asOf}`, answer), 200, jsonHeaders)
      : c.json(answer());
  });

  app.get("/:plan/activities/:id", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(AsOfQuerySchema, c.req.url);
    const account = c.get("account");
    const actor = account ? accountActor(account) : null;
    // Actions are offered only for today's state, never for a look back.
    const live = q.asOf === undefined;
    return c.json(
      activityDetail(r, c.req.param("id"), q.asOf ?? vietnamToday(now()), live ? actor : undefined),
    );
  });

  app.route("/", planHistoryRoutes(options));
  return app;
}

/** What happened over time: the diff between two dates, the rewards as of a date, the plan's stored events. */
function planHistoryRoutes(options: PlanRoutesOptions) {
  const now = options.now ?? Date.now;
  const runtime = planLookup(options);
  const app = new Hono<DashboardEnv>();

  app.get("/:plan/diff", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(z.object({ from: CalendarDateSchema, to: CalendarDateSchema }), c.req.url);
    return c.json(r.runtime().engine.diff(q.from, q.to));
  });

  app.get("/:plan/rewards", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(AsOfQuerySchema, c.req.url);
    const asOf = q.asOf ?? vietnamToday(now());
    return c.json(rewardsAnswer(r, asOf));
  });

  app.get("/:plan/activities/:id/events", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(EventsQuerySchema, c.req.url);
    return c.json(activityHistory(r, c.req.param("id"), q.afterPosition ?? 0, q.limit ?? 200));
  });

  app.get("/:plan/events", async (c) => {
    const r = await runtime(c.req.param("plan"));
    const q = parseQuery(EventsQuerySchema, c.req.url);
    const after = q.afterPosition ?? 0;
    const events = r
      .storedEvents()
      .filter((e) => e.position > after)
      .slice(0, q.limit ?? 200);
    return c.json({ events, rejectedOnLoad: r.rejectedOnLoad() });
  });

  return app;
}
