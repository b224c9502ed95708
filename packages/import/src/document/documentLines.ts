import { foldLabel } from "../table/columnSynonyms";

/** The document types a Vietnamese administrative document names in its heading (Decree 30). */
export const DOCUMENT_TYPES = [
  "KẾ HOẠCH",
  "CHƯƠNG TRÌNH",
  "QUYẾT ĐỊNH",
  "CÔNG VĂN",
  "CÔNG ĐIỆN",
  "THÔNG BÁO",
  "BÁO CÁO",
  "TỜ TRÌNH",
  "NGHỊ QUYẾT",
  "CHỈ THỊ",
  "HƯỚNG DẪN",
  "PHƯƠNG ÁN",
] as const;

const foldedTypes = new Set(DOCUMENT_TYPES.map(foldLabel));
/** The national motto opening a line (a title may name the Republic: "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam"). */
export const MOTTO = /^(?:cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc)/u;
const NUMBER_LINE = /^số\s*[:.]?\s*[\p{N}\s]*\/\s*[\p{Lu}Đ][\p{L}Đđ&\d.-]*/iu;
const PLACE_DATE = /^[\p{L}][\p{L}\s.-]{1,40},\s*ngày\b[\s\d./]*tháng\b[\s\d./]*năm\b/iu;
const SIGNATURE =
  /^(?:kt|tm|tl|tuq|q)\s*[./]\s*\p{L}|^(?:phó )?(?:chủ tịch|giám đốc|trưởng ban|chánh văn phòng|bộ trưởng|thủ tướng)$/iu;
const ISSUER = /^(?:ỦY|UỶ) BAN NHÂN DÂN\b|^UBND\b/u;

/** Whether a folded line is only a document type heading ("KẾ HOẠCH", "CHƯƠNG TRÌNH"). */
export function isDocumentTypeLine(text: string): boolean {
  return foldedTypes.has(foldLabel(text));
}

/** Whether a line is a signature block's authority or position line ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
export function isSignatureLine(text: string): boolean {
  return SIGNATURE.test(text.normalize("NFC").replace(/[*_]/gu, "").trim());
}

/**
 * Whether a line belongs to the document's frame rather than to a table's
 * caption: the national motto, the issuer's letterhead in capitals, the
 * number ("Số: 277/KH-UBND"), the place and date, a document type heading,
 * "Nơi nhận", its last line "- Lưu: VT, …" and signature lines ("KT. CHỦ TỊCH").
 */
export function isDocumentFrameLine(text: string): boolean {
  const trimmed = text.normalize("NFC").replace(/[*_]/gu, "").trim();
  if (trimmed === "") return false;
  const folded = foldLabel(trimmed);
  return (
    trimmed.split(/\s+—\s+/u).some((part) => MOTTO.test(foldLabel(part))) ||
    folded.startsWith("noi nhan") ||
    // The last recipient line: "- Lưu: VT, NC."
    /^[-–+]?\s*luu\s*:?\s*vt\b/u.test(folded) ||
    isDocumentTypeLine(trimmed) ||
    NUMBER_LINE.test(trimmed) ||
    PLACE_DATE.test(trimmed) ||
    SIGNATURE.test(trimmed) ||
    (ISSUER.test(trimmed) && trimmed === trimmed.toLocaleUpperCase("vi"))
  );
}
