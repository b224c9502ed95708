import { coreDiagnostic, coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import { KehoachError } from "../errors/KehoachError";
import type { Diagnostic } from "../model/Diagnostic";
import { createUnitRegistry } from "../units/createUnitRegistry";
import { deepFreeze } from "./deepFreeze";
import { type Plugin, type PluginInput, PluginSchema } from "./PluginSchema";

/**
 * Checks a plugin without throwing: its shape (zod) and its data — unit and ward
 * ids used once, no alias claimed by two units at once, parents, members and
 * districts that exist, validity windows the right way round and wards inside
 * their district's lifetime, plan ids used once and plan issuers that exist.
 */
export function checkPlugin(options: unknown): { plugin: Plugin | null; diagnostics: Diagnostic[] } {
  const parsed = PluginSchema.safeParse(options);
  if (!parsed.success) {
    return {
      plugin: null,
      diagnostics: coreZodDiagnostics("plugin.invalid", { vi: "Plugin", en: "plugin" }, parsed.error.issues),
    };
  }
  const plugin = parsed.data;
  const diagnostics: Diagnostic[] = [];
  try {
    const registry = createUnitRegistry(plugin.units, plugin.wards);
    diagnostics.push(...registry.diagnostics.filter((d) => d.severity === "error"));
    const seen = new Set<string>();
    plugin.plans.forEach((plan, i) => {
      if (seen.has(plan.id)) {
        diagnostics.push(
          coreDiagnostic(
            "plugin.duplicate-plan",
            "error",
            { vi: `Mã kế hoạch "${plan.id}" bị dùng hai lần`, en: `Plan id "${plan.id}" is used twice` },
            { path: ["plans", i, "id"] },
          ),
        );
      }
      seen.add(plan.id);
      if (plan.issuer && !registry.get(plan.issuer)) {
        diagnostics.push(
          coreDiagnostic(
            "plugin.unknown-unit",
            "error",
            {
              vi: `Kế hoạch "${plan.id}" do đơn vị chưa khai báo "${plan.issuer}" ban hành`,
              en: `Plan "${plan.id}" names an unknown issuer "${plan.issuer}"`,
            },
            { path: ["plans", i, "issuer"] },
          ),
        );
      }
    });
  } catch (error) {
    if (error instanceof KehoachError) diagnostics.push(...error.diagnostics);
    else throw error;
  }
  return { plugin: diagnostics.length === 0 ? plugin : null, diagnostics };
}

/**
 * Makes a plugin: a plain, frozen, validated object that `createKehoach`
 * registers. It may add units and wards, an anniversary, plan documents, time
 * words, report exporters and lifecycle steps.
 *
 * @throws {KehoachError} listing every problem (bilingual, with JSON paths) when the plugin is invalid.
 * @example
 * ```ts
 * import { definePlugin } from "@kehoach/core";
 *
 * const plugin = definePlugin({
 *   id: "phuong-hoa-binh-30-4",
 *   name: "Kỷ niệm 51 năm Ngày Giải phóng miền Nam — UBND phường Hòa Bình",
 *   version: "0.1.0",
 *   units: [
 *     {
 *       id: "phong-van-hoa-xa-hoi-phuong-hoa-binh",
 *       name: "Phòng Văn hóa - Xã hội phường Hòa Bình",
 *       aliases: ["Phòng VH-XH"],
 *       kind: "department",
 *       scope: "ward",
 *       validFrom: "2025-07-01",
 *     },
 *   ],
 * });
 * plugin.units.map((u) => u.id); // ["phong-van-hoa-xa-hoi-phuong-hoa-binh"]
 * Object.isFrozen(plugin); // true
 * ```
 */
export function definePlugin(options: PluginInput): Plugin {
  const { plugin, diagnostics } = checkPlugin(options);
  if (!plugin) {
    const id = typeof options === "object" && options !== null && "id" in options ? String(options.id) : "?";
    throw new KehoachError(diagnostics, {
      vi: `Plugin "${id}" không hợp lệ`,
      en: `Plugin "${id}" is invalid`,
    });
  }
  return deepFreeze(plugin);
}
