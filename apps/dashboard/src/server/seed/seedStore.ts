import { randomBytes } from "node:crypto";
import { createKehoach, type Diagnostic, type Plugin } from "@kehoach/core";
import { importPlan } from "@kehoach/import";
import type { Store } from "@kehoach/store";
import { type DemoAccount, demoAccounts } from "./demoAccounts";
import { seedDemoEvents } from "./seedDemoEvents";

/** Options of {@link seedStore}. */
export interface SeedStoreOptions {
  /** Plugins whose shipped plans are imported when the store lacks them (each with its own plugin's units, wards and time words). */
  plugins: readonly Plugin[];
  /** Demo accounts to create when the store has no account (default {@link demoAccounts}; [] for none). */
  accounts?: readonly DemoAccount[];
  /** One password for every demo account (default: a random one per account). */
  password?: string;
  /** Give each plan imported now a year of sample events up to today (see `seedDemoEvents`); default false. */
  demoEvents?: boolean;
  /** The clock for the sample events (default `Date.now`). */
  now?: () => number;
}

/** What {@link seedStore} did. */
export interface SeedResult {
  /** Plans imported and saved, with the importer's diagnostics. */
  plans: { id: string; title: string; activities: number; diagnostics: Diagnostic[]; demoEvents: number }[];
  /** Plans that could not be imported, with why. */
  failed: { id: string; diagnostics: Diagnostic[] }[];
  /** Demo accounts created now, with their passwords (shown once). Empty when the store already had users. */
  accounts: { username: string; role: string; unit: string | null; ward: string | null; password: string }[];
}

/**
 * First start: imports every plan the plugins ship that the store does not
 * hold yet through `@kehoach/import` — each with **its own** plugin only, as
 * docs/plugins.md's `openPlan` does, so its units, wards, time words and
 * anniversary are its plugin's — keeping the plugin's plan id (URLs stay
 * stable), and saves it; when the store holds no account, creates the demo
 * accounts. Running it again changes nothing.
 */
export async function seedStore(store: Store, options: SeedStoreOptions): Promise<SeedResult> {
  const result: SeedResult = { plans: [], failed: [], accounts: [] };
  const now = options.now ?? Date.now;
  const stored = new Set((await store.listPlans()).map((p) => p.plan));
  for (const plugin of options.plugins) {
    for (const source of plugin.plans) {
      if (stored.has(source.id)) continue;
      if (source.format !== "text" && source.format !== "json") continue;
      if (source.format === "json") {
        const saved = await store.savePlan(
          { ...JSON.parse(source.content), id: source.id },
          { note: `seed: ${plugin.id}` },
        );
        result.plans.push({
          id: saved.plan,
          title: saved.title,
          activities: 0,
          diagnostics: [],
          demoEvents: 0,
        });
        continue;
      }
      const imported = await importPlan(
        { data: source.content, fileName: source.fileName ?? `${source.id}.txt`, format: "text" },
        { plugins: [plugin], year: source.year },
      );
      if (!imported.plan) {
        result.failed.push({ id: source.id, diagnostics: imported.diagnostics });
        continue;
      }
      // The plugin names its plan (a sample's document starts with a "TÀI LIỆU MẪU / SAMPLE" line, which is no title).
      const plan = { ...imported.plan, id: source.id, title: source.title };
      await store.savePlan(plan, { note: `seed: ${plugin.id}, ${source.fileName ?? source.id}` });
      result.plans.push({
        id: plan.id,
        title: plan.title,
        activities: plan.activities.length,
        diagnostics: imported.diagnostics,
        demoEvents: options.demoEvents
          ? await seedDemoEvents(store, plan.id, createKehoach({ plugins: [...options.plugins] }), now())
          : 0,
      });
    }
  }
  if ((await store.accounts.list()).length === 0) {
    for (const account of options.accounts ?? demoAccounts) {
      const password = options.password ?? randomBytes(9).toString("base64url");
      const created = await store.accounts.create({ ...account, password });
      result.accounts.push({
        username: created.username,
        role: created.role,
        unit: created.unit,
        ward: created.ward,
        password,
      });
    }
  }
  return result;
}
