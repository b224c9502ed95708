import { describe, expect, it } from "vitest";
import { grid, rawPdf, text, undecodable } from "../../../../fixtures/pdf/rawPdf";
import { detectFormat, importPlan, readPdf } from "../../src/index";
import { richTextToString } from "../../src/text/RichText";

// Hand-drawn PDFs (labelled by construction): a ruled table whose cells are drawn as lines, text placed
// in them; what the reader makes of it is checked cell by cell.

const xs = [50, 90, 300, 450, 550];
/** Rows from the top: header, a bold group row spanning the three right columns, two activities, the second's title wrapped. */
const ys = [800, 780, 760, 740, 700];
function planTable(): string {
  // The group row (760..780) has no vertical rules right of the title column: one cell over three columns.
  let content = grid(xs, ys, (line) => line === "h760" || line === "v300" || line === "v450");
  content +=
    "50 760 m 550 760 l S\n300 700 m 300 760 l S\n450 700 m 450 760 l S\n300 780 m 300 800 l S\n450 780 m 450 800 l S\n";
  content += "90 780 m 90 800 l S\n";
  content +=
    text(55, 786, "TT", true) + text(95, 786, "Noi dung", true) + text(305, 786, "Don vi chu tri", true);
  content += text(455, 786, "Thoi gian", true);
  content += text(55, 766, "I", true) + text(95, 766, "Nhom viec chuan bi ke hoach", true);
  content +=
    text(55, 746, "1") +
    text(95, 746, "Lap danh sach") +
    text(305, 746, "Van phong") +
    text(455, 746, "Quy I/2026");
  content += text(55, 726, "2") + text(95, 726, "To chuc hop") + text(95, 713, "giao ban thang");
  content += text(305, 726, "Phong Noi vu") + text(455, 726, "Thang 3/2026");
  return content;
}

describe("readPdf on hand-drawn pages", () => {
  it("rebuilds the ruled table: merged cells, wrapped lines, bold from the font, page located", async () => {
    const doc = await readPdf(rawPdf([{ content: text(50, 820, "KE HOACH", true) + planTable() }]), {
      fileName: "plan.pdf",
    });
    expect(doc.format).toBe("pdf");
    expect(doc.diagnostics).toEqual([]);
    const rows = doc.blocks.filter((block) => block.kind === "row");
    const show = (i: number) =>
      rows[i]!.cells.map((cell) => (cell.merge === null ? richTextToString(cell.rich) : cell.merge));
    expect(show(0)).toEqual(["TT", "Noi dung", "Don vi chu tri", "Thoi gian"]);
    // The merged title cell of the group row spans the three columns right of the code.
    expect(show(1)).toEqual(["I", "Nhom viec chuan bi ke hoach", "horizontal", "horizontal"]);
    expect(show(2)).toEqual(["1", "Lap danh sach", "Van phong", "Quy I/2026"]);
    expect(show(3)).toEqual(["2", "To chuc hop giao ban thang", "Phong Noi vu", "Thang 3/2026"]);
    expect(rows[1]!.cells[1]!.rich.segments.every((segment) => segment.bold || segment.text === " ")).toBe(
      true,
    );
    expect(rows[2]!.cells[1]!.rich.segments.some((segment) => segment.bold)).toBe(false);
    expect(doc.blocks[0]).toMatchObject({ kind: "paragraph", location: { page: 1, file: "plan.pdf" } });
    expect(rows.every((row) => row.location.page === 1 && row.location.path?.[0] === "table")).toBe(true);
  });

  it("tells a sub-row under a number cell merged across a page break from the rest of a cut row", async () => {
    // Two pages, the header repeated on the second. Page 2 starts with a row whose number and title
    // cells are empty: in the first document it has cells of its own, each starting as a new text (a
    // second sub-row of item 1, its merged cells continued from page 1); in the second it carries on
    // the sentence cut at the foot of page 1.
    const header = (y: number) =>
      text(55, y, "TT", true) +
      text(95, y, "Noi dung", true) +
      text(305, y, "Don vi chu tri", true) +
      text(455, y, "Thoi gian", true);
    const page1 = `${grid(xs, [800, 780, 740])}${header(786)}${text(55, 766, "1")}${text(95, 766, "Lap ke hoach")}${text(95, 753, "chuyen doi so")}${text(305, 766, "Van phong")}${text(455, 766, "Quy I/2026")}`;
    const page2 = (cells: [string, string, string]) =>
      `${grid(xs, [800, 780, 760, 740])}${header(786)}${text(95, 766, cells[0])}${text(305, 766, cells[1])}${text(455, 766, cells[2])}` +
      `${text(55, 746, "2")}${text(95, 746, "Tong ket")}${text(305, 746, "Phong Noi vu")}${text(455, 746, "Quy IV/2026")}`;
    const subRow = await importPlan(
      { data: rawPdf([{ content: page1 }, { content: page2(["", "Phong Tai chinh", "Quy II/2026"]) }]) },
      { year: 2026 },
    );
    expect(
      subRow.plan?.activities.map((a) => [a.id, a.code, a.title, a.leads.map((l) => l.source), a.time.text]),
    ).toEqual([
      ["t1-1", "1", "Lap ke hoach chuyen doi so", ["Van phong"], "Quy I/2026"],
      ["t1-1~2", "1", "Lap ke hoach chuyen doi so", ["Phong Tai chinh"], "Quy II/2026"],
      ["t1-2", "2", "Tong ket", ["Phong Noi vu"], "Quy IV/2026"],
    ]);
    const cut = await importPlan(
      { data: rawPdf([{ content: page1 }, { content: page2(["nam 2026", "", ""]) }]) },
      { year: 2026 },
    );
    expect(cut.plan?.activities.map((a) => [a.id, a.title])).toEqual([
      ["t1-1", "Lap ke hoach chuyen doi so nam 2026"],
      ["t1-2", "Tong ket"],
    ]);
    expect(cut.diagnostics.map((d) => d.code)).toContain("import.row-continued");
  });

  it("diagnoses text that decodes to garbage, with its page, and passes none of it on", async () => {
    // Glyph codes of a two-byte font without a ToUnicode map (what a subset font of a careless producer leaves).
    const garbage = "0E3A0E3B0E4C0F1203440512062307770A4411221234";
    const doc = await readPdf(
      rawPdf([{ content: text(50, 800, "Trang mot") }, { content: undecodable(50, 800, garbage) }]),
    );
    expect(doc.diagnostics.map((d) => [d.code, d.severity, d.location?.page])).toEqual([
      ["import.pdf-text-garbled", "error", 2],
    ]);
    const texts = doc.blocks.map((block) => (block.kind === "paragraph" ? richTextToString(block.rich) : ""));
    expect(texts).toEqual(["Trang mot"]);
  });

  it("refuses a document over the page limit, and a file that is no PDF, with an error", async () => {
    const long = rawPdf(Array.from({ length: 3 }, () => ({ content: text(50, 800, "x") })));
    const limited = await readPdf(long, { maxPages: 2 });
    expect(limited.diagnostics.map((d) => d.code)).toEqual(["import.pdf-limit"]);
    expect(limited.blocks).toEqual([]);
    const broken = await readPdf(new TextEncoder().encode("%PDF-1.4\nnot really"), { fileName: "bad.pdf" });
    expect(broken.diagnostics.map((d) => [d.code, d.severity])).toEqual([["import.pdf-invalid", "error"]]);
  });

  it("is detected by content and by extension, and imports through importPlan", async () => {
    const bytes = rawPdf([{ content: planTable() }]);
    expect(detectFormat(bytes)).toBe("pdf");
    expect(detectFormat(bytes, "KE-HOACH.PDF")).toBe("pdf");
    const progress: [string, number, number][] = [];
    const result = await importPlan(
      { data: bytes },
      { year: 2026, onProgress: (p) => progress.push([p.phase, p.done, p.total]) },
    );
    // The header has no Vietnamese letters (the standard font has none): only the last three rows are checked.
    expect(result.plan?.activities.slice(-3).map((activity) => [activity.code, activity.title])).toEqual([
      ["I", "Nhom viec chuan bi ke hoach"],
      ["1", "Lap danh sach"],
      ["2", "To chuc hop giao ban thang"],
    ]);
    expect(progress[0]).toEqual(["read", 1, 1]);
  });
});
