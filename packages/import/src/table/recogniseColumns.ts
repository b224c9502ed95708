import type { ColumnRole } from "@kehoach/core";
import {
  type ColumnSynonym,
  createRememberingMatcher,
  foldLabel,
  type RememberingMatcher,
} from "./columnSynonyms";

/** A recognised table column. */
export interface Column {
  role: ColumnRole;
  label: string;
  /** The year the header gives its cells ("Thời gian (Năm 2026)" → 2026), else absent. */
  year?: number;
  /** The time column counts days ("Số ngày dự kiến"): a bare number is a number of days. */
  days?: boolean;
}

const DIGIT_FIRST = /^\s*\d/u;

/** The level a sub-header label names ("Cấp quận" → district), or null. */
export function levelOfLabel(label: string): "district" | "ward" | "city" | null {
  const text = foldLabel(label);
  if (!/^(?:cap|tai|o)\s/u.test(text) && !/^(?:quan|huien|phuong|xa|thanh pho|tinh)$/u.test(text))
    return null;
  if (/(?:quan|huien|thi xa)/u.test(text)) return "district";
  if (/(?:phuong|xa|thi tran|co so)/u.test(text)) return "ward";
  if (/(?:thanh pho|tinh|trung uong)/u.test(text)) return "city";
  return null;
}

/** Lower header labels that refine the column above them ("Chi tiết" under a merged "TT"). */
const SUB_LABELS = /^(?:chi tiet|tieu muc|muc|nhom|cap|so hieu)$/u;

/** The header language of a table: the built-in synonyms and a plugin's. */
export interface HeaderReader {
  /** The role of a header label, or null when it is not a known column name. */
  roleOf: (label: string) => ColumnRole | null;
  /** Whether a row of labels is a header: two known labels, one of them the code or the content. */
  isHeader: (labels: readonly string[]) => boolean;
  /**
   * Whether a row is a header's lower line: every filled label is a level
   * ("Cấp quận") or a sub-label ("Chi tiết"), or column names with evidence
   * (two of them, or cells merged down from the line above). `covered[i]`: cell
   * i is covered by a merged cell.
   */
  isSubHeader: (labels: readonly string[], covered: readonly boolean[]) => boolean;
}

/** Builds the header reader for the built-in wordings plus `synonyms` (a plugin's, tried first). */
export function createHeaderReader(synonyms: readonly ColumnSynonym[] = []): HeaderReader {
  const matcher: RememberingMatcher = createRememberingMatcher(synonyms);
  const roleOf = (label: string): ColumnRole | null => {
    // A row number or a long sentence is never a column name.
    if (label.length > 80 || DIGIT_FIRST.test(label)) return null;
    return matcher.roleOf(label);
  };
  /** {@link roleOf} when it needs no folding (null: no role), undefined when the label must be folded. */
  const quickRoleOf = (label: string): ColumnRole | null | undefined =>
    label.length > 80 || DIGIT_FIRST.test(label) ? null : matcher.known(label);
  /** False when {@link roleOf} surely gives neither "code" nor "title" (blank, a row number, a sentence, other leading words). */
  const mayNameCodeOrTitle = (label: string): boolean =>
    label !== "" && label.length <= 80 && !DIGIT_FIRST.test(label) && matcher.mayNameCodeOrTitle(label);
  return {
    roleOf,
    isHeader(labels) {
      // A header names a code or content column: a row none of whose labels can (most data rows) is not one.
      if (!labels.some(mayNameCodeOrTitle)) return false;
      // Labels whose role is known without folding first (repeated cells, row numbers, long
      // sentences, blanks), then the others only while the answer is still open.
      let named = 0;
      let codeOrTitle = false;
      let open = 0;
      const folded: boolean[] = [];
      for (const label of labels) {
        const role = quickRoleOf(label);
        folded.push(role === undefined);
        if (role === undefined) open++;
        else if (role !== null) {
          named++;
          if (role === "code" || role === "title") codeOrTitle = true;
        }
      }
      for (let i = 0; i < labels.length && open > 0; i++) {
        if (named >= 2 && codeOrTitle) return true;
        if (named + open < 2) return false;
        if (!folded[i]) continue;
        open--;
        const role = matcher.roleOf(labels[i]!);
        if (role === null) continue;
        named++;
        if (role === "code" || role === "title") codeOrTitle = true;
      }
      return named >= 2 && codeOrTitle;
    },
    isSubHeader(labels, covered) {
      const filled = labels.filter((label, i) => !covered[i] && label.trim() !== "");
      const minor = (label: string) => levelOfLabel(label) !== null || SUB_LABELS.test(foldLabel(label));
      if (filled.length === 0) return false;
      if (filled.every(minor)) return true;
      // Column names in a lower line only count with evidence that it is one: two of them, or merged cells above.
      return (
        (filled.length >= 2 || covered.some(Boolean)) &&
        filled.every((label) => minor(label) || roleOf(label) !== null)
      );
    },
  };
}

const defaultReader = createHeaderReader();

/**
 * The role of a header label with the built-in wordings, or null: "STT",
 * "Nội dung công việc", "Tên nhóm nhiệm vụ/nhiệm vụ", "Cơ quan chủ trì",
 * "Trách nhiệm thực hiện", "Thời hạn", "Tiến độ", "Số ngày dự kiến", "Dự kiến
 * kết quả", "Sản phẩm", "Ghi chú", … matched without tones, spacing or case.
 */
export function roleOfLabel(label: string): ColumnRole | null {
  return defaultReader.roleOf(label);
}

/** Whether a row of labels looks like a table header (built-in wordings). */
export function isHeaderLabels(labels: readonly string[]): boolean {
  return defaultReader.isHeader(labels);
}

function yearOf(label: string): number | undefined {
  const match = /(?:năm|nam)\s*((?:19|20|21)\d\d)\b/iu.exec(label.normalize("NFC"));
  return match === null ? undefined : Number(match[1]);
}

/**
 * Column roles from a header: its top line and, optionally, the line under
 * it. A level label under a result column refines it ("Dự kiến kết quả" +
 * "Cấp phường" → expected.ward); a label under a merged top cell continues
 * that cell's role ("TT" spanning "TT" and "Chi tiết" gives two code
 * columns); a lower label alone names its column; a flattened label
 * "Dự kiến kết quả – Cấp phường" is read as both lines. `covered[i]` says top cell i
 * is covered by the merged cell on its left.
 */
export function recogniseColumns(
  top: readonly string[],
  sub: readonly string[] = [],
  options: { covered?: readonly boolean[]; reader?: HeaderReader } = {},
): Column[] {
  const reader = options.reader ?? defaultReader;
  const covered = options.covered ?? [];
  const width = Math.max(top.length, sub.length);
  const columns: Column[] = [];
  let lastTop = "";
  let lastTopRole: ColumnRole | null = null;
  for (let i = 0; i < width; i++) {
    const topLabel = (top[i] ?? "").trim();
    const subLabel = (sub[i] ?? "").trim();
    let role: ColumnRole | null;
    let label: string;
    if (topLabel !== "") {
      role = reader.roleOf(topLabel);
      // A two-line header flattened into one label, as .csv and .md exports write it: "Dự kiến kết quả – Cấp phường".
      const level = levelOfLabel(topLabel.split(/\s+[–-]\s+/u).pop() ?? "");
      if (level !== null && role?.startsWith("expected")) role = `expected.${level}`;
      label = topLabel;
      lastTop = topLabel;
      lastTopRole = role;
    } else if (
      // Under a merged top cell, or a sub-label ("Chi tiết") under an empty one (text loses the merge).
      (lastTopRole !== null && (covered[i] === true || SUB_LABELS.test(foldLabel(subLabel)))) ||
      (subLabel !== "" && lastTopRole?.startsWith("expected"))
    ) {
      role = lastTopRole;
      label = lastTop;
    } else {
      role = null;
      label = subLabel;
    }
    if (subLabel !== "") {
      const level = levelOfLabel(subLabel);
      const own = reader.roleOf(subLabel);
      if (level !== null && (role === null || role.startsWith("expected"))) role = `expected.${level}`;
      else if (role === null && own !== null) role = own;
      label = label === "" || label === subLabel ? subLabel : `${label} - ${subLabel}`;
    }
    const column: Column = { role: role ?? "other", label: label.normalize("NFC") };
    if (column.role === "time") {
      const year = yearOf(label);
      if (year !== undefined) column.year = year;
      if (/^so ngay/u.test(foldLabel(label))) column.days = true;
    }
    columns.push(column);
  }
  // Trailing unlabeled columns (a trailing tab) carry nothing.
  while (columns.length > 0 && columns[columns.length - 1]!.label === "") columns.pop();
  return columns;
}

/** The seed's column layout, assumed for a table that has no header row. */
export const defaultColumns: readonly Column[] = [
  { role: "code", label: "TT" },
  { role: "title", label: "Nội dung" },
  { role: "leads", label: "Đơn vị chủ trì" },
  { role: "coordinators", label: "Đơn vị phối hợp thực hiện" },
  { role: "time", label: "Thời gian" },
  { role: "expected.district", label: "Dự kiến kết quả - Cấp quận" },
  { role: "expected.ward", label: "Dự kiến kết quả - Cấp phường" },
];
