import { describe, expect, it } from "vitest";
import type { Plan } from "../model/Plan";
import { parsePlan } from "../model/parsePlan";
import { createKehoach, tryCreateKehoach } from "../plugins/createKehoach";
import { checkPlugin } from "../plugins/definePlugin";
import type { PlanSource, Plugin } from "../plugins/PluginSchema";
import { isValidAt } from "../units/isValidAt";

/** Options of {@link describePluginConformance}. */
export interface PluginConformanceOptions {
  /**
   * Turns a shipped plan source into a `Plan` (pass `@kehoach/import`'s importer),
   * so the suite checks that every shipped plan imports into a valid plan.
   * Without it, text plans are checked for being non-empty NFC text, JSON plans with `parsePlan`.
   */
  importPlan?: (
    source: PlanSource,
    plugin: Plugin,
  ) => Plan | { plan: Plan | null } | Promise<Plan | { plan: Plan | null }>;
  /**
   * The ids the plugin promised in earlier versions: each must still be there
   * (units, wards, plans). Ids may be added, never removed or renamed.
   */
  stableIds?: readonly string[];
}

function dayWithin(validFrom: string | null, validTo: string | null): string | null {
  return validTo ?? validFrom ?? null;
}

/**
 * The conformance suite every plugin runs in its own tests (vitest):
 * the plugin validates; it registers alone and twice without conflict; every
 * unit's name, short name and alias resolves to that unit (on a day it is
 * valid); every ward's name and short forms resolve to it; ids are kebab-case
 * and unique, and the ids in `stableIds` are all still there; every shipped
 * plan validates.
 *
 * @example
 * ```ts no-run (a test file: vitest runs it, as each plugin's test/conformance.test.ts does)
 * import { describePluginConformance } from "@kehoach/core/testing";
 * import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
 *
 * describePluginConformance(thanhXuan70);
 * ```
 */
export function describePluginConformance(plugin: Plugin, options: PluginConformanceOptions = {}): void {
  describe(`plugin conformance: ${plugin?.id ?? "?"}`, () => {
    it("validates against the plugin schema", () => {
      const { diagnostics } = checkPlugin(plugin);
      expect(diagnostics.map((d) => `${d.code}: ${d.en}`)).toEqual([]);
    });

    it("registers alone, and twice as once", () => {
      const once = tryCreateKehoach({ plugins: [plugin] });
      expect(once.diagnostics.map((d) => `${d.code}: ${d.en}`)).toEqual([]);
      const twice = createKehoach({ plugins: [plugin, plugin] });
      expect(twice.plugins).toHaveLength(1);
      expect(twice.registry.units.length).toBe(once.kehoach?.registry.units.length);
      expect(Object.isFrozen(twice.registry.units)).toBe(true);
    });

    it("resolves every unit name, short name and alias to its unit", () => {
      const { registry } = createKehoach({ plugins: [plugin] });
      const misses: string[] = [];
      for (const unit of plugin.units) {
        const date = dayWithin(unit.validFrom, unit.validTo);
        for (const spelling of [unit.name, ...(unit.short ? [unit.short] : []), ...unit.aliases]) {
          const found = registry.lookup(spelling, { date });
          if (found?.id !== unit.id)
            misses.push(`"${spelling}" → ${found?.id ?? "nothing"} (expected ${unit.id})`);
        }
      }
      expect(misses).toEqual([]);
    });

    it("resolves every ward name and short form to its ward, and its committee exists", () => {
      const { registry } = createKehoach({ plugins: [plugin] });
      const misses: string[] = [];
      for (const ward of plugin.wards) {
        const date = dayWithin(ward.validFrom, ward.validTo);
        for (const spelling of [ward.name, `phường ${ward.name}`, ...ward.aliases]) {
          const found = registry.lookupWard(spelling, { date });
          if (found?.id !== ward.id)
            misses.push(`"${spelling}" → ${found?.id ?? "nothing"} (expected ${ward.id})`);
        }
        const committee = registry.lookup(`UBND phường ${ward.name}`, { date });
        if (!committee || !isValidAt(committee, date)) misses.push(`UBND phường ${ward.name}`);
      }
      expect(misses).toEqual([]);
    });

    it("keeps its ids kebab-case, unique and stable", () => {
      const ids = [
        ...plugin.units.map((u) => u.id),
        ...plugin.wards.map((w) => w.id),
        ...plugin.plans.map((p) => p.id),
      ];
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(new Set(plugin.units.map((u) => u.id)).size).toBe(plugin.units.length);
      expect(new Set(plugin.wards.map((w) => w.id)).size).toBe(plugin.wards.length);
      const missing = (options.stableIds ?? []).filter((id) => !ids.includes(id));
      expect(missing).toEqual([]);
    });

    it("ships plans that validate", async () => {
      for (const source of plugin.plans) {
        expect(source.content.normalize("NFC")).toBe(source.content);
        expect(source.content.trim().length).toBeGreaterThan(0);
        if (options.importPlan) {
          const imported = await options.importPlan(source, plugin);
          const plan =
            imported && "plan" in imported && !("schemaVersion" in imported) ? imported.plan : imported;
          const result = parsePlan(JSON.parse(JSON.stringify(plan)));
          expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
          expect(result.ok).toBe(true);
        } else if (source.format === "json") {
          expect(parsePlan(source.content).ok).toBe(true);
        }
      }
    });
  });
}
