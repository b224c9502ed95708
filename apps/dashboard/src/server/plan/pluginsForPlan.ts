import type { Plan, Plugin } from "@kehoach/core";

/**
 * The plugins whose lifecycle, exporters and anniversary apply to a plan (a
 * plan switcher's rule, as in docs/plugins.md's `openPlan`): the plugin that
 * ships a plan with this id; else the plugins whose units include the plan's
 * issuer (an uploaded plan of the same office, its People's Committee
 * "ubnd-phuong-<ward>" included for the plugin's wards); else none (the core lifecycle).
 * One ward's approval step thus never applies to another office's plan.
 */
export function pluginsForPlan(plan: Pick<Plan, "id" | "issuer">, plugins: readonly Plugin[]): Plugin[] {
  const shipping = plugins.filter((p) => p.plans.some((s) => s.id === plan.id));
  if (shipping.length > 0) return shipping;
  const issuer = plan.issuer.unitId;
  if (issuer === null) return [];
  return plugins.filter(
    (p) => p.units.some((u) => u.id === issuer) || p.wards.some((w) => `ubnd-phuong-${w.id}` === issuer),
  );
}
