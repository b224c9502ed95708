import { type Plan, PlanSchema } from "@kehoach/core";
import { z } from "zod";
import type { PlanRow } from "./backend/Backend";
import { canonicalJson } from "./canonicalJson";
import { normalizeText } from "./normalizeText";
import type { PlanVersion, Store } from "./Store";
import { type StoreContext, StoreIdSchema } from "./StoreContext";
import { sha256 } from "./sha256";
import { validateInput } from "./validateInput";

/** The store's plan versions: a changed plan becomes a new version, an identical one is kept. */
export function storePlans(ctx: StoreContext): Pick<Store, "savePlan" | "getPlan" | "listPlans"> {
  const { backend } = ctx;
  return {
    async savePlan(plan, saveOptions = {}) {
      ctx.assertOpen();
      const p: Plan = normalizeText(validateInput(PlanSchema, plan, "plan"));
      const note = validateInput(
        z.object({ note: z.string().max(2000).optional() }),
        saveOptions,
        "options",
      ).note;
      const body = canonicalJson(p);
      const hash = sha256(body);
      const { row, inserted } = await backend.savePlan(p.id, (latest: PlanRow | null) =>
        latest && latest.hash === hash
          ? null
          : {
              plan: p.id,
              version: (latest?.version ?? 0) + 1,
              title: p.title,
              hash,
              body,
              createdAt: ctx.now().toISOString(),
              note: note?.normalize("NFC") ?? null,
            },
      );
      return { ...planVersionOf(row), unchanged: !inserted };
    },
    async getPlan(id, version) {
      ctx.assertOpen();
      validateInput(StoreIdSchema, id, "plan id");
      if (version !== undefined) validateInput(z.number().int().positive(), version, "plan version");
      const row = await backend.getPlan(id, version);
      return row ? PlanSchema.parse(JSON.parse(row.body)) : null;
    },
    async listPlans(id) {
      ctx.assertOpen();
      if (id !== undefined) validateInput(StoreIdSchema, id, "plan id");
      return (await backend.listPlans(id)).map(planVersionOf);
    },
  };
}

function planVersionOf(row: Omit<PlanRow, "body">): PlanVersion {
  return {
    plan: row.plan,
    version: row.version,
    title: row.title,
    hash: row.hash,
    createdAt: row.createdAt,
    note: row.note,
  };
}
