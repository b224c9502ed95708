import type { ColumnRole } from "@kehoach/core";

/** A recognised table column. */
export interface Column {
  role: ColumnRole;
  label: string;
}

const DIGIT_FIRST = /^\s*\d/u;

function norm(label: string): string {
  return label
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .replace(/[.:]+$/u, "")
    .trim();
}

/** The level a sub-header label names ("Cấp quận" → district), or null. */
export function levelOfLabel(label: string): "district" | "ward" | "city" | null {
  const text = norm(label);
  if (!/^(?:cấp|tại|ở)\s/u.test(text) && !/^(?:quận|huyện|phường|xã|thành phố|tỉnh)$/u.test(text))
    return null;
  if (/(?:quận|huyện|thị xã)/u.test(text)) return "district";
  if (/(?:phường|xã|thị trấn|cơ sở)/u.test(text)) return "ward";
  if (/(?:thành phố|tỉnh|trung ương)/u.test(text)) return "city";
  return null;
}

/**
 * The role of a header label, or null when it is not a known column name.
 * Recognises the seed's names and the usual variants: "STT", "Nội dung
 * công việc", "Cơ quan chủ trì", "Đơn vị thực hiện", "Thời gian triển khai",
 * "Thời gian hoàn thành", "Tiến độ", "Dự kiến kết quả", "Sản phẩm", "Ghi chú".
 */
export function roleOfLabel(label: string): ColumnRole | null {
  // A row number or a long sentence is never a column name.
  if (label.length > 80 || DIGIT_FIRST.test(label)) return null;
  // Every row is tested for a repeated header, and cells repeat ("Phòng LĐ-TBXH", "Trong năm 2024").
  const known = roleCache.get(label);
  if (known !== undefined) return known;
  const role = computeRole(label);
  if (roleCache.size >= ROLE_CACHE_SIZE) roleCache.clear();
  roleCache.set(label, role);
  return role;
}

const roleCache = new Map<string, ColumnRole | null>();
const ROLE_CACHE_SIZE = 5_000;

function computeRole(label: string): ColumnRole | null {
  const text = norm(label);
  if (text === "") return null;
  if (/^(?:tt|stt|số tt|số thứ tự|thứ tự|số|no|#)$/u.test(text)) return "code";
  if (/phối hợp/u.test(text)) return "coordinators";
  if (
    /chủ trì|chịu trách nhiệm|đơn vị thực hiện|cơ quan thực hiện|đơn vị được giao|người thực hiện/u.test(text)
  )
    return "leads";
  if (/^(?:thời gian|thời hạn|tiến độ|thời điểm|mốc thời gian)/u.test(text)) return "time";
  if (/^ghi chú/u.test(text)) return "notes";
  if (/kết quả|sản phẩm|chỉ tiêu/u.test(text)) {
    const level = levelOfLabel(text.replace(/^.*?(?=cấp)/u, ""));
    return level === "ward" ? "expected.ward" : level === "city" ? "expected.city" : "expected.district";
  }
  if (
    /^(?:nội dung|tên hoạt động|hoạt động|nhiệm vụ|công việc|tên nhiệm vụ|tên công việc|nội dung hoạt động)/u.test(
      text,
    )
  )
    return "title";
  return null;
}

/** Whether a row of labels looks like a table header: at least two known labels, one of them the code or content. */
export function isHeaderLabels(labels: readonly string[]): boolean {
  const roles = labels.map(roleOfLabel).filter((role): role is ColumnRole => role !== null);
  return roles.length >= 2 && (roles.includes("code") || roles.includes("title"));
}

/** Whether a row is a header's second line: no code and only level labels ("Cấp quận", "Cấp phường"). */
export function isSubHeaderLabels(labels: readonly string[]): boolean {
  const filled = labels.filter((label) => label.trim() !== "");
  return filled.length > 0 && filled.every((label) => levelOfLabel(label) !== null);
}

/**
 * Column roles from a header (its first line and, optionally, the level
 * line under it). A level label under a result column refines it ("Dự kiến
 * kết quả" + "Cấp phường" → expected.ward); a level label under an empty top
 * cell continues the result column to its left.
 */
export function recogniseColumns(top: readonly string[], sub: readonly string[] = []): Column[] {
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
      role = roleOfLabel(topLabel);
      label = topLabel;
      lastTop = topLabel;
      lastTopRole = role;
    } else if (subLabel !== "" && lastTopRole?.startsWith("expected")) {
      role = lastTopRole;
      label = lastTop;
    } else {
      role = null;
      label = subLabel;
    }
    if (subLabel !== "") {
      const level = levelOfLabel(subLabel);
      if (level !== null && (role === null || role.startsWith("expected"))) role = `expected.${level}`;
      label = label === "" || label === subLabel ? subLabel : `${label} - ${subLabel}`;
    }
    columns.push({ role: role ?? "other", label: label.normalize("NFC") });
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
