import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imageOnlyPdf } from "../../../../fixtures/pdf/imageOnlyPdf";
import { hasCommand, requireSystemComponent } from "../../../../tests/helpers/systemComponent";
import { importPlan, readPdf } from "../../src/index";
import { readPgm } from "../../src/ocr/GrayImage";
import { tesseractOcr } from "../../src/ocr/index";
import { type DocumentScore, scoreDocument, scoreLine } from "../corpus/scoreCorpus";
import { corpusPlans, expectedOf, signedPdf } from "./corpus";
import { docxToPdf, libreOfficeReady, printFolder } from "./libreOfficePdf";

// Scans made in the test: real PDFs' pages rasterised by poppler at 300 dpi and wrapped into an
// image-only PDF (no text layer at all), then imported through Tesseract (-l vie). Scored against the
// corpus's expected leaves beside the born-digital PDF of the same pages.
const corpus = corpusPlans();
const ready =
  corpus !== null &&
  requireSystemComponent(
    hasCommand("tesseract") && hasCommand("pdftoppm") && hasCommand("pdfseparate") && hasCommand("pdfunite"),
    "Tesseract and poppler-utils",
    "scanned PDF import",
  ) &&
  libreOfficeReady("scanned PDF import");
const folder = printFolder();
afterAll(folder.remove);

/** Pages `first`..`last` of a PDF as 300-dpi grey images. */
function rasterise(pdf: string, first: number, last: number) {
  const images = [];
  for (let page = first; page <= last; page++) {
    const pgm = execFileSync("pdftoppm", ["-gray", "-r", "300", "-f", `${page}`, "-l", `${page}`, pdf], {
      maxBuffer: 1 << 26,
    });
    const image = readPgm(new Uint8Array(pgm));
    if ("error" in image) throw new Error(image.error);
    images.push(image);
  }
  return images;
}

/** Pages `first`..`last` of a PDF as a PDF of their own (poppler's pdfseparate + pdfunite). */
function pagesOf(pdf: string, first: number, last: number): Uint8Array {
  const pattern = join(folder.dir, "page-%d.pdf");
  execFileSync("pdfseparate", ["-f", `${first}`, "-l", `${last}`, pdf, pattern]);
  const pages = Array.from({ length: last - first + 1 }, (_, i) => join(folder.dir, `page-${first + i}.pdf`));
  const out = join(folder.dir, `pages-${first}-${last}.pdf`);
  execFileSync("pdfunite", [...pages, out]);
  return new Uint8Array(readFileSync(out));
}

function share(ocr: DocumentScore, born: DocumentScore, key: "found" | "leads" | "deadlines"): number {
  return born[key] === 0 ? 1 : ocr[key] / born[key];
}

describe.runIf(ready)("a scanned PDF read through Tesseract", () => {
  const cchc = "lamdong-kh-cchc-2026";
  let programme: Uint8Array;
  let appendix: Uint8Array;
  let appendixBorn: Uint8Array;
  const progress: [number, number][] = [];

  beforeAll(() => {
    const signed = join(corpus!, signedPdf, "source.pdf");
    programme = imageOnlyPdf(rasterise(signed, 1, 1));
    const printed = join(folder.dir, `${cchc}.pdf`);
    docxToPdf(join(corpus!, cchc, "source.docx"), folder.dir, cchc);
    const printedPath = join(folder.dir, cchc, "source.pdf");
    execFileSync("cp", [printedPath, printed]);
    // The appendix's first pages: header, sections I–II, rows split over page breaks.
    appendixBorn = pagesOf(printed, 12, 14);
    appendix = imageOnlyPdf(rasterise(printed, 12, 14), 841.92);
  }, 600_000);

  it("has no text layer to read without OCR: an error per page, located", async () => {
    const doc = await readPdf(programme, { fileName: "scan.pdf" });
    expect(doc.diagnostics.map((d) => [d.code, d.location?.page])).toEqual([["import.pdf-no-text", 1]]);
  });

  it("imports the signed programme's scan at ≥ 90% of leaves and leads", { timeout: 600_000 }, async () => {
    const expected = expectedOf(corpus!, signedPdf);
    const result = await importPlan(
      { data: programme, fileName: "scan.pdf" },
      { ocr: tesseractOcr(), onProgress: (p) => p.phase === "read" && progress.push([p.done, p.total]) },
    );
    // A Node Buffer, as API users pass it.
    const born = await importPlan({
      data: readFileSync(join(corpus!, signedPdf, "source.pdf")),
      fileName: "x.pdf",
    });
    expect(born.plan).not.toBeNull();
    const ocr = scoreDocument(result.plan, result.document, expected);
    const bornScore = scoreDocument(born.plan, born.document, expected);
    console.log(`${scoreLine(`${signedPdf} (scan, OCR)`, ocr)}\n${scoreLine("born-digital", bornScore)}`);
    expect(ocr.found / ocr.expected).toBeGreaterThanOrEqual(0.9);
    expect(share(ocr, bornScore, "leads")).toBeGreaterThanOrEqual(0.9);
    expect(share(ocr, bornScore, "deadlines")).toBeGreaterThanOrEqual(0.9);
    expect(progress).toContainEqual([1, 1]);
  });

  it("imports three appendix pages of a plan at ≥ 90% of what the born-digital pages give", {
    timeout: 900_000,
  }, async () => {
    const expected = expectedOf(corpus!, cchc);
    const scan = await importPlan({ data: appendix, fileName: "appendix-scan.pdf" }, { ocr: tesseractOcr() });
    const born = await importPlan({ data: appendixBorn, fileName: "appendix.pdf" });
    const ocr = scoreDocument(scan.plan, scan.document, expected);
    const bornScore = scoreDocument(born.plan, born.document, expected);
    console.log(
      `${scoreLine(`${cchc} pages 12–14 (scan, OCR)`, ocr)}\n${scoreLine("born-digital", bornScore)}`,
    );
    expect(bornScore.found).toBeGreaterThan(8);
    for (const key of ["found", "leads", "deadlines"] as const) {
      expect(share(ocr, bornScore, key)).toBeGreaterThanOrEqual(0.9);
    }
  });
});
