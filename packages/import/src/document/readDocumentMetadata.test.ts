import { describe, expect, it } from "vitest";
import type { SourceBlock } from "../SourceDocument";
import { plainRichText } from "../text/RichText";
import { readDocumentMetadata } from "./readDocumentMetadata";

/** Paragraphs, as a reader gives the frame of a document (lines numbered from 1). */
function paragraphs(...texts: string[]): SourceBlock[] {
  return texts.map((text, i) => ({
    kind: "paragraph",
    rich: plainRichText(text),
    line: i + 1,
    location: {},
  }));
}

describe("readDocumentMetadata of an electronically signed attachment", () => {
  // A programme attached to a dispatch, as a signed PDF gives it: the signature stamp at the top, no
  // letterhead, no date line, signed by a body. Written for this test in the shape of real ones.
  const blocks = paragraphs(
    "Số: 15/CĐ-UBND",
    "Thời gian ký: 05/03/2026 09:10:00 +07:00",
    "CHƯƠNG TRÌNH",
    "Hội nghị sơ kết công tác chuyển đổi số quý I năm 2026",
    "Thời gian: 08h00, ngày 12/3/2026.",
    "BAN TỔ CHỨC",
  );
  const signature = {
    reason: "Kèm theo văn bản số 15/CĐ-UBND của ỦY BAN NHÂN DÂN PHƯỜNG NAM HÀ",
    location: "ỦY BAN NHÂN DÂN PHƯỜNG NAM HÀ - Hà Tĩnh",
    signedAt: "2026-03-05T09:10:00+07:00",
  };

  it("reads the number and day from the stamp, the issuer and place from the signature, the body as signer", () => {
    const meta = readDocumentMetadata(blocks, [signature]);
    expect(meta).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN PHƯỜNG NAM HÀ",
      numberText: "15/CĐ-UBND",
      place: "Hà Tĩnh",
      datePrinted: "Thời gian ký: 05/03/2026 09:10:00 +07:00",
      date: "2026-03-05",
      type: "CHƯƠNG TRÌNH",
      title: "Hội nghị sơ kết công tác chuyển đổi số quý I năm 2026",
      signer: { authority: null, position: "BAN TỔ CHỨC", name: null },
      signatures: [signature],
    });
    expect(meta.lines).toEqual([1, 2, 3, 4, 6]);
  });

  it("without the stamp's line, dates the document by its signature; the page's own letterhead wins", () => {
    const unstamped = readDocumentMetadata(
      blocks.filter((block) => block.line !== 2),
      [signature],
    );
    expect(unstamped.date).toBe("2026-03-05");
    expect(unstamped.datePrinted).toBeNull();
    const withLetterhead = readDocumentMetadata(
      paragraphs(
        "ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Hà Tĩnh, ngày 02 tháng 3 năm 2026",
        "KẾ HOẠCH",
        "Chuyển đổi số năm 2026",
      ),
      [signature],
    );
    expect(withLetterhead).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP",
      date: "2026-03-02",
      place: "Hà Tĩnh",
    });
  });

  it("does not take a body's name in the middle of the text for a signature", () => {
    const meta = readDocumentMetadata(
      paragraphs(
        "KẾ HOẠCH",
        "Tổ chức hội nghị",
        "BAN TỔ CHỨC",
        "Gồm các đồng chí sau đây:",
        "1. …",
        "2. …",
        "3. …",
      ),
    );
    expect(meta.signer).toBeNull();
  });
});
