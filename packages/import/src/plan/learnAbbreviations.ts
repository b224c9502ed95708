import {
  type Diagnostic,
  type LookupOptions,
  type SourceLocation,
  slugify,
  type Unit,
  type UnitKind,
  type UnitRegistry,
  unitKey,
} from "@kehoach/core";
import { diagnostic } from "../diagnostics";

/** An abbreviation a document defines for a unit: "Phòng Đào tạo (P3)". */
export interface LearnedAbbreviation {
  /** As written between the parentheses: "P3". */
  abbreviation: string;
  /** The name before them: "Phòng Đào tạo". */
  name: string;
  /** The unit it names: from the registry, or a unit of the document's own. */
  unit: Unit;
  /** Whether the unit was made for this document (the registry has no such unit). */
  documentUnit: boolean;
  /** Where it is defined. */
  location: SourceLocation | null;
}

/** A text of the document with where it stands. */
export interface LocatedText {
  text: string;
  location: SourceLocation | null;
}

/** "(P3)", "(TTĐT)", "(VH&TT)": capitals, digits, "&", ".", "-"; at least two characters. */
const DEFINITION = /\(\s*([\p{Lu}\p{N}][\p{Lu}\p{N}&.-]{1,11})\s*\)/gu;
const HAS_CAPITAL = /\p{Lu}/u;
const ROMAN = /^[IVXLC]+$/u;
/** Unit names are short: a name is at most this many words. */
const MAX_NAME_WORDS = 12;
/** At most this many definitions are learned from one document (a bound on adversarial input). */
const MAX_DEFINITIONS = 1_000;
/** Where a name cannot reach back past. */
const BOUNDARY = /[;:,()\n\u201c\u201d"]/u;

/** Words that begin a unit's name, and the kind of unit they make. */
export const KIND_WORDS: readonly [string, UnitKind][] = [
  ["Ủy ban nhân dân", "government"],
  ["Uỷ ban nhân dân", "government"],
  ["UBND", "government"],
  ["Ủy ban", "mass-organisation"],
  ["Uỷ ban", "mass-organisation"],
  ["Văn phòng", "department"],
  ["Thanh tra", "department"],
  ["Phòng", "department"],
  ["Chi cục", "department"],
  ["Cục", "department"],
  ["Sở", "department"],
  ["Khoa", "department"],
  ["Bộ môn", "department"],
  ["Trung tâm", "public-service"],
  ["Bệnh viện", "public-service"],
  ["Trường", "public-service"],
  ["Viện", "public-service"],
  ["Ban", "public-service"],
  ["Trạm", "public-service"],
  ["Liên đoàn", "mass-organisation"],
  ["Đoàn", "mass-organisation"],
  ["Hội", "mass-organisation"],
  ["Câu lạc bộ", "mass-organisation"],
  ["Công an", "armed-forces"],
  ["Công ty", "enterprise"],
  ["Hợp tác xã", "enterprise"],
];
const KIND_START = new RegExp(
  `(?<![\\p{L}\\p{N}])(${KIND_WORDS.map(([word]) => word).join("|")})\\s+(?=[\\p{Lu}\\p{N}])`,
  "gu",
);

/** The kind of unit a name's first word makes ("Phòng" a department). */
export function kindOf(word: string): UnitKind {
  return KIND_WORDS.find(([kindWord]) => kindWord === word)?.[1] ?? "department";
}

/** The unit name that ends right before a definition's "(", or null when the words there name no unit. */
function nameBefore(
  text: string,
  end: number,
  registry: UnitRegistry,
  options: LookupOptions,
): { name: string; unit: Unit | null; kind: UnitKind } | null {
  let start = end;
  while (start > 0 && !BOUNDARY.test(text.charAt(start - 1)) && end - start < 160) start--;
  const segment = text.slice(start, end).replace(/\s+$/u, "");
  if (segment === "") return null;
  // The longest run of final words that the registry knows.
  const words = segment.split(/\s+/u).filter(Boolean);
  for (let from = Math.max(0, words.length - MAX_NAME_WORDS); from < words.length; from++) {
    const candidate = words.slice(from).join(" ");
    const unit = registry.lookup(candidate, options);
    if (unit !== null) return { name: candidate, unit, kind: unit.kind };
  }
  // Else the last "Phòng …", "Trung tâm …", "Hội …" followed by a capitalised word.
  let last: RegExpExecArray | null = null;
  for (const match of segment.matchAll(KIND_START)) last = match;
  if (last === null) return null;
  const name = segment.slice(last.index).trim();
  if (name.split(/\s+/u).length > MAX_NAME_WORDS) return null;
  return { name, unit: null, kind: kindOf(last[1] ?? "") };
}

/**
 * A unit of the document's own: its name as written, an id slugged from it
 * and prefixed `doc-` (so it never takes a plugin unit's id: a plan imported
 * without the plugin and the plugin's own units stay apart; not `taken`), the
 * abbreviation it defines if any.
 */
export function documentUnit(
  name: string,
  abbreviation: string | null,
  kind: UnitKind,
  taken: (id: string) => boolean,
): Unit {
  const base = `doc-${slugify(name) || slugify(abbreviation ?? "") || "don-vi"}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return {
    id,
    name,
    short: abbreviation,
    aliases: abbreviation === null ? [] : [abbreviation, `${name} (${abbreviation})`],
    kind,
    scope: "district",
    parent: null,
    members: [],
    validFrom: null,
    validTo: null,
  };
}

/**
 * Finds the abbreviations a document defines for units — a unit's name
 * followed by a parenthesised abbreviation, "Phòng Đào tạo (P3)", "Trung tâm
 * Văn hóa - Thông tin và Thể thao (TTVH)" — in any of its texts. The name is
 * the longest run of words before the parenthesis that the registry knows;
 * else a name that begins with a unit word ("Phòng", "Ban", "Trung tâm",
 * "Hội", "Công ty", …) followed by a capitalised word, which becomes a unit
 * of the document's own (its id a slug of the name). Parentheses holding
 * numbers, Roman numerals, dates or lower-case words are not definitions; an
 * abbreviation defined twice keeps its first meaning; at most 1,000 are
 * learned per document. Each definition gives
 * an `import.abbreviation-learned` info diagnostic at its location.
 */
export function learnAbbreviations(
  texts: readonly LocatedText[],
  registry: UnitRegistry,
  options: LookupOptions = {},
): { learned: LearnedAbbreviation[]; diagnostics: Diagnostic[] } {
  const learned: LearnedAbbreviation[] = [];
  const diagnostics: Diagnostic[] = [];
  const byKey = new Map<string, LearnedAbbreviation>();
  const byName = new Map<string, LearnedAbbreviation>();
  const madeIds = new Set<string>();
  for (const { text, location } of texts) {
    if (!text.includes("(")) continue;
    // An exec loop on the shared pattern: matchAll would clone it for every text.
    DEFINITION.lastIndex = 0;
    for (let match = DEFINITION.exec(text); match !== null; match = DEFINITION.exec(text)) {
      const abbreviation = match[1] ?? "";
      if (!HAS_CAPITAL.test(abbreviation) || ROMAN.test(abbreviation)) continue;
      const key = unitKey(abbreviation);
      if (byKey.has(key)) continue;
      const found = nameBefore(text, match.index, registry, options);
      if (found === null) continue;
      const existing = registry.lookup(abbreviation, options);
      if (existing !== null && found.unit !== null && existing.id === found.unit.id) continue;
      // A name the document defined before gives the same unit.
      const earlier = byName.get(unitKey(found.name));
      const unit =
        found.unit ??
        earlier?.unit ??
        documentUnit(
          found.name,
          abbreviation,
          found.kind,
          (id) => registry.get(id) !== undefined || madeIds.has(id),
        );
      const isDocumentUnit = found.unit === null && earlier === undefined;
      if (isDocumentUnit) madeIds.add(unit.id);
      const item: LearnedAbbreviation = {
        abbreviation,
        name: found.name,
        unit,
        documentUnit: found.unit === null,
        location,
      };
      byKey.set(key, item);
      if (!byName.has(unitKey(found.name))) byName.set(unitKey(found.name), item);
      learned.push(item);
      if (learned.length >= MAX_DEFINITIONS) return { learned, diagnostics };
      diagnostics.push(
        diagnostic(
          "import.abbreviation-learned",
          "info",
          {
            vi: `Văn bản định nghĩa "${abbreviation}" là "${found.name}"${found.unit === null ? " (đơn vị riêng của văn bản)" : ` (${unit.id})`}; dùng cho cả văn bản`,
            en: `The document defines "${abbreviation}" as "${found.name}"${found.unit === null ? " (a unit of the document's own)" : ` (${unit.id})`}; used throughout the document`,
          },
          location === null
            ? null
            : { ...location, span: { start: match.index, end: match.index + match[0].length } },
        ),
      );
    }
  }
  return { learned, diagnostics };
}

/**
 * A registry that also knows a document's abbreviations: each abbreviation,
 * and each "name (abbreviation)" as written at its definition, names the
 * learned unit; the document's own units are added to `units`. Everything
 * else is the given registry's.
 */
export function withAbbreviations(
  registry: UnitRegistry,
  learned: readonly LearnedAbbreviation[],
): UnitRegistry {
  if (learned.length === 0) return registry;
  const byKey = new Map<string, Unit>();
  for (const item of learned) {
    byKey.set(unitKey(item.abbreviation), item.unit);
    byKey.set(unitKey(`${item.name} (${item.abbreviation})`), item.unit);
    if (item.documentUnit) byKey.set(unitKey(item.name), item.unit);
  }
  const own = new Map<string, Unit>();
  for (const item of learned) if (item.documentUnit) own.set(item.unit.id, item.unit);
  const lookupAll = (text: string, options?: LookupOptions): Unit[] => {
    const unit = typeof text === "string" ? byKey.get(unitKey(text)) : undefined;
    return unit === undefined ? registry.lookupAll(text, options) : [unit];
  };
  return Object.freeze({
    ...registry,
    units: Object.freeze([...registry.units, ...own.values()]),
    get: (id: string) => own.get(id) ?? registry.get(id),
    lookupAll,
    lookup: (text: string, options?: LookupOptions) => {
      const found = lookupAll(text, options);
      return found.length === 1 ? (found[0] ?? null) : null;
    },
  });
}
