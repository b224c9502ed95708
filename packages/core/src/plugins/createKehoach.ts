import { z } from "zod";
import { type CoreDiagnosticCode, coreDiagnostic } from "../errors/coreDiagnosticCodes";
import { KehoachError } from "../errors/KehoachError";
import type { LifecycleExtension } from "../lifecycle/LifecycleExtension";
import { validateLifecycleExtension } from "../lifecycle/validateLifecycleExtension";
import type { Diagnostic } from "../model/Diagnostic";
import type { Anniversary } from "../model/Plan";
import type { Unit, Ward } from "../model/Unit";
import { createUnitRegistry } from "../units/createUnitRegistry";
import type { UnitRegistry } from "../units/UnitRegistry";
import { unitKey } from "../units/unitKey";
import { deepFreeze } from "./deepFreeze";
import { checkPlugin } from "./definePlugin";
import type { Exporter, PeriodWord, PlanSource, Plugin } from "./PluginSchema";
import { sameValue } from "./sameValue";

/** Options of {@link createKehoach}. */
export const CreateKehoachOptionsSchema = z.object({
  plugins: z.array(z.unknown()).default([]),
});
/** What {@link CreateKehoachOptionsSchema} accepts (before defaults are filled in): options of {@link createKehoach}. */
export type CreateKehoachOptions = z.input<typeof CreateKehoachOptionsSchema>;

/** A configured kehoach: every plugin's contribution, merged, validated and frozen. */
export interface Kehoach {
  /** The plugins, in registration order, each once. */
  readonly plugins: readonly Plugin[];
  /** Units and wards of every plugin. */
  readonly registry: UnitRegistry;
  /**
   * The anniversary the plugins celebrate: the one every plugin that names an
   * anniversary agrees on, or null when none names one or they name different
   * ones (plugins for different plans; see `anniversaries`).
   */
  readonly anniversary: Anniversary | null;
  /** Each plugin's anniversary, in registration order (one per plugin that names one). */
  readonly anniversaries: readonly { readonly plugin: string; readonly anniversary: Anniversary }[];
  /** Time words the plugins add. */
  readonly periodVocabulary: readonly PeriodWord[];
  /** Report exporters the plugins add. */
  readonly exporters: readonly Exporter[];
  /** The plugins' lifecycle steps and authorities, merged. */
  readonly lifecycle: LifecycleExtension;
  /** Plan documents the plugins ship. */
  readonly plans: readonly PlanSource[];
}

/** What {@link tryCreateKehoach} returns. */
export type CreateKehoachResult =
  | { ok: true; kehoach: Kehoach; diagnostics: Diagnostic[] }
  | { ok: false; kehoach: null; diagnostics: Diagnostic[] };

function conflict(
  code: CoreDiagnosticCode,
  what: { vi: string; en: string },
  a: Plugin,
  b: Plugin,
): Diagnostic {
  return coreDiagnostic(code, "error", {
    vi: `${what.vi} được khai báo khác nhau trong plugin "${a.id}" và "${b.id}"`,
    en: `${what.en} is defined differently by plugins "${a.id}" and "${b.id}"`,
  });
}

/** Merges items by key: identical duplicates collapse, different ones are conflicts. */
function mergeBy<T>(
  plugins: readonly Plugin[],
  items: (p: Plugin) => readonly T[],
  keys: (item: T) => string[],
  describe: (key: string) => { vi: string; en: string },
  code: CoreDiagnosticCode,
  errors: Diagnostic[],
): T[] {
  const out: T[] = [];
  const owner = new Map<string, { item: T; plugin: Plugin }>();
  for (const plugin of plugins) {
    for (const item of items(plugin)) {
      let skip = false;
      for (const key of keys(item)) {
        const seen = owner.get(key);
        if (!seen) continue;
        skip = true;
        if (!sameValue(seen.item, item)) errors.push(conflict(code, describe(key), seen.plugin, plugin));
      }
      if (skip) continue;
      for (const key of keys(item)) if (!owner.has(key)) owner.set(key, { item, plugin });
      out.push(item);
    }
  }
  return out;
}

/** Each plugin checked (problems located at `plugins[i]`), once per id; two different plugins with one id clash. */
function checkPlugins(inputs: readonly unknown[], errors: Diagnostic[]): Plugin[] {
  const plugins: Plugin[] = [];
  inputs.forEach((input, i) => {
    const { plugin, diagnostics } = checkPlugin(input);
    for (const d of diagnostics) {
      errors.push({
        ...d,
        location: { ...(d.location ?? {}), path: ["plugins", i, ...(d.location?.path ?? [])] },
      });
    }
    if (!plugin) return;
    const same = plugins.find((p) => p.id === plugin.id);
    if (!same) plugins.push(plugin);
    else if (!sameValue(same, plugin)) {
      errors.push(
        coreDiagnostic(
          "kehoach.duplicate-plugin",
          "error",
          {
            vi: `Hai plugin khác nhau cùng mã "${plugin.id}" (${same.version} và ${plugin.version})`,
            en: `Two different plugins share the id "${plugin.id}" (${same.version} and ${plugin.version})`,
          },
          { path: ["plugins", i, "id"] },
        ),
      );
    }
  });
  return plugins;
}

/** The plugins' units, wards, time words, exporters and plans, merged by key (conflicts into `errors`). */
function mergeContributions(plugins: readonly Plugin[], errors: Diagnostic[]) {
  return {
    units: mergeBy<Unit>(
      plugins,
      (p) => p.units,
      (u) => [u.id],
      (id) => ({ vi: `Đơn vị "${id}"`, en: `Unit "${id}"` }),
      "kehoach.unit-conflict",
      errors,
    ),
    wards: mergeBy<Ward>(
      plugins,
      (p) => p.wards,
      (w) => [w.id],
      (id) => ({ vi: `Phường "${id}"`, en: `Ward "${id}"` }),
      "kehoach.ward-conflict",
      errors,
    ),
    periodVocabulary: mergeBy<PeriodWord>(
      plugins,
      (p) => p.periodVocabulary,
      (w) => [w.text, ...w.aliases].map(unitKey),
      (key) => ({ vi: `Từ chỉ thời gian "${key}"`, en: `The time word "${key}"` }),
      "kehoach.period-word-conflict",
      errors,
    ),
    exporters: mergeBy<Exporter>(
      plugins,
      (p) => p.exporters,
      (e) => [`id:${e.id}`, `format:${e.format}`],
      (key) => ({ vi: `Bộ xuất "${key}"`, en: `The exporter "${key}"` }),
      "kehoach.exporter-conflict",
      errors,
    ),
    plans: mergeBy<PlanSource>(
      plugins,
      (p) => p.plans,
      (plan) => [plan.id],
      (id) => ({ vi: `Kế hoạch "${id}"`, en: `The plan "${id}"` }),
      "kehoach.plan-conflict",
      errors,
    ),
  };
}

/** The plugins' lifecycle steps and authorities, merged (its errors into `errors`). */
function mergeLifecycle(plugins: readonly Plugin[], errors: Diagnostic[]): LifecycleExtension {
  const lifecycle: LifecycleExtension = {
    steps: plugins.flatMap((p) => p.lifecycle?.steps ?? []),
    authorities: plugins.flatMap((p) => p.lifecycle?.authorities ?? []),
    requireExtendDecision: plugins.some((p) => p.lifecycle?.requireExtendDecision === true),
  };
  errors.push(...validateLifecycleExtension(lifecycle).filter((d) => d.severity === "error"));
  return lifecycle;
}

/** The unit registry of the merged units and wards, with every unit the lifecycle names checked against it. */
function registryOf(
  units: Unit[],
  wards: Ward[],
  lifecycle: LifecycleExtension,
  errors: Diagnostic[],
): UnitRegistry | null {
  let registry: UnitRegistry;
  try {
    registry = createUnitRegistry(units, wards);
  } catch (error) {
    if (error instanceof KehoachError) errors.push(...error.diagnostics);
    else throw error;
    return null;
  }
  errors.push(...registry.diagnostics.filter((d) => d.severity === "error"));
  const check = (id: string, where: string) => {
    if (id === "issuer" || id === "lead" || registry.get(id)) return;
    errors.push(
      coreDiagnostic("kehoach.unknown-unit", "error", {
        vi: `${where} nhắc tới đơn vị chưa khai báo "${id}"`,
        en: `${where} refers to an unknown unit "${id}"`,
      }),
    );
  };
  for (const step of lifecycle.steps) for (const id of step.allowed) check(id, `Bước "${step.state}"`);
  for (const authority of lifecycle.authorities ?? [])
    for (const id of authority.units) check(id, authority.event);
  return registry;
}

/**
 * Like {@link createKehoach}, but returns `{ ok: false, diagnostics }` instead of throwing.
 */
export function tryCreateKehoach(options: CreateKehoachOptions = {}): CreateKehoachResult {
  const parsedOptions = CreateKehoachOptionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    return {
      ok: false,
      kehoach: null,
      diagnostics: [
        coreDiagnostic("kehoach.invalid-options", "error", {
          vi: "Tham số createKehoach phải là { plugins: Plugin[] }",
          en: "createKehoach takes { plugins: Plugin[] }",
        }),
      ],
    };
  }
  const errors: Diagnostic[] = [];
  const plugins = checkPlugins(parsedOptions.data.plugins, errors);
  const { units, wards, periodVocabulary, exporters, plans } = mergeContributions(plugins, errors);
  // Each plugin may celebrate its own anniversary (one plan per plugin): never a conflict.
  const anniversaries = plugins.flatMap((p) =>
    p.anniversary ? [{ plugin: p.id, anniversary: p.anniversary }] : [],
  );
  const distinct = anniversaries.filter(
    (a, i) => anniversaries.findIndex((b) => sameValue(a.anniversary, b.anniversary)) === i,
  );
  const lifecycle = mergeLifecycle(plugins, errors);
  const registry = registryOf(units, wards, lifecycle, errors);
  if (errors.length > 0 || !registry) return { ok: false, kehoach: null, diagnostics: errors };
  const kehoach: Kehoach = {
    plugins,
    registry,
    anniversary: distinct.length === 1 ? (distinct[0]?.anniversary ?? null) : null,
    anniversaries,
    periodVocabulary,
    exporters,
    lifecycle,
    plans,
  };
  return { ok: true, kehoach: deepFreeze(kehoach), diagnostics: [] };
}

/**
 * Registers plugins: validates each, merges their units, wards, anniversary,
 * time words, exporters, plans and lifecycle steps deterministically (in
 * registration order; a plugin registered twice counts once), and freezes the
 * result. Two plugins may not silently shadow each other: a unit, ward, time
 * word, exporter format or plan defined differently by two plugins is an
 * error. Plugins for different plans may celebrate different anniversaries
 * (`anniversaries`; `anniversary` is then null).
 *
 * @throws {KehoachError} with every problem, in Vietnamese and English.
 */
export function createKehoach(options: CreateKehoachOptions = {}): Kehoach {
  const result = tryCreateKehoach(options);
  if (!result.ok) {
    throw new KehoachError(result.diagnostics, {
      vi: "Không khởi tạo được kehoach với các plugin đã cho",
      en: "Cannot set kehoach up with these plugins",
    });
  }
  return result.kehoach;
}
