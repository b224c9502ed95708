import type { Store, StoredEvent } from "@kehoach/store";
import { Hono } from "hono";
import { z } from "zod";
import type { DashboardEnv } from "../DashboardEnv";
import { parseQuery } from "../http/parseQuery";

/** Options of {@link auditRoutes}. */
export interface AuditRoutesOptions {
  store: Store;
}

const QuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  plan: z.string().max(200).optional(),
});

/** `GET /api/audit`: the latest events of the log (newest first) and the hash chain's `verify()` result. */
export function auditRoutes(options: AuditRoutesOptions) {
  const app = new Hono<DashboardEnv>();
  app.get("/", async (c) => {
    const { limit, plan } = parseQuery(QuerySchema, c.req.url);
    const head = await options.store.headPosition();
    const events: StoredEvent[] = [];
    for await (const batch of options.store.readEventBatches({
      ...(plan ? { plan } : { afterPosition: Math.max(0, head - limit) }),
    })) {
      events.push(...batch);
    }
    const verify = await options.store.verify();
    return c.json({ head, verify, events: events.slice(-limit).reverse() });
  });
  return app;
}
