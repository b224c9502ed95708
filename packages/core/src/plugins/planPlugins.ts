import semver from "semver";
import { coreDiagnostic } from "../errors/coreDiagnosticCodes";
import type { Diagnostic } from "../model/Diagnostic";
import type { Plan, PlanPlugin } from "../model/Plan";
import { wardCommitteeId } from "../units/wardCommittee";
import type { Plugin } from "./PluginSchema";

/**
 * The npm package that ships a plugin by convention: `@kehoach/plugin-<id>`
 * (a package of another name declares its plugins in the `kehoach` field of
 * its package.json; see docs/plugins.md).
 */
export function pluginPackageName(id: string): string {
  return `@kehoach/plugin-${id}`;
}

/**
 * How a plan records a plugin it was read with: its id and the caret range of
 * its version (`0.1.0` → `^0.1.0`: later compatible versions load it too).
 */
export function planPluginOf(plugin: { id: string; version?: string | undefined }): PlanPlugin {
  const version = plugin.version && semver.valid(plugin.version) ? `^${plugin.version}` : "*";
  return { id: plugin.id, version };
}

/** What {@link selectPlanPlugins} answers: the plugins that apply, or why some could not be found. */
export interface SelectedPlanPlugins {
  /** The plugins whose units, wards, lifecycle steps and exporters apply to the plan, in the plan's order. */
  plugins: Plugin[];
  /** `plugin.missing` and `plugin.version-mismatch` errors (bilingual, naming the package to install). */
  diagnostics: Diagnostic[];
}

function missing(ref: PlanPlugin, index: number): Diagnostic {
  const pkg = pluginPackageName(ref.id);
  return coreDiagnostic(
    "plugin.missing",
    "error",
    {
      vi: `Kế hoạch cần plugin "${ref.id}" (${ref.version}) nhưng plugin này chưa được cài: hãy cài gói ${pkg} (npm install ${pkg})`,
      en: `The plan needs the plugin "${ref.id}" (${ref.version}), which is not installed: install the package ${pkg} (npm install ${pkg})`,
    },
    { path: ["plugins", index] },
  );
}

function mismatch(ref: PlanPlugin, installed: string, index: number): Diagnostic {
  const pkg = pluginPackageName(ref.id);
  return coreDiagnostic(
    "plugin.version-mismatch",
    "error",
    {
      vi: `Kế hoạch cần plugin "${ref.id}" phiên bản ${ref.version}, nhưng bản đã cài là ${installed}: hãy cài ${pkg}@"${ref.version}"`,
      en: `The plan needs the plugin "${ref.id}" at ${ref.version}, but ${installed} is installed: install ${pkg}@"${ref.version}"`,
    },
    { path: ["plugins", index, "version"] },
  );
}

/**
 * The plugins that apply to a plan, from those available (registered or installed):
 * - a plan that names its plugins (`plan.plugins`) gets exactly those, each
 *   found by id and checked against its version range; a missing one or one
 *   outside the range is an error naming the package to install;
 * - a plan that names none (imported before plans recorded their plugins, or
 *   uploaded without) gets the plugin that ships a plan with its id, else the
 *   plugins whose units (or wards' People's Committees) include its issuer,
 *   else none (the core lifecycle). One office's approval step thus never
 *   applies to another office's plan.
 */
export function selectPlanPlugins(
  plan: Pick<Plan, "id" | "issuer" | "plugins">,
  available: readonly Plugin[],
): SelectedPlanPlugins {
  if (plan.plugins !== undefined) {
    const plugins: Plugin[] = [];
    const diagnostics: Diagnostic[] = [];
    plan.plugins.forEach((ref, index) => {
      const found = available.find((p) => p.id === ref.id);
      if (!found) diagnostics.push(missing(ref, index));
      else if (!semver.satisfies(found.version, ref.version, { includePrerelease: true })) {
        diagnostics.push(mismatch(ref, found.version, index));
      } else plugins.push(found);
    });
    return { plugins, diagnostics };
  }
  const shipping = available.filter((p) => p.plans.some((s) => s.id === plan.id));
  if (shipping.length > 0) return { plugins: shipping, diagnostics: [] };
  const issuer = plan.issuer.unitId;
  if (issuer === null) return { plugins: [], diagnostics: [] };
  return {
    plugins: available.filter(
      (p) => p.units.some((u) => u.id === issuer) || p.wards.some((w) => wardCommitteeId(w.id) === issuer),
    ),
    diagnostics: [],
  };
}
