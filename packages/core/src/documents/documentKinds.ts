import type { DocumentKind } from "../model/DocumentRef";

/** One kind of administrative document: the words that name it and its symbol abbreviation. */
export interface DocumentKindWord {
  kind: DocumentKind;
  /** The name written before "số", canonical first: "Kế hoạch". */
  words: readonly string[];
  /** Abbreviation used in symbols (Decree 30/2020): "KH", "QĐ"; null for letters, whose symbol starts with the issuer. */
  abbreviation: string | null;
}

/** Document kinds by the words that introduce them (Decree 30/2020/NĐ-CP, appendix III). */
export const DOCUMENT_KINDS: readonly DocumentKindWord[] = [
  { kind: "plan", words: ["Kế hoạch"], abbreviation: "KH" },
  { kind: "letter", words: ["Công văn", "Văn bản"], abbreviation: null },
  { kind: "decision", words: ["Quyết định"], abbreviation: "QĐ" },
  { kind: "report", words: ["Báo cáo"], abbreviation: "BC" },
  { kind: "directive", words: ["Chỉ thị"], abbreviation: "CT" },
  { kind: "notice", words: ["Thông báo"], abbreviation: "TB" },
  { kind: "resolution", words: ["Nghị quyết"], abbreviation: "NQ" },
  { kind: "official-dispatch", words: ["Công điện"], abbreviation: "CĐ" },
  { kind: "other", words: ["Hướng dẫn"], abbreviation: "HD" },
  { kind: "other", words: ["Tờ trình"], abbreviation: "TTr" },
  { kind: "other", words: ["Chương trình"], abbreviation: "CTr" },
  { kind: "other", words: ["Nghị định"], abbreviation: "NĐ" },
  { kind: "other", words: ["Thông tư"], abbreviation: "TT" },
  { kind: "other", words: ["Kết luận"], abbreviation: "KL" },
];

/** The kind a symbol implies by its first part ("KH-UBND" → plan; "UBND-VH&TT" → letter). */
export function kindFromSymbol(symbol: string): DocumentKind {
  const parts = symbol.split("/");
  const head = (parts[parts.length - 1] ?? "").split("-")[0]?.toUpperCase() ?? "";
  const found = DOCUMENT_KINDS.find((k) => k.abbreviation?.toUpperCase() === head);
  if (found) return found.kind;
  return /^(UBND|HĐND|BCĐ|BTC)$/u.test(head) ? "letter" : "other";
}

/** The canonical name of a kind ("Kế hoạch"), used when writing a reference back. */
export function kindLabel(kind: DocumentKind): string {
  return DOCUMENT_KINDS.find((k) => k.kind === kind)?.words[0] ?? "Văn bản";
}
