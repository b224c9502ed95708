import { type ColumnRole, foldForSearch } from "@kehoach/core";

/** A header wording and the column role it names ("Trách nhiệm thực hiện" → leads). */
export interface ColumnSynonym {
  role: ColumnRole;
  /** The wording as offices write it; matched folded (tones, vowel shapes, i/y, spacing and case ignored). */
  label: string;
  /**
   * How the folded header must contain the folded wording: "exact" (the whole
   * header), "prefix" (the header starts with it, default) or "contains".
   */
  match?: "exact" | "prefix" | "contains";
}

/**
 * The header wordings the importer knows, tried in order (the first match
 * wins): "Đơn vị được kiểm tra" names what a schedule row is about, so it is
 * tried before the lead wordings; "phối hợp" before "chủ trì" ("Đơn vị chủ trì,
 * phối hợp" lists helpers too). Plugins add theirs (`columnSynonyms`), tried
 * before these.
 */
export const builtinColumnSynonyms: readonly ColumnSynonym[] = [
  ...[
    "TT",
    "STT",
    "Số TT",
    "Số thứ tự",
    "Thứ tự",
    "Số",
    "No",
    "#",
    "Mã",
    "Mã số",
    "Mã nhiệm vụ",
    "Mã NV",
  ].map((label): ColumnSynonym => ({ role: "code", label, match: "exact" })),
  ...["Đơn vị được kiểm tra", "Cơ quan được kiểm tra", "Địa phương được kiểm tra", "Đối tượng kiểm tra"].map(
    (label): ColumnSynonym => ({ role: "title", label }),
  ),
  { role: "coordinators", label: "phối hợp", match: "contains" },
  ...[
    "chủ trì",
    "chịu trách nhiệm",
    "trách nhiệm thực hiện",
    "đơn vị thực hiện",
    "cơ quan thực hiện",
    "đơn vị được giao",
    "người thực hiện",
    "người phụ trách",
    "đơn vị phụ trách",
  ].map((label): ColumnSynonym => ({ role: "leads", label, match: "contains" })),
  ...["Thời gian", "Thời hạn", "Tiến độ", "Thời điểm", "Mốc thời gian", "Số ngày", "Hạn hoàn thành"].map(
    (label): ColumnSynonym => ({ role: "time", label }),
  ),
  { role: "notes", label: "Ghi chú" },
  ...["kết quả", "sản phẩm", "chỉ tiêu"].map(
    (label): ColumnSynonym => ({ role: "expected.district", label, match: "contains" }),
  ),
  ...[
    "Nội dung",
    "Tên nhiệm vụ",
    "Tên nhóm nhiệm vụ",
    "Nhiệm vụ",
    "Tên hoạt động",
    "Hoạt động",
    "Công việc",
    "Tên công việc",
    "Tên đề án",
    "Tên chương trình",
    "Giải pháp",
  ].map((label): ColumnSynonym => ({ role: "title", label })),
];

/** A header label folded for matching: tones, vowel shapes, "đ", i/y, case, punctuation and spacing ignored. */
export function foldLabel(label: string): string {
  // One space for each run of other characters (white space included), so no run of spaces is left.
  return foldForSearch(label, FOLD_IY).replace(NOT_LABEL_CHARACTERS, " ").trim();
}

const FOLD_IY = { iy: true } as const;
const NOT_LABEL_CHARACTERS = /[^\p{L}\p{N}#/]+/gu;

/** A folded label's first word: up to its first space or "/". */
function firstWord(folded: string): string {
  const space = folded.indexOf(" ");
  const slash = folded.indexOf("/");
  const end = space < 0 ? slash : slash < 0 ? space : Math.min(space, slash);
  return end < 0 ? folded : folded.slice(0, end);
}

/** A synonym table folded once, for matching many labels. */
export interface SynonymMatcher {
  /** The role the label names, or null. */
  roleOf: (label: string) => ColumnRole | null;
}

/** A wording folded once, with the forms its match needs ("x " and "x/" for a prefix, " x " inside). */
interface FoldedSynonym {
  role: ColumnRole;
  folded: string;
  match: "exact" | "prefix" | "contains";
  word: string;
  slash: string;
  inside: string;
}

/** A {@link SynonymMatcher} that also tells what it has already worked out (for the header test's cheap first pass). */
export interface RememberingMatcher extends SynonymMatcher {
  /** The role already worked out for the label (null: none), or undefined when it has not been asked yet. */
  known: (label: string) => ColumnRole | null | undefined;
  /**
   * Whether the label may name a code or content column: false only when it
   * surely names neither, told from its first word alone (cheaper than folding
   * the whole label, as a header test of every data row would).
   */
  mayNameCodeOrTitle: (label: string) => boolean;
}

/** Builds a matcher from synonyms (tried in order; plugin synonyms first, then the built-in ones). */
export function createSynonymMatcher(extra: readonly ColumnSynonym[] = []): SynonymMatcher {
  return createRememberingMatcher(extra);
}

/** {@link createSynonymMatcher}, with what it has worked out readable ({@link RememberingMatcher.known}). */
export function createRememberingMatcher(extra: readonly ColumnSynonym[] = []): RememberingMatcher {
  // Each wording folded once, with the forms its match needs ("x " and "x/" for a prefix, " x " inside).
  const entries = [...extra, ...builtinColumnSynonyms]
    .map((synonym): FoldedSynonym => {
      const folded = foldLabel(synonym.label);
      return {
        role: synonym.role,
        folded,
        match: synonym.match ?? "prefix",
        word: `${folded} `,
        slash: `${folded}/`,
        inside: ` ${folded} `,
      };
    })
    .filter((entry) => entry.folded !== "");
  // An exact or prefix wording can only match a label with the same first word (cut at " " or "/"):
  // each first word keeps the indexes of those wordings and of every "contains" one, in order.
  const contains: number[] = [];
  const byFirstWord = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    if (entry.match === "contains") contains.push(i);
    else {
      const first = firstWord(entry.folded);
      const list = byFirstWord.get(first);
      if (list === undefined) byFirstWord.set(first, [i]);
      else list.push(i);
    }
  });
  for (const [first, list] of byFirstWord)
    byFirstWord.set(
      first,
      [...list, ...contains].sort((a, b) => a - b),
    );
  const mayNameCodeOrTitle = leadingWordsTest(entries);
  const cache = new Map<string, ColumnRole | null>();
  const compute = (label: string): ColumnRole | null => {
    const folded = foldLabel(label);
    if (folded === "") return null;
    const padded = ` ${folded} `;
    for (const i of byFirstWord.get(firstWord(folded)) ?? contains) {
      const entry = entries[i]!;
      const hit =
        entry.match === "exact"
          ? folded === entry.folded
          : entry.match === "prefix"
            ? folded === entry.folded || folded.startsWith(entry.word) || folded.startsWith(entry.slash)
            : padded.includes(entry.inside);
      if (hit) return entry.role;
    }
    return null;
  };
  return {
    known: (label) => (label === "" ? null : cache.get(label)),
    mayNameCodeOrTitle,
    roleOf(label) {
      const known = cache.get(label);
      if (known !== undefined) return known;
      const role = compute(label);
      // Bounded: a document of distinct short cells must not grow it without end.
      if (cache.size >= 50_000) cache.clear();
      cache.set(label, role);
      return role;
    },
  };
}

/**
 * {@link RememberingMatcher.mayNameCodeOrTitle} for folded wordings. A code or
 * content wording matched whole or as a prefix names only labels that start
 * with it, and folding keeps white space a word boundary: the label's words up
 * to each space, folded, either start with such a wording (possible), start
 * one ("Công" of "Công việc": read on), or neither ("Công tác": ruled out).
 * A code or content wording matched anywhere leaves every label possible.
 */
function leadingWordsTest(entries: readonly FoldedSynonym[]): (label: string) => boolean {
  const keys = entries.filter((entry) => entry.role === "code" || entry.role === "title");
  if (keys.some((entry) => entry.match === "contains")) return () => true;
  // Words up to a space: true or false when they decide, null when the next words must be read.
  const known = new Map<string, boolean | null>();
  const leadTest = (lead: string): boolean | null => {
    let may = known.get(lead);
    if (may === undefined) {
      const folded = foldLabel(lead);
      may =
        folded !== "" &&
        keys.some(
          (key) => folded === key.folded || folded.startsWith(key.word) || folded.startsWith(key.slash),
        );
      if (!may && (folded === "" || keys.some((key) => key.folded.startsWith(`${folded} `)))) may = null;
      // Bounded, as the role cache is.
      if (known.size >= 50_000) known.clear();
      known.set(lead, may);
    }
    return may;
  };
  return (label) => {
    for (let end = label.indexOf(" "); end >= 0; end = label.indexOf(" ", end + 1)) {
      const may = leadTest(label.slice(0, end));
      if (may !== null) return may;
    }
    // The whole label: a start of a wording no longer names it.
    return leadTest(label) === true;
  };
}
