import { describe, expect, it } from "vitest";
import { buildProgressReport, cellText, type Report, type ReportTable, reportTables } from "../src/index";
import { seedPlan, seedProgressReport, yearEngine } from "./progressFixture";

function table(report: Report, id: string): ReportTable {
  const found = reportTables(report).find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

/** Class label → [count, percent] from the classification table (Biểu 1). */
function classes(report: Report): Record<string, [string, string]> {
  return Object.fromEntries(
    table(report, "progress-classes").rows.map((r) => [
      cellText(r.cells.class),
      [cellText(r.cells.count), cellText(r.cells.percent)],
    ]),
  );
}

function row(report: Report, tableId: string, code: string): Record<string, string> {
  const r = table(report, tableId).rows.find((x) => cellText(x.cells.code) === code);
  if (!r) throw new Error(`no row ${code} in ${tableId}`);
  return Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, cellText(c)]));
}

const text = (report: Report) =>
  report.parts
    .flatMap((p) => p.blocks)
    .flatMap((b) => (b.type === "list" ? b.items : b.type === "table" ? [] : [b.text]))
    .join("\n");

describe("buildProgressReport on the seed's realistic year (core fixture)", () => {
  const october = seedProgressReport("2024-10-10");
  const december = seedProgressReport("2024-12-31");

  it("is a portrait body with the letterhead and a landscape appendix of six tables", () => {
    expect(december.kind).toBe("progress");
    expect(december.asOf).toBe("2024-12-31");
    expect(december.parts.map((p) => p.orientation)).toEqual(["portrait", "landscape"]);
    expect(december.letterhead).toMatchObject({
      issuer: ["ỦY BAN NHÂN DÂN", "QUẬN THANH XUÂN"],
      number: { value: null, symbol: "BC-UBND" },
      place: "Thanh Xuân",
      date: "2024-12-31",
    });
    expect(reportTables(december).map((t) => t.id)).toEqual([
      "progress-classes",
      "progress-activities",
      "progress-targets",
      "progress-by-lead",
      "progress-by-ward",
      "progress-rewards",
    ]);
    expect(december.closing?.recipients).toContain("Lưu: VT");
  });

  it("titles the report after the plan it reports on, and has sections I–V in order", () => {
    const body = december.parts[0]?.blocks ?? [];
    expect(body[0]).toEqual({ type: "heading", level: 1, text: "BÁO CÁO" });
    expect(body[1]).toMatchObject({
      type: "paragraph",
      bold: true,
      // The seed names its plan only in its table's "(Kèm theo Kế hoạch số: /KH-UBND ngày /4/2024 của UBND quận
      // Thanh Xuân)" line, and its title is the table's: "Các hoạt động kỷ niệm 70 năm …".
      text: "Kết quả thực hiện Kế hoạch số …/KH-UBND ngày …/4/2024 của UBND quận Thanh Xuân về các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2024)",
    });
    const headings = body.flatMap((b) => (b.type === "heading" && b.level === 2 ? [b.text] : []));
    expect(headings).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
      "II. KẾT QUẢ ĐẠT ĐƯỢC",
      "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
  });

  // The 26: 17 rows of table 1 and 9 of table 2, whose lead and time cells ("Trong năm 2024") the importer reads as
  // merged down from row 1. (deadline 31/12/2024). Only 2.2 and 5.2 have no deadline ("Theo các đợt cao điểm …",
  // "Theo tiến độ của dự án"). By 10/10: 3.1 (25/6), 3.2 (25/8), 4.3 (6/10, tuần đầu tháng 10) and 2.2 (8/10) reported
  // on time, 3.3 (3/10) after its September; 4.2 was returned on 9/10; 5.2 is open without a deadline.
  it("classifies the 26 activities as of 2024-10-10", () => {
    expect(classes(october)).toEqual({
      "Hoàn thành đúng hạn": ["4", "15,4"],
      "Hoàn thành quá hạn": ["1", "3,8"],
      "Chưa hoàn thành, trong hạn": ["20", "76,9"],
      "Chưa hoàn thành, quá hạn": ["0", "0"],
      "Không xác định hạn": ["1", "3,8"],
      "Tổng cộng": ["26", "100"],
    });
    expect(text(october)).toContain("đã hoàn thành 5 nhiệm vụ (19,2%)");
  });

  // By 31/12 also 4.2 (15/10), 4.4 (10/12, extended to 15/12), 1 (5/12) and 2.1 (20/12) on time; 4.1 is past its
  // October; 3.4-3.6, 5.1, 5.3, 5.5 and table 2's 9 rows are open until 31/12.
  it("classifies the 26 activities as of 2024-12-31", () => {
    expect(classes(december)).toEqual({
      "Hoàn thành đúng hạn": ["8", "30,8"],
      "Hoàn thành quá hạn": ["1", "3,8"],
      "Chưa hoàn thành, trong hạn": ["15", "57,7"],
      "Chưa hoàn thành, quá hạn": ["1", "3,8"],
      "Không xác định hạn": ["1", "3,8"],
      "Tổng cộng": ["26", "100"],
    });
    const statuses = table(december, "progress-classes").rows.map((r) => r.status);
    expect(statuses.slice(0, 4)).toEqual(["doneOnTime", "doneLate", "notDueYet", "overdue"]);
  });

  it("lists each activity with its deadline, extensions and original deadline, status and result", () => {
    expect(row(december, "progress-activities", "4.4")).toMatchObject({
      deadline: "15/12/2024",
      extensions: "1",
      originalDeadline: "30/11/2024",
      status: "Đã báo cáo\nHoàn thành đúng hạn",
      result: "Hoàn thành 05 nhà và 02 nhà",
    });
    expect(row(october, "progress-activities", "4.4")).toMatchObject({
      deadline: "30/11/2024",
      extensions: "",
      originalDeadline: "",
    });
    expect(row(december, "progress-activities", "4.1")).toMatchObject({
      status: "Đang thực hiện\nChưa hoàn thành, quá hạn",
    });
    expect(row(october, "progress-activities", "4.2").result).toContain(
      "Báo cáo bị trả lại: Thiếu danh sách gia đình được tặng quà",
    );
    expect(row(december, "progress-activities", "2.2").result).toBe(
      "Cấp quận: Hoàn thành cụm pano tại 4 tuyến đường chính\nCấp phường: 11/11 phường hoàn thành tuyến phố điểm",
    );
    const items = table(december, "progress-activities").rows.filter((r) => r.kind === "item");
    expect(items).toHaveLength(26);
    expect(items.find((r) => r.activity?.code === "4.4")?.activity?.deadline).toBe("2024-12-15");
    const sections = table(december, "progress-activities").rows.filter((r) => r.kind === "section");
    expect(sections.map((r) => cellText(r.cells.code))).toEqual(["2", "3", "4", "5"]);
  });

  it("sets targets against what was achieved, with totals per noun", () => {
    const targets = table(october, "progress-targets").rows;
    const t42 = targets
      .filter((r) => cellText(r.cells.code) === "4.2")
      .map((r) => cellText(r.cells.achieved));
    expect(t42).toEqual(["55", "17"]);
    const total = targets.find((r) => cellText(r.cells.noun) === "Cộng: gia đình chính sách");
    expect(total?.kind).toBe("total");
    expect([
      cellText(total?.cells.planned),
      cellText(total?.cells.achieved),
      cellText(total?.cells.percent),
    ]).toEqual(["55", "55", "100"]);
    const houses = targets.find((r) => cellText(r.cells.noun) === "hộ gia đình");
    expect([cellText(houses?.cells.achieved), cellText(houses?.cells.percent)]).toEqual(["", ""]); // recorded on 20/10
    const later = table(december, "progress-targets").rows.find(
      (r) => cellText(r.cells.noun) === "hộ gia đình",
    );
    expect(cellText(later?.cells.achieved)).toBe("5");
  });

  it("rolls up by lead unit and by ward", () => {
    const lead = table(december, "progress-by-lead").rows.find((r) =>
      cellText(r.cells.leads).startsWith("Phòng Lao động - Thương binh và Xã hội"),
    );
    expect(lead && Object.fromEntries(Object.entries(lead.cells).map(([k, c]) => [k, c.text]))).toMatchObject(
      {
        count: "3",
        onTime: "2",
        late: "0",
        openOnTime: "0",
        openOverdue: "1",
      },
    );
    expect(lead?.status).toBe("overdue");
    const wards = table(october, "progress-by-ward").rows;
    expect(wards).toHaveLength(11);
    expect(wards.map((r) => cellText(r.cells.ward))).toContain("Khương Đình");
    expect(wards.every((r) => cellText(r.cells.reported) === "1")).toBe(true);
  });

  it("names the rewards granted by 2024-12-31 (none by 2024-10-10)", () => {
    expect(table(october, "progress-rewards").rows).toHaveLength(0);
    const rewards = table(december, "progress-rewards").rows;
    expect(rewards.map((r) => cellText(r.cells.code))).toEqual(["2.2", "3.1", "4.2"]);
    expect(row(december, "progress-rewards", "4.2")).toMatchObject({
      decision: "Quyết định số 1234/QĐ-UBND ngày 18/12/2024 của UBND quận Thanh Xuân",
      form: "Giấy khen",
      recipients: "Tập thể: Phòng Lao động - Thương binh và Xã hội\nCá nhân: Nguyễn Thị Hoa",
    });
  });

  it("gathers difficulties, returns and extensions into III and the units' proposals into V", () => {
    const body = text(december);
    expect(body).toContain(
      "Nhiệm vụ 4.2 – Phòng Lao động - Thương binh và Xã hội quận Thanh Xuân: Danh sách gia đình chính sách đang rà soát.",
    );
    expect(body).toContain(
      "(phường Thượng Đình): Chưa có ảnh minh chứng tuyến phố Thượng Đình (báo cáo bị trả lại)",
    );
    expect(body).toContain("Nhiệm vụ 4.1 chưa hoàn thành, quá hạn (hạn 31/10/2024).");
    expect(body).toContain("Mưa kéo dài, chậm tiến độ sửa chữa (lý do gia hạn)");
    const v = december.parts[0]?.blocks.findIndex((b) => b.type === "heading" && b.text.startsWith("V."));
    expect(december.parts[0]?.blocks[(v ?? 0) + 1]).toEqual({
      type: "list",
      items: [
        "Nhiệm vụ 4.4 – Phòng Lao động - Thương binh và Xã hội quận Thanh Xuân: Đề nghị gia hạn do thời tiết.",
      ],
    });
  });

  it("leaves fill-in paragraphs where units recorded nothing (no proposal by 2024-10-10)", () => {
    const body = october.parts[0]?.blocks ?? [];
    const v = body.findIndex((b) => b.type === "heading" && b.text.startsWith("V."));
    expect(body[v + 1]).toMatchObject({ type: "paragraph", placeholder: true });
    expect(body.filter((b) => b.type === "paragraph" && b.placeholder).length).toBeGreaterThanOrEqual(4);
  });

  it("limits the report to one unit's activities", () => {
    const unit = "phong-lao-dong-thuong-binh-xa-hoi";
    const report = seedProgressReport("2024-12-31", { unit });
    const items = table(report, "progress-activities").rows.filter((r) => r.kind === "item");
    expect(items.map((r) => r.activity?.code)).toEqual(["4.1", "4.2", "4.4"]);
    expect(classes(report)["Tổng cộng"]).toEqual(["3", "100"]);
    expect(table(report, "progress-by-lead").rows).toHaveLength(1);
    expect(text(report)).toContain("(Phần việc của Phòng Lao động - Thương binh và Xã hội quận Thanh Xuân)");
  });

  it("takes the report's number, date, place and signer", () => {
    const { report } = buildProgressReport(seedPlan, yearEngine().stateAt("2024-12-31"), {
      asOf: "2024-12-31",
      number: "312",
      date: "2025-01-05",
      signer: "Nguyễn Văn A",
      recipients: ["UBND Thành phố", "Lưu: VT"],
    });
    expect(report?.letterhead?.number).toEqual({ value: "312", symbol: "BC-UBND" });
    expect(report?.letterhead?.date).toBe("2025-01-05");
    expect(report?.closing).toMatchObject({
      signer: "Nguyễn Văn A",
      recipients: ["UBND Thành phố", "Lưu: VT"],
    });
    expect(text(report as Report)).toContain("(Kèm theo Báo cáo số 312/BC-UBND ngày 05/01/2025");
  });
});
