import { z } from "zod";
import { coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import { KehoachError } from "../errors/KehoachError";
import { type UnitInput, UnitSchema, type WardInput, WardSchema } from "../model/Unit";
import { isValidAt } from "./isValidAt";
import type { UnitRegistry } from "./UnitRegistry";
import { createUnitNameIndex } from "./unitNameIndex";
import { aliasConflicts, indexById, unitProblems, wardProblems } from "./unitRegistryChecks";
import { wardUnits } from "./wardUnits";

const InputSchema = z.object({ units: z.array(UnitSchema), wards: z.array(WardSchema) });
const CANNOT_BUILD = { vi: "Không tạo được danh mục đơn vị", en: "Cannot build the unit registry" };

/**
 * Builds the index of units and wards that `resolveUnits` and the importer
 * match cell text against: each unit by its name, short name and aliases under
 * {@link unitKey} (NFC, case, tone placement, i/y, "P."/"Phòng", trailing
 * "quận"), each ward by its name and short forms, with validity dates. The
 * wards imply units of their own: "ubnd-phuong-<ward>" for each ward's
 * People's Committee, "<organisation>-phuong-<ward>" for each district mass
 * organisation's branch, and the groups "ubnd-cac-phuong",
 * "<organisation>-cac-phuong".
 *
 * @throws {KehoachError} when `units` or `wards` do not match their schema or an id is used twice
 *   (a developer's mistake in a plugin, never user text). Softer problems are in `registry.diagnostics`.
 */
export function createUnitRegistry(units: UnitInput[], wards: WardInput[]): UnitRegistry {
  const parsed = InputSchema.safeParse({ units, wards });
  if (!parsed.success) {
    const what = { vi: "Dữ liệu đơn vị", en: "unit data" };
    throw new KehoachError(coreZodDiagnostics("registry.invalid", what, parsed.error.issues), CANNOT_BUILD);
  }
  const givenUnits = parsed.data.units;
  const allWards = parsed.data.wards;
  const allUnits = [...givenUnits, ...wardUnits(givenUnits, allWards)];
  const { byId, wardById, errors } = indexById(allUnits, allWards);
  if (errors.length > 0) throw new KehoachError(errors, CANNOT_BUILD);
  const names = createUnitNameIndex(allUnits, allWards);
  // Softer problems: conflicting aliases, dangling references, inverted validity.
  const diagnostics = [
    ...aliasConflicts(names.exact, allUnits),
    ...unitProblems(givenUnits, byId),
    ...wardProblems(allWards, byId),
  ];
  const registry: UnitRegistry = {
    units: Object.freeze(allUnits),
    wards: Object.freeze(allWards),
    diagnostics: Object.freeze(diagnostics),
    get: (id) => byId.get(id),
    getWard: (id) => wardById.get(id),
    lookupAll: names.lookupAll,
    lookup(text, options) {
      const found = names.lookupAll(text, options);
      return found.length === 1 ? (found[0] ?? null) : null;
    },
    lookupWard: names.lookupWard,
    wardsAt: (date) => allWards.filter((w) => isValidAt(w, date ?? null)),
    membersAt: (unit, date) =>
      unit.members.filter((id) => {
        const member = byId.get(id);
        return member !== undefined && isValidAt(member, date ?? null);
      }),
  };
  return Object.freeze(registry);
}
