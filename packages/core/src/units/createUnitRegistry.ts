import { z } from "zod";
import { createDiagnostic } from "../errors/createDiagnostic";
import { KehoachError } from "../errors/KehoachError";
import { zodIssuesToDiagnostics } from "../errors/zodIssuesToDiagnostics";
import type { Diagnostic } from "../model/Diagnostic";
import { type Unit, type UnitInput, UnitSchema, type Ward, type WardInput, WardSchema } from "../model/Unit";
import { isValidAt } from "./isValidAt";
import type { LookupOptions, UnitRegistry } from "./UnitRegistry";
import { looseUnitKey, unitKey } from "./unitKey";
import { wardUnits } from "./wardUnits";

const InputSchema = z.object({ units: z.array(UnitSchema), wards: z.array(WardSchema) });

function overlaps(a: Unit | Ward, b: Unit | Ward): boolean {
  const startA = a.validFrom ?? "0000-00-00";
  const endA = a.validTo ?? "9999-99-99";
  const startB = b.validFrom ?? "0000-00-00";
  const endB = b.validTo ?? "9999-99-99";
  return startA <= endB && startB <= endA;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Every spelling a unit is indexed by: name, short name, aliases, and departments' names without "Phòng". */
function spellings(unit: Unit): string[] {
  const all = [unit.name, ...(unit.short ? [unit.short] : []), ...unit.aliases];
  if (unit.kind === "department") {
    for (const s of [...all]) {
      const bare = s.replace(/^(?:phòng|p\.)\s*/iu, "");
      if (bare !== s && bare) all.push(bare);
    }
  }
  return all;
}

const WARD_PREFIX = /^(?:phường\s+|p\.\s*)/iu;
const MATCH_CACHE_SIZE = 10_000;

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
    throw new KehoachError(
      zodIssuesToDiagnostics(
        "registry.invalid",
        { vi: "Dữ liệu đơn vị", en: "unit data" },
        parsed.error.issues,
      ),
      { vi: "Không tạo được danh mục đơn vị", en: "Cannot build the unit registry" },
    );
  }
  const givenUnits = parsed.data.units;
  const allWards = parsed.data.wards;
  const allUnits = [...givenUnits, ...wardUnits(givenUnits, allWards)];
  const errors: Diagnostic[] = [];
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, Unit>();
  allUnits.forEach((unit, i) => {
    if (byId.has(unit.id)) {
      errors.push(
        createDiagnostic(
          "registry.duplicate-unit",
          "error",
          { vi: `Mã đơn vị "${unit.id}" bị dùng hai lần`, en: `Unit id "${unit.id}" is used twice` },
          { path: ["units", i, "id"] },
        ),
      );
    }
    byId.set(unit.id, unit);
  });
  const wardById = new Map<string, Ward>();
  allWards.forEach((ward, i) => {
    if (wardById.has(ward.id)) {
      errors.push(
        createDiagnostic(
          "registry.duplicate-ward",
          "error",
          { vi: `Mã phường "${ward.id}" bị dùng hai lần`, en: `Ward id "${ward.id}" is used twice` },
          { path: ["wards", i, "id"] },
        ),
      );
    }
    wardById.set(ward.id, ward);
  });
  if (errors.length > 0) {
    throw new KehoachError(errors, {
      vi: "Không tạo được danh mục đơn vị",
      en: "Cannot build the unit registry",
    });
  }

  const exact = new Map<string, Unit[]>();
  const loose = new Map<string, Unit[]>();
  for (const unit of allUnits) {
    for (const spelling of spellings(unit)) {
      addTo(exact, unitKey(spelling), unit);
      addTo(loose, looseUnitKey(spelling), unit);
    }
  }
  const wardIndex = new Map<string, Ward[]>();
  for (const ward of allWards) {
    for (const spelling of [ward.name, ...ward.aliases]) addTo(wardIndex, unitKey(spelling), ward);
  }

  // Softer problems: conflicting aliases, dangling references, inverted validity.
  for (const [key, list] of exact) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a && b && overlaps(a, b)) {
          diagnostics.push(
            createDiagnostic(
              "registry.alias-conflict",
              "error",
              {
                vi: `Tên "${key}" chỉ cả "${a.id}" và "${b.id}" trong cùng thời gian`,
                en: `The name "${key}" is claimed by both "${a.id}" and "${b.id}" at the same time`,
              },
              { path: ["units", allUnits.indexOf(b), "aliases"] },
            ),
          );
        }
      }
    }
  }
  givenUnits.forEach((unit, i) => {
    if (unit.parent && !byId.has(unit.parent)) {
      diagnostics.push(
        createDiagnostic(
          "registry.unknown-parent",
          "error",
          {
            vi: `Đơn vị "${unit.id}" thuộc đơn vị chưa khai báo "${unit.parent}"`,
            en: `Unit "${unit.id}" has an unknown parent "${unit.parent}"`,
          },
          { path: ["units", i, "parent"] },
        ),
      );
    }
    unit.members.forEach((member, k) => {
      if (!byId.has(member)) {
        diagnostics.push(
          createDiagnostic(
            "registry.unknown-member",
            "error",
            {
              vi: `Nhóm "${unit.id}" có thành viên chưa khai báo "${member}"`,
              en: `Group "${unit.id}" has an unknown member "${member}"`,
            },
            { path: ["units", i, "members", k] },
          ),
        );
      }
    });
    if (unit.validFrom && unit.validTo && unit.validFrom > unit.validTo) {
      diagnostics.push(
        createDiagnostic(
          "registry.invalid-validity",
          "error",
          {
            vi: `Đơn vị "${unit.id}" có ngày bắt đầu sau ngày kết thúc`,
            en: `Unit "${unit.id}" is valid from a date after its end`,
          },
          { path: ["units", i, "validFrom"] },
        ),
      );
    }
  });
  allWards.forEach((ward, i) => {
    if (ward.validFrom && ward.validTo && ward.validFrom > ward.validTo) {
      diagnostics.push(
        createDiagnostic(
          "registry.invalid-validity",
          "error",
          {
            vi: `Phường "${ward.id}" có ngày bắt đầu sau ngày kết thúc`,
            en: `Ward "${ward.id}" is valid from a date after its end`,
          },
          { path: ["wards", i, "validFrom"] },
        ),
      );
    }
    const district = ward.district ? byId.get(ward.district) : undefined;
    if (ward.district && !district) {
      diagnostics.push(
        createDiagnostic(
          "registry.unknown-district",
          "error",
          {
            vi: `Phường "${ward.id}" thuộc quận chưa khai báo "${ward.district}"`,
            en: `Ward "${ward.id}" belongs to an unknown district "${ward.district}"`,
          },
          { path: ["wards", i, "district"] },
        ),
      );
    } else if (
      district &&
      ((district.validFrom && ward.validFrom && ward.validFrom < district.validFrom) ||
        (district.validTo && (!ward.validTo || ward.validTo > district.validTo)))
    ) {
      diagnostics.push(
        createDiagnostic(
          "registry.ward-outside-district",
          "error",
          {
            vi: `Phường "${ward.id}" có hiệu lực ngoài thời gian tồn tại của "${district.id}"`,
            en: `Ward "${ward.id}" is valid outside the lifetime of "${district.id}"`,
          },
          { path: ["wards", i, "validTo"] },
        ),
      );
    }
  });

  // Cells repeat the same names row after row: remember what each text matched (bounded).
  const matchCache = new Map<string, readonly Unit[]>();
  const matchesOf = (text: string): readonly Unit[] => {
    const cached = matchCache.get(text);
    if (cached !== undefined) return cached;
    const found = exact.get(unitKey(text)) ?? loose.get(looseUnitKey(text)) ?? [];
    if (matchCache.size >= MATCH_CACHE_SIZE) matchCache.clear();
    matchCache.set(text, found);
    return found;
  };
  const lookupAll = (text: string, options: LookupOptions = {}): Unit[] => {
    if (typeof text !== "string") return [];
    const date = options?.date ?? null;
    return matchesOf(text).filter((u) => isValidAt(u, date));
  };

  const registry: UnitRegistry = {
    units: Object.freeze(allUnits),
    wards: Object.freeze(allWards),
    diagnostics: Object.freeze(diagnostics),
    get: (id) => byId.get(id),
    getWard: (id) => wardById.get(id),
    lookupAll,
    lookup(text, options) {
      const found = lookupAll(text, options);
      return found.length === 1 ? (found[0] ?? null) : null;
    },
    lookupWard(text, options = {}) {
      if (typeof text !== "string") return null;
      const bare = text.normalize("NFC").trim().replace(WARD_PREFIX, "");
      const found = (wardIndex.get(unitKey(bare)) ?? []).filter((w) => isValidAt(w, options?.date ?? null));
      return found.length === 1 ? (found[0] ?? null) : null;
    },
    wardsAt: (date) => allWards.filter((w) => isValidAt(w, date ?? null)),
    membersAt: (unit, date) =>
      unit.members.filter((id) => {
        const member = byId.get(id);
        return member !== undefined && isValidAt(member, date ?? null);
      }),
  };
  return Object.freeze(registry);
}
