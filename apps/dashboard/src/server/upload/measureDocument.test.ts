import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { measureDocument } from "./measureDocument";
import { UploadLimitsSchema } from "./UploadLimits";

const limits = UploadLimitsSchema.parse({});
const text = (s: string) => new TextEncoder().encode(s);

describe("measureDocument", () => {
  it("counts lines and the separators outside quotes of text and CSV", () => {
    const r = measureDocument(
      text('TT,Nội dung,Đơn vị\n1,"Gặp mặt, tọa đàm",Phòng Nội vụ\n\n2,Hội thi,Đoàn Thanh niên\n'),
      limits,
    );
    expect(r).toEqual({
      ok: true,
      measure: { kind: "text", decompressedBytes: 0, rows: 3, maxColumns: 3, cells: 9 },
    });
  });

  it("counts a Word table's rows and cells and the paragraphs outside it, across inflated chunks", () => {
    const cell = "<w:tc><w:tcPr/><w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc>";
    const row = `<w:tr><w:trPr/>${cell.repeat(6)}</w:tr>`;
    const xml = `<w:document><w:body><w:p><w:pPr/></w:p><w:p/><w:tbl><w:tblPr/>${row.repeat(3000)}</w:tbl></w:body></w:document>`;
    const bytes = strToU8(xml);
    const docx = zipSync({ "word/document.xml": bytes });
    const r = measureDocument(docx, limits);
    expect(r).toEqual({
      ok: true,
      measure: { kind: "docx", decompressedBytes: bytes.length, rows: 3002, maxColumns: 6, cells: 18_000 },
    });
  });

  it("names the limit a document passes", () => {
    const wide = measureDocument(text(`${"x;".repeat(250)}x\n`), limits);
    expect(wide).toMatchObject({
      ok: false,
      refusal: { code: "upload.column-limit", limit: { name: "maxColumns", value: 200 } },
    });
    const small = UploadLimitsSchema.parse({ maxDecompressedBytes: 1000 });
    const docx = zipSync({
      "word/document.xml": strToU8(`<w:document>${"<w:p/>".repeat(1000)}</w:document>`),
    });
    expect(measureDocument(docx, small)).toMatchObject({
      ok: false,
      refusal: { status: 413, code: "upload.decompressed-limit" },
    });
  });

  it("leaves a PDF's pages to the importer", () => {
    const pdf = text(`%PDF-1.7\n${"1 0 obj << /A [1,2,3,4,5] >>\n".repeat(10)}`);
    expect(measureDocument(pdf, limits)).toMatchObject({ ok: true, measure: { kind: "pdf", rows: 0 } });
  });
});
