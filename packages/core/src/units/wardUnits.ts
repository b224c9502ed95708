import type { Unit, Ward } from "../model/Unit";
import { wardCommitteeId } from "./wardCommittee";

/** The id of a district organisation's branch in a ward: "hoi-cuu-chien-binh-phuong-ha-dinh". */
export function wardBranchId(unitId: string, wardId: string): string {
  return `${unitId}-phuong-${wardId}`;
}

/** The id of the group "UBND các phường" (`ubnd-cac-phuong`) or "Hội CCB các phường" (`hoi-cuu-chien-binh-cac-phuong`). */
export function wardGroupId(unitId: string | null): string {
  return `${unitId ?? "ubnd"}-cac-phuong`;
}

/** True for units that have a branch in every ward: the district's mass organisations. */
export function hasWardBranches(unit: Unit): boolean {
  return unit.kind === "mass-organisation" && unit.scope === "district";
}

function base(text: string): string {
  return text.replace(/(?:\s+quận(?:\s+[\p{Lu}][\p{L}]*){0,3})$/u, "").trim();
}

/**
 * The units every ward implies: its People's Committee ({@link wardCommitteeId}),
 * each district mass organisation's branch in the wards of its district, and the groups
 * "UBND các phường" / "<organisation> các phường" whose members are those.
 * Units already given with the same id are kept as given.
 */
export function wardUnits(units: readonly Unit[], wards: readonly Ward[]): Unit[] {
  const out: Unit[] = [];
  const committees: string[] = [];
  for (const w of wards) {
    const names = [w.name, ...w.aliases];
    committees.push(wardCommitteeId(w.id));
    out.push({
      id: wardCommitteeId(w.id),
      name: `Ủy ban nhân dân phường ${w.name}`,
      short: `UBND phường ${w.name}`,
      aliases: names.flatMap((n) => [`UBND phường ${n}`, `Ủy ban nhân dân phường ${n}`, `UBND P. ${n}`]),
      kind: "ward",
      scope: "ward",
      parent: w.district,
      members: [],
      validFrom: w.validFrom,
      validTo: w.validTo,
    });
  }
  if (wards.length > 0) {
    out.push({
      id: wardGroupId(null),
      name: "Ủy ban nhân dân các phường",
      short: "UBND các phường",
      aliases: ["UBND các phường", "Ủy ban nhân dân các phường", "UBND phường"],
      kind: "group",
      scope: "group",
      parent: null,
      members: committees,
      validFrom: null,
      validTo: null,
    });
  }
  for (const unit of units.filter(hasWardBranches)) {
    // An organisation under a district has branches only in that district's wards (not in a ward
    // of another district, nor in a ward without one, which after the 2025 reform has its own).
    const branchWards = wards.filter((w) => unit.parent === null || unit.parent === w.district);
    const spellings = [...new Set([unit.short ?? unit.name, unit.name, ...unit.aliases].map(base))].filter(
      Boolean,
    );
    const label = spellings[0] ?? unit.name;
    const members: string[] = [];
    for (const w of branchWards) {
      members.push(wardBranchId(unit.id, w.id));
      out.push({
        id: wardBranchId(unit.id, w.id),
        name: `${label} phường ${w.name}`,
        short: null,
        aliases: spellings.flatMap((s) => [w.name, ...w.aliases].map((n) => `${s} phường ${n}`)),
        kind: unit.kind,
        scope: "ward",
        parent: wardCommitteeId(w.id),
        members: [],
        validFrom: w.validFrom,
        validTo: w.validTo,
      });
    }
    if (branchWards.length > 0) {
      out.push({
        id: wardGroupId(unit.id),
        name: `${label} các phường`,
        short: null,
        aliases: spellings.map((s) => `${s} các phường`),
        kind: "group",
        scope: "group",
        parent: null,
        members,
        validFrom: null,
        validTo: null,
      });
    }
  }
  const given = new Set(units.map((u) => u.id));
  return out.filter((u) => !given.has(u.id));
}
