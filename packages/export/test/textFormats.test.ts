import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildPlanTableReport, renderCsv, renderHtml, renderIcs, renderMarkdown } from "../src/index";
import { thanhXuanPlan } from "./fixtures/thanhXuanPlan";
import { seedPlanReport } from "./helpers";

/** A minimal RFC 4180 reader, to check the CSV the way a spreadsheet splits it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("renderCsv", () => {
  const bytes = renderCsv(seedPlanReport());
  const text = new TextDecoder().decode(bytes.subarray(3));

  it("starts with the UTF-8 BOM so Excel keeps the accents", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("flattens the grouped header and keeps each row whole", () => {
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      "Biểu",
      "TT",
      "Nội dung",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp thực hiện",
      "Thời gian",
      "Dự kiến kết quả – Cấp quận",
      "Dự kiến kết quả – Cấp phường",
    ]);
    // The header, then table 1's 17 items and 4 sections and table 2's 9 items.
    expect(rows).toHaveLength(1 + 17 + 4 + 9);
    const r22 = rows.find((r) => r[1] === "2.2");
    expect(r22?.[7]).toContain("Phường Hạ Đình/đường Khương Đình");
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });

  it("guards fields a spreadsheet would run as formulas", () => {
    const report = seedPlanReport();
    const table = report.parts[0]?.blocks[0];
    if (table?.type !== "table") throw new Error("no table");
    const first = table.table.rows[0];
    if (first?.cells.title) first.cells.title.text = '=HYPERLINK("x")';
    const out = new TextDecoder().decode(renderCsv(report, { bom: false }));
    expect(out).toContain('"\'=HYPERLINK(""x"")"');
  });
});

describe("renderMarkdown", () => {
  const md = renderMarkdown(seedPlanReport());
  it("writes flattened headers and pipe tables", () => {
    expect(md).toContain(
      "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp thực hiện | Thời gian | Dự kiến kết quả – Cấp quận | Dự kiến kết quả – Cấp phường |",
    );
    expect(md).toContain("| **2** | **Các hoạt động thông tin, tuyên truyền** |");
  });
  it("escapes pipes and markup in plan text", () => {
    const plan = structuredClone(thanhXuanPlan);
    const a = plan.activities[0];
    if (a) a.title = "A | B *c* <d>";
    const out = renderMarkdown(
      buildPlanTableReport(plan).report as NonNullable<ReturnType<typeof buildPlanTableReport>["report"]>,
    );
    expect(out).toContain("A \\| B \\*c\\* \\<d\\>");
  });
});

describe("renderHtml", () => {
  it("is a standalone page with print CSS, repeated headers and both result columns", () => {
    const html = renderHtml(seedPlanReport());
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("@page landscape");
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toContain('<th scope="col" colspan="2">Dự kiến kết quả</th>');
    expect(html).toContain('<th scope="col" rowspan="2">Đơn vị chủ trì</th>');
    expect(html).not.toMatch(/<(link|script|img)\b/);
  });
  it("escapes every plan string", () => {
    const plan = structuredClone(thanhXuanPlan);
    const a = plan.activities[0];
    if (a) {
      a.title = '<script>alert("x")</script>';
      a.time.text = "<img src=x onerror=alert(1)>";
    }
    const { report } = buildPlanTableReport(plan);
    const html = renderHtml(report as NonNullable<typeof report>);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
});

describe("renderIcs (parsed with ical.js)", () => {
  function events(ics: string) {
    const component = new ICAL.Component(ICAL.parse(ics));
    return component.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
  }

  it("makes one all-day event per dated activity on its deadline or end", () => {
    const ics = renderIcs(seedPlanReport(), { stamp: "2024-04-01T08:00:00+07:00" });
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const list = events(ics);
    const byUid = new Map(list.map((e) => [e.uid, e]));
    const e44 = byUid.get("ke-hoach-70-nam-giai-phong-thu-do/t1-4.4@kehoach");
    expect(e44?.startDate.toString()).toBe("2024-11-30");
    expect(e44?.startDate.isDate).toBe(true);
    expect(e44?.summary).toBe(
      "4.4 Hỗ trợ xây dựng, sửa chữa nhà ở cho các hộ cận nghèo, hộ có hoàn cảnh khó khăn trên địa bàn",
    );
    expect(e44?.description).toContain("Đơn vị chủ trì: Phòng LĐ-TBXH");
    expect(byUid.get("ke-hoach-70-nam-giai-phong-thu-do/t1-4.2@kehoach")?.startDate.toString()).toBe(
      "2024-10-31",
    );
    // Sections and the two rows without a date (2.2 "Theo các đợt cao điểm …", 5.2 "Theo tiến độ của dự án") have
    // no event; table 2's rows take row 1.'s merged "Trong năm 2024".
    expect(byUid.has("ke-hoach-70-nam-giai-phong-thu-do/t1-2@kehoach")).toBe(false);
    expect(byUid.has("ke-hoach-70-nam-giai-phong-thu-do/t1-2.2@kehoach")).toBe(false);
    expect(byUid.has("ke-hoach-70-nam-giai-phong-thu-do/t1-5.2@kehoach")).toBe(false);
    expect(byUid.get("ke-hoach-70-nam-giai-phong-thu-do/t2-2@kehoach")?.startDate.toString()).toBe(
      "2024-12-31",
    );
    expect(list).toHaveLength(17 - 2 + 9);
  });

  it("keeps only a unit's own activities when filtered", () => {
    const ics = renderIcs(seedPlanReport(), { unit: "phong-lao-dong-thuong-binh-xa-hoi" });
    expect(events(ics).map((e) => e.uid)).toEqual([
      "ke-hoach-70-nam-giai-phong-thu-do/t1-4.1@kehoach",
      "ke-hoach-70-nam-giai-phong-thu-do/t1-4.2@kehoach",
      "ke-hoach-70-nam-giai-phong-thu-do/t1-4.4@kehoach",
    ]);
  });
});
