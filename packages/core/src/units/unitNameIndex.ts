import type { Unit, Ward } from "../model/Unit";
import { isValidAt } from "./isValidAt";
import type { LookupOptions } from "./UnitRegistry";
import { looseUnitKey, unitKey } from "./unitKey";

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
 * The name index of units and wards: each unit under every spelling by {@link unitKey} (exact) and
 * {@link looseUnitKey}, each ward by its name and aliases; lookups filter by validity on a date.
 */
export function createUnitNameIndex(units: readonly Unit[], wards: readonly Ward[]) {
  const exact = new Map<string, Unit[]>();
  const loose = new Map<string, Unit[]>();
  for (const unit of units) {
    for (const spelling of spellings(unit)) {
      addTo(exact, unitKey(spelling), unit);
      addTo(loose, looseUnitKey(spelling), unit);
    }
  }
  const wardIndex = new Map<string, Ward[]>();
  for (const ward of wards) {
    for (const spelling of [ward.name, ...ward.aliases]) addTo(wardIndex, unitKey(spelling), ward);
  }
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
  return {
    /** Units by exact key (several when a name is claimed twice). */
    exact: exact as ReadonlyMap<string, Unit[]>,
    lookupAll(text: string, options: LookupOptions = {}): Unit[] {
      if (typeof text !== "string") return [];
      const date = options?.date ?? null;
      return matchesOf(text).filter((u) => isValidAt(u, date));
    },
    lookupWard(text: string, options: LookupOptions = {}): Ward | null {
      if (typeof text !== "string") return null;
      const bare = text.normalize("NFC").trim().replace(WARD_PREFIX, "");
      const found = (wardIndex.get(unitKey(bare)) ?? []).filter((w) => isValidAt(w, options?.date ?? null));
      return found.length === 1 ? (found[0] ?? null) : null;
    },
  };
}
