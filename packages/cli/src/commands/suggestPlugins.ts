import { createUnitRegistry, type Plan, type Plugin } from "@kehoach/core";

/**
 * The ids of the plugins among `plugins` whose units name the plan's
 * issuer ("UBND quận Thanh Xuân" is the Thanh Xuân plugin's
 * `ubnd-quan-thanh-xuan`), for a plan imported without one. The issuer is
 * read as the document writes it (`plan.issuer.source`, else
 * `plan.document.issuer`); a plugin whose units clash is skipped.
 */
export function pluginsForIssuer(
  plan: Plan,
  plugins: readonly Pick<Plugin, "id" | "units" | "wards">[],
): string[] {
  const issuer = plan.issuer.source.trim() || (plan.document.issuer ?? "").trim();
  if (issuer === "") return [];
  return plugins
    .filter((plugin) => {
      try {
        const registry = createUnitRegistry([...(plugin.units ?? [])], [...(plugin.wards ?? [])]);
        return registry.lookupAll(issuer).some((unit) => unit.kind === "government");
      } catch {
        return false;
      }
    })
    .map((plugin) => plugin.id);
}
