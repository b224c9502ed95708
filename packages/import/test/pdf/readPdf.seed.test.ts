import type { Activity } from "@kehoach/core";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ImportResult, importPlan, readPdf } from "../../src/index";
import { seedDocx } from "../seedRenditions";
import { docxToPdf, libreOfficeReady, printFolder } from "./libreOfficePdf";

// The seed rendered as .docx (two tables, merged two-row headers repeated on every page, rows split over
// page breaks), printed to PDF by LibreOffice: the PDF must import to the same plan as the .docx.
const ready = libreOfficeReady("PDF import of the seed printed by LibreOffice");
const folder = printFolder();
afterAll(folder.remove);

let docx: ImportResult;
let pdf: ImportResult;
let pdfBytes: Uint8Array;

function comparable(activity: Activity) {
  const { source: _source, ...rest } = activity;
  return rest;
}

describe.runIf(ready)("the seed printed to PDF by LibreOffice", () => {
  beforeAll(async () => {
    const docxBytes = await seedDocx();
    pdfBytes = docxToPdf(docxBytes, folder.dir, "seed");
    docx = await importPlan({ data: docxBytes, fileName: "seed.docx" }, { plugins: [thanhXuan70] });
    pdf = await importPlan({ data: pdfBytes, fileName: "seed.pdf" }, { plugins: [thanhXuan70] });
  }, 300_000);

  it("imports to the same activities as the .docx", () => {
    expect(pdf.plan).not.toBeNull();
    expect(pdf.plan!.activities.map(comparable)).toEqual(docx.plan!.activities.map(comparable));
    expect(pdf.plan!.tables).toEqual(docx.plan!.tables);
    expect(pdf.plan!.title).toBe(docx.plan!.title);
  });

  it("accounts for every row in the ledger, located on its page", () => {
    const rows = pdf.ledger.filter((entry) => entry.location !== null);
    expect(rows.length).toBe(pdf.ledger.length);
    const pages = rows.map((entry) => entry.location?.page);
    expect(pages.every((page) => typeof page === "number" && page >= 1)).toBe(true);
    expect(new Set(pages).size).toBeGreaterThan(5);
    expect(pdf.ledger.filter((entry) => entry.kind === "activity").length).toBe(
      docx.ledger.filter((entry) => entry.kind === "activity").length,
    );
  });

  it("hints the header repeated on each page, and marks rows cut by a page break", async () => {
    const doc = await readPdf(pdfBytes, { fileName: "seed.pdf" });
    const rows = doc.blocks.filter((block) => block.kind === "row");
    const headerPages = new Set(rows.filter((row) => row.headerHint).map((row) => row.location.page));
    expect(headerPages.size).toBeGreaterThan(5);
    expect(rows.some((row) => row.pageContinuation === true)).toBe(true);
    expect(doc.diagnostics).toEqual([]);
  });
});
