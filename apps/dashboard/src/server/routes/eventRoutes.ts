import { randomUUID } from "node:crypto";
import type { LifecycleError, PlanEvent } from "@kehoach/core";
import type { Account, StorePlanRuntime as PlanRuntime } from "@kehoach/store";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import type { DashboardEnv } from "../DashboardEnv";
import { ApiError } from "../http/ApiError";
import { readJsonBody } from "../http/readJsonBody";
import { compactActivityState } from "../plan/compactActivityState";
import { mayActWithoutLead, sameEvent, unknownPayloadKeys } from "../plan/eventGuards";
import { type PlanLookupOptions, planLookup } from "../plan/planLookup";
import { vietnamNow } from "../plan/vietnamNow";
import { accountActor } from "../security/accountActor";

/** Options of {@link eventRoutes}. */
export interface EventRoutesOptions extends PlanLookupOptions {
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

type EventBody = z.output<typeof EventBodySchema>;

/** The unit a signed-in account acts for; 401 without an account, 403 for a read-only one. */
function writerOf(account: Account | null | undefined): { account: Account; actor: string } {
  if (!account) throw new ApiError(401, "auth.required", { vi: "cần đăng nhập", en: "sign-in required" });
  const actor = accountActor(account);
  if (!actor) {
    throw new ApiError(403, "auth.read-only", {
      vi: "tài khoản chỉ được xem, không được cập nhật",
      en: "this account may only view, not change",
    });
  }
  return { account, actor };
}

/** 422 when the payload has keys its event type does not define (they would be stored forever). */
function refuseUnknownKeys(body: EventBody): void {
  const unknown = unknownPayloadKeys(body.type, body.payload);
  if (unknown.length === 0) return;
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

/** 403 when an activity without a resolved lead is updated by a unit the plan does not name. */
function refuseOutsiders(r: PlanRuntime, activityId: string, body: EventBody, actor: string): void {
  const activity = r.plan.activities.find((a) => a.id === activityId);
  if (!activity) return;
  const authorities = r.plugins.flatMap((p) => p.lifecycle?.authorities ?? []);
  if (mayActWithoutLead(r.plan, activity, body.ward, actor, authorities)) return;
  throw new ApiError(403, "lifecycle.not-in-plan", {
    vi: "hoạt động chưa xác định đơn vị chủ trì: chỉ cơ quan ban hành và các đơn vị có tên trong kế hoạch được cập nhật",
    en: "the activity has no resolved lead: only the plan's issuer and the units it names may update it",
  });
}

function idReused(eventId: string): ApiError {
  return new ApiError(
    409,
    "event.id-reused",
    {
      vi: `mã sự kiện ${eventId} đã được dùng cho một sự kiện khác; hãy gửi với mã mới`,
      en: `event id ${eventId} was already used for another event; send it with a new id`,
    },
    { eventId },
  );
}

/** The lifecycle events API: `POST /:plan/activities/:id/events`. */
export function eventRoutes(options: EventRoutesOptions) {
  const now = options.now ?? Date.now;
  const runtime = planLookup(options);
  const app = new Hono<DashboardEnv>();

  app.post("/:plan/activities/:id/events", async (c) => {
    const { account, actor } = writerOf(c.get("account"));
    const r = await runtime(c.req.param("plan"));
    const body = await readJsonBody(c, EventBodySchema);
    refuseUnknownKeys(body);
    const activityId = c.req.param("id");
    refuseOutsiders(r, activityId, body, actor);
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
    // A retry is the same event from the same unit; anything else under a known id is refused.
    const earlier = body.id === undefined ? undefined : r.findEvent(body.id);
    if (earlier && !sameEvent(earlier.event, event)) throw idReused(event.id);
    // Dated when it is checked, holding the plan's lock: with several processes, in the order events are stored.
    const result = await r.submit(event, { stamp: () => vietnamNow(now()) });
    if (!result.ok && "error" in result) {
      const { error } = result;
      throw new ApiError(
        rejectionStatus(error),
        error.code,
        { vi: error.vi, en: error.en },
        { location: error.location, eventId: error.eventId },
      );
    }
    if (!result.ok) throw new ApiError(409, "event.version-conflict", result.conflict);
    if (result.duplicate && !sameEvent(result.event.event, event)) throw idReused(event.id);
    // A compact state (status, percent, counts, the latest entries): the whole history is GET …/activities/:id.
    const state = r.state().activity(event.activity);
    return c.json(
      { event: result.event, duplicate: result.duplicate, state: state ? compactActivityState(state) : null },
      result.duplicate ? 200 : 201,
    );
  });

  return app;
}
