import { periodDeadline } from "@kehoach/core";
import { describe, expect, it } from "vitest";
import { importPlan } from "../src/index";

// Small documents in our own words, in the shapes other offices use. Labelled by reading them.

describe("column roles from other offices' header wordings", () => {
  it("reads titles, leads and times under unfamiliar or unaccented headers, and says which column got which role", async () => {
    const text = [
      "STT\tTen nhom nhiem vu/nhiem vu\tTrách nhiệm thực hiện\tThời hạn\tSản phẩm",
      "1\tRà soát quy chế làm việc\tVăn phòng HĐND và UBND\tQuý II/2026\tQuy chế sửa đổi",
    ].join("\n");
    const { plan, diagnostics } = await importPlan({ data: text });
    expect(plan?.tables[0]?.columns.map((c) => c.role)).toEqual([
      "code",
      "title",
      "leads",
      "time",
      "expected.district",
    ]);
    expect(plan?.activities[0]?.title).toBe("Rà soát quy chế làm việc");
    expect(plan?.activities[0]?.leads.map((ref) => ref.source)).toEqual(["Văn phòng HĐND và UBND"]);
    const report = diagnostics.find((d) => d.code === "import.columns");
    expect(report?.severity).toBe("info");
    expect(report?.en).toContain("Trách nhiệm thực hiện → leads");
  });
});

describe("two-row headers and several code columns", () => {
  it("takes the lower header row as header and the hierarchy from both code columns", async () => {
    const text = [
      "TT\t\tNội dung\tĐơn vị chủ trì\tThời gian",
      "Số\tChi tiết\t\t\t",
      "1\t\tCông tác tuyên truyền\t\t",
      "\ta)\tTreo băng rôn\tPhòng Văn hóa\tTháng 5/2026",
      "\tb)\tPhát thanh trên loa\tUBND các phường\tTháng 6/2026",
      "2\t\tTổng kết\tPhòng Nội vụ\tTháng 12/2026",
    ].join("\n");
    const { plan, ledger } = await importPlan({ data: text });
    expect(ledger.filter((entry) => entry.kind === "header").map((entry) => entry.line)).toEqual([1, 2]);
    expect(plan?.activities.map((a) => [a.id, a.parent])).toEqual([
      ["t1-1", null],
      ["t1-1.a", "t1-1"],
      ["t1-1.b", "t1-1"],
      ["t1-2", null],
    ]);
  });
});

describe("rows without a number", () => {
  it("a numberless row with its own lead and time is an activity; one with neither continues the row above, noted", async () => {
    const text = [
      "TT\tNội dung\tĐơn vị chủ trì\tThời gian",
      "1\tHội thi văn nghệ\tTrung tâm Văn hóa\tTháng 8/2026",
      "\tVòng sơ khảo ở các phường\tUBND các phường\tTháng 7/2026",
      "\t(có thể kết hợp với ngày hội đại đoàn kết)\t\t",
    ].join("\n");
    const { plan, diagnostics, ledger } = await importPlan({ data: text });
    expect(plan?.activities.map((a) => a.title)).toEqual([
      "Hội thi văn nghệ",
      "Vòng sơ khảo ở các phường (có thể kết hợp với ngày hội đại đoàn kết)",
    ]);
    expect(plan?.activities[1]?.leads.map((ref) => ref.source)).toEqual(["UBND các phường"]);
    expect(diagnostics.filter((d) => d.code === "import.row-continued")).toHaveLength(1);
    expect(ledger.map((entry) => entry.kind)).toEqual(["header", "activity", "activity", "continuation"]);
  });
});

describe("time read as the document means it", () => {
  it("takes the year from the column header and gives recurring work no deadline", async () => {
    const text = [
      "TT\tNội dung\tĐơn vị chủ trì\tThời gian (Năm 2027)",
      "1\tĐối thoại trên truyền hình\tSở Nội vụ\tngày 12 tháng 3",
      "2\tCập nhật chuyên mục\tSở Nội vụ\tThường xuyên",
      "3\tBáo cáo quý\tSở Nội vụ\tĐịnh kỳ hằng quý",
    ].join("\n");
    const { plan } = await importPlan({ data: text, fileName: "bieu.txt" });
    const deadlines = plan?.activities.map((a) => periodDeadline(a));
    expect(deadlines).toEqual(["2027-03-12", null, null]);
  });
});

describe("a whole document", () => {
  const document = [
    "ỦY BAN NHÂN DÂN QUẬN HOÀ LẠC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 277/KH-UBND\tHà Nội, ngày 14 tháng 7 năm 2026",
    "",
    "KẾ HOẠCH",
    "Chỉnh trang vỉa hè các tuyến phố chính năm 2026",
    "",
    "Căn cứ tình hình thực tế, Ủy ban nhân dân quận ban hành Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm mỹ quan đô thị, an toàn cho người đi bộ.",
    "",
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
    "- Như trên;\tCHỦ TỊCH",
    "- Lưu: VT.\tTrần Văn Bình",
    "",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ",
    "(Kèm theo Kế hoạch số 277/KH-UBND ngày 14/7/2026 của UBND quận Hoà Lạc)",
    "",
    "TT\tNội dung\tĐơn vị chủ trì\tThời gian",
    "1\tKhảo sát hiện trạng\tPhòng Quản lý đô thị\t100 ngày kể từ ngày ban hành Kế hoạch",
    "2\tLát lại vỉa hè\tBan Quản lý dự án\tQuý IV/2026",
  ].join("\n");

  it("reads the letterhead, number, place and date, title and signer as metadata, not as rows", async () => {
    const result = await importPlan({ data: document, fileName: "ke-hoach-277.txt" });
    expect(result.document).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN QUẬN HOÀ LẠC",
      numberText: "277/KH-UBND",
      place: "Hà Nội",
      date: "2026-07-14",
      type: "KẾ HOẠCH",
      title: "Chỉnh trang vỉa hè các tuyến phố chính năm 2026",
      signer: { authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", name: "Trần Văn Bình" },
    });
    const plan = result.plan;
    expect(plan?.title).toBe("Chỉnh trang vỉa hè các tuyến phố chính năm 2026");
    expect(plan?.document).toMatchObject({ number: "277", symbol: "KH-UBND", date: "2026-07-14" });
    expect(plan?.activities.map((a) => a.title)).toEqual(["Khảo sát hiện trạng", "Lát lại vỉa hè"]);
    expect(plan?.tables[0]?.title).toBe("Phụ lục danh mục nhiệm vụ");
    const kinds = new Map(result.ledger.map((entry) => [entry.line, entry.kind]));
    expect([1, 3, 5, 6].map((line) => kinds.get(line))).toEqual([
      "metadata",
      "metadata",
      "metadata",
      "metadata",
    ]);
    expect(kinds.get(8)).toBe("body");
    expect(kinds.get(16)).toBe("title");
  });

  it("resolves a deadline counted from the issue date read from the document", async () => {
    const { plan } = await importPlan({ data: document });
    // 14 July 2026 + 100 days = 22 October 2026.
    expect(plan && periodDeadline(plan.activities[0]!)).toBe("2026-10-22");
  });
});
