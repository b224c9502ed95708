import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExpectedDocument, ExpectedMetadata } from "../corpus/scoreCorpus";

const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * `../shared/corpus/plans` beside the repository root (CI clones into
 * `<somewhere>/main` with `<somewhere>/shared` beside it), or null, with one
 * line, where `../shared` does not exist.
 */
export function corpusPlans(): string | null {
  const shared = resolve(here, "../../../..", "../shared");
  if (existsSync(shared)) return join(shared, "corpus", "plans");
  console.log("skipped: the real-world corpus is not in ../shared/corpus/plans");
  return null;
}

/** The four Lâm Đồng plans of the corpus (Word originals, tables over many pages). */
export const lamDongPlans = [
  "lamdong-kh-cchc-2026",
  "lamdong-kh-cchc-2026-2030",
  "lamdong-kh-tuyentruyen-cchc-2026",
  "lamdong-kh-kiemtra-cchc-2026",
] as const;

/** The corpus's signed, born-digital PDF (a Government office's conference programme). */
export const signedPdf = "vpcp-cd2003-chuongtrinh-hoinghi-2025";

// Labels expected.json does not give, read from the documents themselves: the signature block (the
// Lâm Đồng drafts' "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Ngọc Phúc" paragraphs), the place of the date
// line (the signed PDF's: its signature's location, "VĂN PHÒNG CHÍNH PHỦ - Hà Nội"), and the appendix
// caption with its "(Ban hành kèm theo …)" line, as printed above each appendix table.
const lamDongSigner = "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc";
const readLabels: Record<string, Partial<ExpectedMetadata>> = {
  "lamdong-kh-cchc-2026": {
    place: "Lâm Đồng",
    signer: lamDongSigner,
    appendix:
      "PHỤ LỤC PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 (Ban hành kèm theo Kế hoạch số /KH-UBND ngày /12/2025 của Chủ tịch UBND tỉnh Lâm Đồng)",
  },
  "lamdong-kh-cchc-2026-2030": {
    place: "Lâm Đồng",
    signer: lamDongSigner,
    appendix:
      "PHỤ LỤC PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 - 2030 (Ban hành kèm theo Kế hoạch số /KH-UBND ngày /3/2026 của Chủ tịch UBND tỉnh Lâm Đồng)",
  },
  "lamdong-kh-kiemtra-cchc-2026": { place: "Lâm Đồng", signer: lamDongSigner },
  "lamdong-kh-tuyentruyen-cchc-2026": { place: "Lâm Đồng", signer: lamDongSigner },
  [signedPdf]: { place: "Hà Nội" },
};

/** A corpus document's expected.json (read in place), with the labels read from the document beside it. */
export function expectedOf(dir: string, name: string): ExpectedDocument {
  const expected = JSON.parse(readFileSync(join(dir, name, "expected.json"), "utf8")) as ExpectedDocument;
  return { ...expected, metadata: { ...expected.metadata, ...readLabels[name] } };
}
