import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { imageOnlyPdf } from "../../../../fixtures/pdf/imageOnlyPdf";
import { rawPdf, text } from "../../../../fixtures/pdf/rawPdf";
import { memoryIO } from "../../test/memoryIO";
import { runCli } from "../runCli";

const path = process.env.PATH;
afterEach(() => {
  process.env.PATH = path;
});

function file(name: string, bytes: Uint8Array): string {
  const out = join(mkdtempSync(join(tmpdir(), "kehoach-import-pdf-")), name);
  writeFileSync(out, bytes);
  return out;
}

describe("kehoach import of a PDF", () => {
  it("reads a born-digital PDF's ruled table", async () => {
    // Two columns drawn as rules; the header is ASCII (the standard font has no Vietnamese letters).
    let content = "0.5 w\n50 800 m 400 800 l S\n50 780 m 400 780 l S\n50 760 m 400 760 l S\n";
    content += "50 760 m 50 800 l S\n90 760 m 90 800 l S\n400 760 m 400 800 l S\n";
    content +=
      text(55, 786, "TT") + text(95, 786, "Noi dung") + text(55, 766, "1") + text(95, 766, "Hop giao ban");
    const io = memoryIO();
    const code = await runCli(
      ["import", file("plan.pdf", rawPdf([{ content }])), "--year", "2026", "--json"],
      io,
    );
    const plan = JSON.parse(io.out()) as { activities: { code: string; title: string }[] };
    expect(plan.activities.map((a) => [a.code, a.title])).toContainEqual(["1", "Hop giao ban"]);
    expect(code).toBe(0); // warnings only (no lead, no time)
  });

  it("exits 1 with one bilingual line saying how to install Tesseract when it is missing", async () => {
    const scan = imageOnlyPdf([{ width: 40, height: 40, pixels: new Uint8Array(1600).fill(255) }]);
    process.env.PATH = mkdtempSync(join(tmpdir(), "kehoach-no-tools-")); // no tesseract, no pdftoppm
    const io = memoryIO();
    const code = await runCli(["import", file("scan.pdf", scan)], io);
    expect(code).toBe(1);
    const lines = io.err().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("[import.ocr-unavailable]");
    expect(lines[0]).toContain("apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils");
    expect(lines[0]).toMatch(/Cần Tesseract .* \| Reading scanned PDFs needs Tesseract/u);
  });
});
