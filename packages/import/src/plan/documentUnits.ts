import {
  createUnitRegistry,
  type Diagnostic,
  type LookupOptions,
  splitUnitCell,
  type Unit,
  type UnitKind,
  type UnitRegistry,
  unitKey,
} from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import type { AssembledTable, LogicalRow } from "../table/assembleTables";
import {
  documentUnit,
  KIND_WORDS,
  kindOf,
  type LearnedAbbreviation,
  withAbbreviations,
} from "./learnAbbreviations";

/** Words that begin a unit's name besides those abbreviations are learned from. */
const MORE_KIND_WORDS: readonly [string, UnitKind][] = [
  ["UB", "mass-organisation"],
  ["Mặt trận", "mass-organisation"],
  ["Kho bạc", "department"],
  ["Tòa án", "department"],
  ["Viện kiểm sát", "department"],
  ["Đội", "department"],
  ["Bưu điện", "enterprise"],
  ["Ngân hàng", "enterprise"],
];
const KINDS = new Map<string, UnitKind>([
  ...KIND_WORDS.map(([word]) => [word.toLowerCase(), kindOf(word)] as const),
  ...MORE_KIND_WORDS.map(([word, kind]) => [word.toLowerCase(), kind] as const),
]);
const KIND_ALTERNATION = [...KINDS.keys()].sort((a, b) => b.length - a.length).join("|");
/** A name: a unit word, then a capitalised word, a number, or the level ("quận", "phường" …). */
const UNIT_NAME = new RegExp(
  `^(${KIND_ALTERNATION})\\s+(?=[\\p{Lu}\\p{N}]|(?:quận|huyện|thị xã|thành phố|tỉnh|phường|xã|thị trấn)(?!\\p{L}))`,
  "iu",
);
/** A group the document names: "Các phòng, ban, đơn vị liên quan", "Các DN trên địa bàn". */
const OPEN_GROUP =
  /^các\s+(?:phòng|ban|đơn vị|sở|ngành|tổ chức|cơ quan|trường|hội|đoàn thể|doanh nghiệp|DN)(?!\p{L})/iu;
/** A unit in every ward: "UBND các phường", "Đoàn TNCS HCM các phường". */
const WARD_GROUP = new RegExp(`^(?:${KIND_ALTERNATION})\\s+(?:\\S+\\s+){0,4}các\\s+(?:phường|xã)$`, "iu");
/** Where one name ends and the next begins in an item ("A, B", "A phối hợp với B"); not at "và" (names hold it). */
const SEPARATOR = /\s*,\s*|\s+(?:phối hợp với|cùng với)\s+/iu;
const REQUESTED = /^đề nghị\s+/iu;
const TRAILING_VERB = /\s+(?:phối hợp(?:\s+thực hiện)?|thực hiện|chủ trì)$/iu;
const HAS_GROUP_WORD = /(?:^|\s)các\s/iu;
const MAX_NAME_WORDS = 12;
/** At most this many units are made for one document (a bound on adversarial input). */
const MAX_UNITS = 1_000;

/** The kind of unit one name of a list makes ("group" for a unit in every ward), or null when it names none. */
function kindOfName(name: string): UnitKind | null {
  if (name.split(/\s+/u).length > MAX_NAME_WORDS) return null;
  if (WARD_GROUP.test(name)) return "group";
  if (HAS_GROUP_WORD.test(name)) return null;
  const match = UNIT_NAME.exec(name);
  return match === null ? null : (KINDS.get((match[1] ?? "").toLowerCase()) ?? "department");
}

/**
 * The unit names an item of a cell holds, with their kinds: a group named
 * whole ("Các phòng, ban, đơn vị liên quan": its commas are its own), else
 * the parts between commas and "phối hợp với" that name units — only when
 * the first part does (otherwise the item is prose, not a list of names).
 */
function namesOf(item: string): { name: string; kind: UnitKind }[] {
  const text = item.replace(REQUESTED, "").replace(TRAILING_VERB, "").trim();
  if (OPEN_GROUP.test(text) && text.split(/\s+/u).length <= MAX_NAME_WORDS)
    return [{ name: text, kind: "group" }];
  const parts = text
    .split(SEPARATOR)
    .map((part) => part.trim().replace(/[.;:]+$/u, ""))
    .filter((part) => part !== "");
  const kinds = parts.map(kindOfName);
  if (kinds[0] === null) return [];
  return parts.flatMap((name, i) => {
    const kind = kinds[i];
    return kind === null || kind === undefined ? [] : [{ name, kind }];
  });
}

/**
 * The units a document names in its lead and coordinator cells, for a plan
 * imported without a plugin: each item of a cell ("A; B", "(1) A (2) B", "A,
 * B", "A phối hợp với B", "Đề nghị A") that begins with a unit word and a
 * capitalised word or a level ("Phòng Nội vụ", "Hội CCB quận", "UBND quận
 * Thanh Xuân") and that `known` does not resolve becomes a unit named as
 * written (first spelling wins; tone-mark placement and case ignored); a
 * group the document names ("Các phòng, ban, đơn vị liên quan", "UBND các
 * phường") becomes a group unit with no members. Sentences are not units.
 */
export function unitsNamedIn(
  cells: readonly string[],
  known: UnitRegistry,
  options: LookupOptions = {},
): Unit[] {
  const units: Unit[] = [];
  const seen = new Set<string>();
  const ids = new Set(known.units.map((unit) => unit.id));
  // A cell met before names nothing new (every name of it is in `seen`): lead and coordinator cells repeat.
  const cellsRead = new Set<string>();
  for (const cell of cells) {
    if (cellsRead.has(cell)) continue;
    cellsRead.add(cell);
    for (const item of splitUnitCell(cell.normalize("NFC"))) {
      for (const { name, kind } of namesOf(item.text)) {
        const key = unitKey(name);
        if (seen.has(key)) continue;
        seen.add(key);
        if (known.lookupAll(name, options).length > 0) continue;
        const unit = documentUnit(name, null, kind, (id) => ids.has(id));
        ids.add(unit.id);
        units.push(kind === "group" ? { ...unit, scope: "group" } : unit);
        if (units.length >= MAX_UNITS) return units;
      }
    }
  }
  return units;
}

/** A registry of the given one's units and wards and the document's units (null when they clash). */
export function withDocumentUnits(registry: UnitRegistry, units: readonly Unit[]): UnitRegistry | null {
  if (units.length === 0) return registry;
  try {
    return createUnitRegistry([...registry.units, ...units], [...registry.wards]);
  } catch {
    return null;
  }
}

/** What {@link registryOfDocument} reads. */
export interface DocumentRegistryInput {
  tables: readonly AssembledTable[];
  /** A cell's flat text. */
  cellText: (row: LogicalRow, index: number) => string;
  /** The plugins' registry (or the caller's). */
  registry: UnitRegistry;
  /** The abbreviations the document defines. */
  learned: readonly LearnedAbbreviation[];
  /** Other texts that name units (the issuer in the "(Kèm theo …)" line). */
  names: readonly string[];
  date: string | null;
}

/**
 * The registry a plan's cells are resolved with: the given one and the
 * abbreviations the document defines; and, when the given one has no units
 * (no plugin), the units the document names in its lead and coordinator
 * columns and its other unit texts ({@link unitsNamedIn}), so that status and reports still group by
 * unit. Says how many units were taken from the document (`import.units-from-document`).
 */
export function registryOfDocument(input: DocumentRegistryInput): {
  registry: UnitRegistry;
  diagnostics: Diagnostic[];
} {
  const { registry, learned } = input;
  const withLearned = withAbbreviations(registry, learned);
  if (registry.units.length > 0) return { registry: withLearned, diagnostics: [] };
  const cells: string[] = [...input.names];
  for (const table of input.tables) {
    table.columns.forEach((column, c) => {
      if (column.role !== "leads" && column.role !== "coordinators") return;
      for (const row of table.rows) cells.push(input.cellText(row, c));
    });
  }
  const options = input.date === null ? {} : { date: input.date };
  const units = unitsNamedIn(cells, withLearned, options);
  const named = withDocumentUnits(registry, units);
  if (units.length === 0 || named === null) return { registry: withLearned, diagnostics: [] };
  const sample = units
    .slice(0, 3)
    .map((unit) => `"${unit.name}"`)
    .join(", ");
  const more = units.length > 3 ? ", …" : "";
  return {
    registry: withAbbreviations(named, learned),
    diagnostics: [
      diagnostic(
        "import.units-from-document",
        "info",
        {
          vi: `Không có đơn vị từ plugin: ${units.length} đơn vị lấy theo tên viết trong văn bản (${sample}${more}); plugin của đơn vị ban hành cho mã đơn vị chuẩn`,
          en: `No units from a plugin: ${units.length} units taken from their names in the document (${sample}${more}); the issuer's plugin gives the standard unit ids`,
        },
        null,
      ),
    ],
  };
}
