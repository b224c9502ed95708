import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlan, readPdf } from "../../src/index";
import { richTextToString } from "../../src/text/RichText";
import { type DocumentScore, scoreDocument, scoreLine } from "../corpus/scoreCorpus";
import { corpusPlans, expectedOf, lamDongPlans, signedPdf } from "./corpus";
import { docxToPdf, libreOfficeReady, printFolder } from "./libreOfficePdf";

// The real-world corpus, read in place: its signed PDF, and its four Word plans printed to PDF by
// LibreOffice (born-digital PDFs with tables over many pages). Each PDF is scored against the document's
// expected.json beside its Word twin: the PDF reader must lose nothing the .docx reader gets.
const corpus = corpusPlans();
const withPrints = corpus !== null && libreOfficeReady("corpus plans printed to PDF");
const folder = printFolder();
afterAll(folder.remove);

async function scoreBoth(
  name: string,
  pdf: Uint8Array,
): Promise<{ pdf: DocumentScore; docx: DocumentScore }> {
  const expected = expectedOf(corpus!, name);
  const docxBytes = new Uint8Array(readFileSync(join(corpus!, name, "source.docx")));
  const fromPdf = await importPlan({ data: pdf, fileName: `${name}.pdf` });
  const fromDocx = await importPlan({ data: docxBytes, fileName: `${name}.docx` });
  const scores = {
    pdf: scoreDocument(fromPdf.plan, fromPdf.document, expected),
    docx: scoreDocument(fromDocx.plan, fromDocx.document, expected),
  };
  console.log(
    [scoreLine(`${name} (pdf)`, scores.pdf), ...scores.pdf.misses.map((miss) => `    ${miss}`)].join("\n"),
  );
  console.log(scoreLine(`${name} (docx twin)`, scores.docx));
  return scores;
}

describe.runIf(corpus !== null)("the corpus's signed PDF", () => {
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = new Uint8Array(readFileSync(join(corpus!, signedPdf, "source.pdf")));
  });

  it("imports with no plugin, every leaf found, nothing lost beside its Word twin", {
    timeout: 120_000,
  }, async () => {
    const scores = await scoreBoth(signedPdf, bytes);
    expect(scores.pdf.found / scores.pdf.expected).toBeGreaterThanOrEqual(0.95);
    // The PDF says more than its Word twin: the stamp's number and signing day, the signature's issuer.
    expect(scores.pdf.metadata.filter((field) => !field.right)).toEqual([]);
    expect(scores.pdf.leads).toBeGreaterThanOrEqual(scores.docx.leads);
    expect(scores.pdf.deadlines).toBeGreaterThanOrEqual(scores.docx.deadlines);
  });

  it("carries the metadata in reading order: stamp number, title, caption, table, signer", async () => {
    const doc = await readPdf(bytes, { fileName: "source.pdf" });
    expect(doc.diagnostics).toEqual([]);
    const texts = doc.blocks.map((block) =>
      block.kind === "paragraph"
        ? richTextToString(block.rich)
        : `[row] ${richTextToString(block.cells[1]!.rich)}`,
    );
    const at = (pattern: RegExp) => texts.findIndex((text) => pattern.test(text));
    const order = [
      at(/^Số: 2003\/CĐ-VPCP$/u),
      at(/^Thời gian ký: 07\/10\/2025/u),
      at(/^CHƯƠNG TRÌNH$/u),
      at(/^Hội nghị triển khai Chương trình mục tiêu quốc gia phòng, chống ma tuý đến năm 2030$/u),
      at(/^Thời gian: ½ ngày, bắt đầu lúc 08h00, ngày 09\/10\/2025 \(thứ Năm\)\.$/u),
      at(/^\[row\] Nội dung$/u),
      at(/^\[row\] Thủ tướng Chính phủ phát biểu chỉ đạo$/u),
      at(/^BAN TỔ CHỨC$/u),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(doc.blocks.every((block) => block.location.page === 1)).toBe(true);
  });
});

describe.runIf(withPrints)("the corpus's Word plans printed to PDF by LibreOffice", () => {
  for (const name of lamDongPlans) {
    // The bar is the issue's: the printed PDF keeps at least 95% of the leaves, leads and
    // deadlines its Word twin gives (the rows the .docx gains from its cell merges, which a
    // printed page shows only as missing rules, are the gap; the figures are printed above).
    it(`${name}: the PDF gives at least 95% of the leaves, leads and deadlines its .docx gives`, {
      timeout: 300_000,
    }, async () => {
      const pdf = docxToPdf(join(corpus!, name, "source.docx"), folder.dir, name);
      const scores = await scoreBoth(name, pdf);
      expect(scores.pdf.found).toBeGreaterThanOrEqual(0.95 * scores.docx.found);
      expect(scores.pdf.leads).toBeGreaterThanOrEqual(0.95 * scores.docx.leads);
      expect(scores.pdf.deadlines).toBeGreaterThanOrEqual(0.95 * scores.docx.deadlines);
      // The letterhead, number, date line, title and appendix caption read from the printed pages as from
      // the Word file. Known gap: where the signature block runs onto the next page, its name is printed
      // beside a recipient line ("- UBND các xã, phường, đặc khu;   Nguyễn Ngọc Phúc"), one line too few
      // to be seen as two columns: the signer then lacks the name (lamdong-kh-cchc-2026).
      const right = (score: DocumentScore) =>
        score.metadata.filter((field) => field.right && field.field !== "signer").map((f) => f.field);
      expect(right(scores.pdf)).toEqual(right(scores.docx));
    });
  }

  it("reads the Decree 30 letterhead as its left column, then its right column", {
    timeout: 300_000,
  }, async () => {
    const pdf = docxToPdf(join(corpus!, "lamdong-kh-cchc-2026", "source.docx"), folder.dir, "letterhead");
    const doc = await readPdf(pdf, { fileName: "letterhead.pdf" });
    const first = doc.blocks
      .slice(0, 7)
      .map((block) => (block.kind === "paragraph" ? richTextToString(block.rich) : "[row]"));
    expect(first).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH LÂM ĐỒNG",
      "Số: /KH-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Lâm Đồng, ngày tháng 12 năm 2025",
      "KẾ HOẠCH",
    ]);
  });
});
