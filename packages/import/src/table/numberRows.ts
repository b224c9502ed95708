import type { Diagnostic } from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import type { AssembledTable, LogicalRow } from "./assembleTables";

/** How a row number is written. */
export type CodeStyle = "arabic" | "roman" | "upper" | "lower" | "bullet" | "unknown";

/** A row number read: its style, depth for dotted numbers, ordinal of its last part. */
export interface ParsedCode {
  /** The code without a trailing "." or ")": "2.1", "I", "a". */
  bare: string;
  style: CodeStyle;
  /** Segments of a dotted Arabic number ("2.1" → 2), else 1. */
  depth: number;
  /** The ordinal of the last part (2.1 → 1, III → 3, c → 3), or null. */
  ordinal: number | null;
  /** Segments of an Arabic number. */
  segments: number[];
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

// Patterns and tables are module constants: a literal in a function body is a new object on every call (every row).
const ROMAN_LETTERS = /^[IVXLC]{1,8}$/u;

/** The value of a Roman numeral (I–CXC), or null if it is not one written canonically. */
export function romanToNumber(text: string): number | null {
  if (!ROMAN_LETTERS.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = romanValues[text[i]!]!;
    const next = romanValues[text[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === text ? total : null;
}

const ROMAN_NUMERALS: readonly (readonly [number, string])[] = [
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function toRoman(n: number): string {
  let out = "";
  let rest = n;
  for (const [value, numeral] of ROMAN_NUMERALS) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

const letters = "abcdđefghiklmnopqrstuvxy";

function letterOrdinal(letter: string): number | null {
  const index = letters.indexOf(letter.toLowerCase());
  return index < 0 ? null : index + 1;
}

const LEADING_OPEN = /^\(/u;
const ARABIC = /^\d{1,4}(?:\.\d{1,4}){0,5}$/u;
const UPPER_LETTER = /^[A-ZĐ]$/u;
const LOWER_LETTER = /^[a-zđ]$/u;
const BULLET = /^[-+•*–]$/u;

/** The numbers of a dotted Arabic code ("2.10" → [2, 10]): digits and single dots only, as {@link ARABIC} matched. */
function arabicSegments(bare: string): number[] {
  const segments: number[] = [];
  let value = 0;
  for (let i = 0; i < bare.length; i++) {
    const code = bare.charCodeAt(i);
    if (code === 0x2e) {
      segments.push(value);
      value = 0;
    } else value = value * 10 + (code - 0x30);
  }
  segments.push(value);
  return segments;
}

/** The code without its trailing "." and ")" (a scan: the pattern's replace allocated on every row). */
function withoutClosing(code: string): string {
  let end = code.length;
  while (end > 0 && (code.charCodeAt(end - 1) === 0x2e || code.charCodeAt(end - 1) === 0x29)) end--;
  return end === code.length ? code : code.slice(0, end);
}

/** Reads a row number as written: "2.1", "1.", "I", "II.", "A", "a)", "-". */
export function parseCode(code: string, preferLetter = false): ParsedCode {
  const trimmed = code.trim();
  const bare = withoutClosing(trimmed).replace(LEADING_OPEN, "").trim();
  if (ARABIC.test(bare)) {
    const segments = arabicSegments(bare);
    return {
      bare,
      style: "arabic",
      depth: segments.length,
      ordinal: segments[segments.length - 1]!,
      segments,
    };
  }
  const roman = romanToNumber(bare);
  if (roman !== null && !(preferLetter && bare.length === 1)) {
    return { bare, style: "roman", depth: 1, ordinal: roman, segments: [] };
  }
  if (UPPER_LETTER.test(bare))
    return { bare, style: "upper", depth: 1, ordinal: letterOrdinal(bare), segments: [] };
  if (LOWER_LETTER.test(bare))
    return { bare, style: "lower", depth: 1, ordinal: letterOrdinal(bare), segments: [] };
  if (BULLET.test(bare)) return { bare, style: "bullet", depth: 1, ordinal: null, segments: [] };
  return { bare: bare === "" ? trimmed : bare, style: "unknown", depth: 1, ordinal: null, segments: [] };
}

/** A row placed in its table's outline. */
export interface NumberedRow {
  row: LogicalRow;
  parsed: ParsedCode;
  /** Unique id: "t<table + 1>-<qualified code>". */
  id: string;
  /** The code qualified by its ancestors when they are written in another style ("I.1"). */
  qualified: string;
  parent: NumberedRow | null;
  children: NumberedRow[];
  /** For a sub-row (the lower part of a merged number cell): the row's first part. */
  first?: NumberedRow;
}

/** Whether two numbers are written alike: the same style, and for Arabic numbers the same depth. */
function sameStyle(a: ParsedCode, b: ParsedCode): boolean {
  return a.style === b.style && (a.style !== "arabic" || a.depth === b.depth);
}

/** The lower part of a row whose number cell is merged down: a sibling of its first part, with the same number. */
function subRowNode(row: LogicalRow, previous: NumberedRow): NumberedRow {
  const first = previous.row.subRow > 1 ? (previous.first ?? previous) : previous;
  return {
    row,
    parsed: first.parsed,
    id: `${first.id}~${row.subRow}`,
    qualified: first.qualified,
    parent: first.parent,
    children: [],
    first,
  };
}

/** A row without a number (an unnumbered sub-group): the n-th such row, a sibling of the row before it. */
function unnumberedNode(
  row: LogicalRow,
  previous: NumberedRow | null,
  table: number,
  n: number,
): NumberedRow {
  const parent = previous?.parent ?? null;
  const qualified = `${parent === null ? "" : `${parent.qualified}.`}_${n}`;
  return {
    row,
    parsed: { bare: "", style: "bullet", depth: 1, ordinal: null, segments: [] },
    id: `t${table + 1}-${qualified}`,
    qualified,
    parent,
    children: [],
  };
}

/**
 * The open row a numbered row goes under, closing the rows it ends on
 * `stack`: a dotted number goes under the row it extends when that row is
 * open; otherwise a row closes the last open row of its own style.
 */
function parentOf(parsed: ParsedCode, stack: NumberedRow[]): NumberedRow | null {
  if (parsed.style === "arabic" && parsed.depth > 1) {
    const prefix = parsed.segments.slice(0, -1).join(".");
    const at = findLastIndex(
      stack,
      (entry) => entry.parsed.style === "arabic" && entry.parsed.bare === prefix,
    );
    if (at >= 0) {
      stack.length = at + 1;
      return stack[stack.length - 1] ?? null;
    }
  }
  const same = findLastIndex(stack, (entry) => sameStyle(entry.parsed, parsed));
  if (same >= 0) stack.length = same;
  return stack[stack.length - 1] ?? null;
}

/** The row's id, made unique with "~2", "~3" when its number repeats (with a warning). */
function uniqueId(
  id: string,
  row: LogicalRow,
  table: number,
  ids: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): string {
  if (!ids.has(id)) return id;
  diagnostics.push(
    diagnostic(
      "import.duplicate-code",
      "warning",
      {
        vi: `Số thứ tự "${row.code}" bị lặp trong bảng ${table + 1}`,
        en: `Row number "${row.code}" appears twice in table ${table + 1}`,
      },
      row.cellLocations[0] ?? row.location,
    ),
  );
  let n = 2;
  while (ids.has(`${id}~${n}`)) n++;
  return `${id}~${n}`;
}

function unrecognisedCode(row: LogicalRow): Diagnostic {
  return diagnostic(
    "import.code-unrecognised",
    "warning",
    {
      vi: `Không đọc được số thứ tự "${row.code}"; giữ nguyên như đã viết`,
      en: `The row number "${row.code}" cannot be read; kept as written`,
    },
    row.cellLocations[0] ?? row.location,
  );
}

/**
 * Places every row of a table in an outline from how its number is written:
 * I/II, A/B, 1/2, 1.1/1.2, a/b and bullets nest in the order they first
 * appear; a dotted number sits under the number it extends; numbering may
 * restart in each section. Gives each row a unique id, and reports gaps
 * (5.4 missing), numbers out of order, duplicates and unreadable numbers as
 * warnings — codes are kept as written, never renumbered.
 */
export function numberRows(table: AssembledTable): { rows: NumberedRow[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const out: NumberedRow[] = [];
  const stack: NumberedRow[] = [];
  const ids = new Set<string>();
  const lastChild = new Map<NumberedRow | null, NumberedRow>();
  let previous: NumberedRow | null = null;
  let unnumbered = 0;
  for (const row of table.rows) {
    let node: NumberedRow;
    if (row.subRow > 1 && previous !== null && previous.row.code === row.code) {
      node = subRowNode(row, previous);
      node.parent?.children.push(node);
    } else if (row.code === "") {
      node = unnumberedNode(row, previous, table.index, ++unnumbered);
      node.parent?.children.push(node);
    } else {
      const expectLetter = stack.some(
        (entry) => entry.parsed.style === "upper" || entry.parsed.style === "lower",
      );
      const parsed = parseCode(row.code, expectLetter);
      if (parsed.style === "unknown") diagnostics.push(unrecognisedCode(row));
      const parent = parentOf(parsed, stack);
      const qualified = qualify(parsed, parent);
      const id = uniqueId(`t${table.index + 1}-${qualified}`, row, table.index, ids, diagnostics);
      node = { row, parsed, id, qualified, parent, children: [] };
      parent?.children.push(node);
      checkSequence(lastChild.get(parent) ?? null, node, table.index, diagnostics);
      lastChild.set(parent, node);
      stack.push(node);
    }
    ids.add(node.id);
    out.push(node);
    previous = node;
  }
  return { rows: out, diagnostics };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

function qualify(parsed: ParsedCode, parent: NumberedRow | null): string {
  if (parent === null) return parsed.bare;
  if (
    parsed.style === "arabic" &&
    parent.parsed.style === "arabic" &&
    parsed.bare.startsWith(`${parent.parsed.bare}.`)
  ) {
    const base = parent.qualified.slice(0, parent.qualified.length - parent.parsed.bare.length);
    return `${base}${parsed.bare}`;
  }
  return `${parent.qualified}.${parsed.bare}`;
}

function formatOrdinal(template: ParsedCode, ordinal: number): string {
  switch (template.style) {
    case "arabic":
      return [...template.segments.slice(0, -1), ordinal].join(".");
    case "roman":
      return toRoman(ordinal);
    case "upper":
      return (letters[ordinal - 1] ?? "?").toUpperCase();
    case "lower":
      return letters[ordinal - 1] ?? "?";
    default:
      return String(ordinal);
  }
}

function checkSequence(
  previous: NumberedRow | null,
  node: NumberedRow,
  table: number,
  diagnostics: Diagnostic[],
): void {
  const current = node.parsed;
  if (current.ordinal === null || current.style === "bullet" || current.style === "unknown") return;
  const alike = previous !== null && sameStyle(previous.parsed, current);
  const before = alike && previous.parsed.ordinal !== null ? previous.parsed.ordinal : 0;
  const location = node.row.cellLocations[0] ?? node.row.location;
  if (current.ordinal > before + 1) {
    const missing: string[] = [];
    for (let n = before + 1; n < current.ordinal && missing.length < 10; n++)
      missing.push(formatOrdinal(current, n));
    diagnostics.push(
      diagnostic(
        "import.numbering-gap",
        "warning",
        {
          vi: `Bảng ${table + 1} thiếu mục ${missing.join(", ")} (sau ${previous?.row.code ?? "đầu mục"}, trước ${node.row.code}); giữ nguyên số thứ tự`,
          en: `Table ${table + 1} has no item ${missing.join(", ")} (between ${previous?.row.code ?? "the start"} and ${node.row.code}); numbers kept as written`,
        },
        location,
      ),
    );
  } else if (alike && current.ordinal <= before && previous.parsed.bare !== current.bare) {
    diagnostics.push(
      diagnostic(
        "import.numbering-order",
        "warning",
        {
          vi: `Số thứ tự ${node.row.code} đứng sau ${previous.row.code}: sai thứ tự`,
          en: `Row number ${node.row.code} comes after ${previous.row.code}: out of order`,
        },
        location,
      ),
    );
  }
}
