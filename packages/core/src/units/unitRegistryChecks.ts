import { coreDiagnostic } from "../errors/coreDiagnosticCodes";
import type { Diagnostic } from "../model/Diagnostic";
import type { Unit, Ward } from "../model/Unit";

function overlaps(a: Unit | Ward, b: Unit | Ward): boolean {
  const startA = a.validFrom ?? "0000-00-00";
  const endA = a.validTo ?? "9999-99-99";
  const startB = b.validFrom ?? "0000-00-00";
  const endB = b.validTo ?? "9999-99-99";
  return startA <= endB && startB <= endA;
}

/**
 * Units and wards by id; a unit or ward id used twice is an error (a developer's mistake in a plugin).
 */
export function indexById(
  units: readonly Unit[],
  wards: readonly Ward[],
): { byId: Map<string, Unit>; wardById: Map<string, Ward>; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const byId = new Map<string, Unit>();
  units.forEach((unit, i) => {
    if (byId.has(unit.id)) {
      errors.push(
        coreDiagnostic(
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
  wards.forEach((ward, i) => {
    if (wardById.has(ward.id)) {
      errors.push(
        coreDiagnostic(
          "registry.duplicate-ward",
          "error",
          { vi: `Mã phường "${ward.id}" bị dùng hai lần`, en: `Ward id "${ward.id}" is used twice` },
          { path: ["wards", i, "id"] },
        ),
      );
    }
    wardById.set(ward.id, ward);
  });
  return { byId, wardById, errors };
}

/** Names two units claim at the same time (their validity overlaps). */
export function aliasConflicts(index: ReadonlyMap<string, Unit[]>, units: readonly Unit[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, list] of index) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b || !overlaps(a, b)) continue;
        out.push(
          coreDiagnostic(
            "registry.alias-conflict",
            "error",
            {
              vi: `Tên "${key}" chỉ cả "${a.id}" và "${b.id}" trong cùng thời gian`,
              en: `The name "${key}" is claimed by both "${a.id}" and "${b.id}" at the same time`,
            },
            { path: ["units", units.indexOf(b), "aliases"] },
          ),
        );
      }
    }
  }
  return out;
}

/** Given units' unknown parents and members, and validity that ends before it starts. */
export function unitProblems(units: readonly Unit[], byId: ReadonlyMap<string, Unit>): Diagnostic[] {
  const out: Diagnostic[] = [];
  units.forEach((unit, i) => {
    if (unit.parent && !byId.has(unit.parent)) {
      out.push(
        coreDiagnostic(
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
      if (byId.has(member)) return;
      out.push(
        coreDiagnostic(
          "registry.unknown-member",
          "error",
          {
            vi: `Nhóm "${unit.id}" có thành viên chưa khai báo "${member}"`,
            en: `Group "${unit.id}" has an unknown member "${member}"`,
          },
          { path: ["units", i, "members", k] },
        ),
      );
    });
    if (unit.validFrom && unit.validTo && unit.validFrom > unit.validTo) {
      out.push(
        coreDiagnostic(
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
  return out;
}

function outsideDistrict(ward: Ward, district: Unit): boolean {
  return Boolean(
    (district.validFrom && ward.validFrom && ward.validFrom < district.validFrom) ||
      (district.validTo && (!ward.validTo || ward.validTo > district.validTo)),
  );
}

/** Wards' inverted validity, unknown districts, and validity outside their district's lifetime. */
export function wardProblems(wards: readonly Ward[], byId: ReadonlyMap<string, Unit>): Diagnostic[] {
  const out: Diagnostic[] = [];
  wards.forEach((ward, i) => {
    if (ward.validFrom && ward.validTo && ward.validFrom > ward.validTo) {
      out.push(
        coreDiagnostic(
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
      out.push(
        coreDiagnostic(
          "registry.unknown-district",
          "error",
          {
            vi: `Phường "${ward.id}" thuộc quận chưa khai báo "${ward.district}"`,
            en: `Ward "${ward.id}" belongs to an unknown district "${ward.district}"`,
          },
          { path: ["wards", i, "district"] },
        ),
      );
    } else if (district && outsideDistrict(ward, district)) {
      out.push(
        coreDiagnostic(
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
  return out;
}
