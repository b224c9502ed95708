import type { Activity, Plan } from "@kehoach/core";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { beforeAll, describe, expect, it } from "vitest";
import { type ImportResult, importPlan } from "../src/index";
import { seedText } from "./seed";

let result: ImportResult;
let plan: Plan;
const byId = (id: string): Activity => {
  const found = plan.activities.find((activity) => activity.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
};

beforeAll(async () => {
  result = await importPlan({ data: seedText, fileName: "seed.txt" }, { plugins: [thanhXuan70], year: 2024 });
  if (!result.plan) throw new Error("no plan");
  plan = result.plan;
});

describe("seed plan: metadata", () => {
  it("has the title, issuer, draft document and anniversary", () => {
    expect(plan.title).toBe("Các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2024)");
    expect(plan.issuer.unitId).toBe("ubnd-quan-thanh-xuan");
    expect(plan.document).toMatchObject({
      kind: "plan",
      number: null,
      symbol: "KH-UBND",
      date: null,
      month: "2024-04",
    });
    expect(plan.anniversary).toEqual({
      event: "Ngày Giải phóng Thủ đô",
      date: "1954-10-10",
      years: 70,
      on: "2024-10-10",
    });
    expect(plan.year).toBe(2024);
  });

  it("takes the anniversary from the title when no plugin is given", async () => {
    const bare = await importPlan({ data: seedText });
    expect(bare.plan?.anniversary).toEqual({
      event: "Ngày Giải phóng Thủ đô",
      date: "1954-10-10",
      years: 70,
      on: "2024-10-10",
    });
    expect(bare.plan?.year).toBe(2024);
  });

  it("has two tables with their columns", () => {
    expect(plan.tables).toHaveLength(2);
    expect(plan.tables[0]?.columns.map((column) => column.role)).toEqual([
      "code",
      "title",
      "leads",
      "coordinators",
      "time",
      "expected.district",
      "expected.ward",
    ]);
    expect(plan.tables[1]?.columns.map((column) => column.role)).toEqual([
      "code",
      "title",
      "leads",
      "coordinators",
      "time",
    ]);
    expect(plan.tables[1]?.title).toMatch(/cấp Thành phố$/u);
  });
});

describe("seed plan: numbering", () => {
  it("table 1 has sections 2–5 and 17 activities, codes as written", () => {
    const table1 = plan.activities.filter((activity) => activity.table === 0);
    expect(table1.filter((activity) => activity.isSection).map((activity) => activity.code)).toEqual([
      "2",
      "3",
      "4",
      "5",
    ]);
    expect(table1.filter((activity) => !activity.isSection).map((activity) => activity.code)).toEqual([
      "1",
      "2.1",
      "2.2",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
      "4.1",
      "4.2",
      "4.3",
      "4.4",
      "5.1",
      "5.2",
      "5.3",
      "5.5",
    ]);
    expect(byId("t1-2.1").parent).toBe("t1-2");
    expect(byId("t1-5.5").parent).toBe("t1-5");
  });

  it("table 2 has nine items 1.–9.", () => {
    const table2 = plan.activities.filter((activity) => activity.table === 1);
    expect(table2.map((activity) => activity.code)).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.",
      "8.",
      "9.",
    ]);
    expect(table2.map((activity) => activity.id)).toEqual([
      "t2-1",
      "t2-2",
      "t2-3",
      "t2-4",
      "t2-5",
      "t2-6",
      "t2-7",
      "t2-8",
      "t2-9",
    ]);
  });

  it("warns that 5.4 is missing without renumbering", () => {
    const gap = result.diagnostics.filter((d) => d.code === "import.numbering-gap");
    expect(gap).toHaveLength(1);
    expect(gap[0]?.severity).toBe("warning");
    expect(gap[0]?.en).toContain("5.4");
    expect(gap[0]?.location?.line).toBe(43);
  });
});

describe("seed plan: continuation rows across page breaks", () => {
  it("2.1's content ends with the fifth reference, tags removed and entity decoded", () => {
    expect(byId("t1-2.1").title).toMatch(
      /\(5\) Công văn số 541\/UBND-VH&TT ngày 15\/3\/2024 của UBND quận về tăng cường công tác trang trí, cổ động trực quan chào mừng các ngày lễ lớn của Thủ đô, đất nước;\.\.\.$/u,
    );
    expect(byId("t1-2.1").title).not.toMatch(/<|&amp;/u);
    expect(byId("t1-2.1").source).toEqual({ file: "seed.txt", firstLine: 11, lastLine: 15 });
  });

  it("3.6 is joined cell by cell with one space", () => {
    const a = byId("t1-3.6");
    expect(a.title).toContain("chào mừng kỷ niệm 70 năm ngày Giải phóng Thủ đô (10/10) gắn với");
    expect(a.leads.map((ref) => ref.source).join(" ")).toContain("Hội CCB quận");
    const coordinators = a.coordinators.map((ref) => ref.source).join("; ");
    expect(coordinators).toContain("liên quan");
    expect(coordinators).toContain("Đoàn TNCS HCM các phường");
    expect(a.expected.district?.items.map((item) => item.marker)).toEqual(["(1)", "(2)"]);
  });
});

describe("seed plan: cell meaning", () => {
  it("2.1 cites five documents; 2.2 keeps its bold span", () => {
    expect(byId("t1-2.1").references).toHaveLength(5);
    const a = byId("t1-2.2");
    expect(a.emphasis).toHaveLength(1);
    const range = a.emphasis[0]!;
    expect(a.title.slice(range.start, range.end)).toBe(
      "tạo điểm nhấn của quận Thanh Xuân trên các tuyến đường chính (Nguyễn Trãi, Lê Văn Lương, Khuất Duy Tiến, Trường Chinh).",
    );
  });

  it("2.2 has three numbered leads, the third requested, and attributed district items", () => {
    const a = byId("t1-2.2");
    expect(a.leads.map((ref) => ref.number)).toEqual([1, 2, 3]);
    expect(a.leads[2]?.requested).toBe(true);
    expect(a.expected.district?.items.map((item) => item.lead)).toEqual([1, 2, 3]);
  });

  it("2.2's ward result gives 11 ward assignments", () => {
    const a = byId("t1-2.2");
    expect(a.wardAssignments).toHaveLength(11);
    expect(a.wardAssignments[0]).toMatchObject({ ward: "ha-dinh", text: "đường Khương Đình" });
    expect(a.wardAssignments[10]).toMatchObject({ ward: "thanh-xuan-trung", text: "phố Vũ Trọng Phụng" });
    expect(a.wardAssignments.every((assignment) => assignment.ward !== null)).toBe(true);
  });

  it("table 2 items inherit the merged lead and time of item 1, with diagnostics", () => {
    const first = byId("t2-1");
    for (const id of ["t2-2", "t2-9"]) {
      const a = byId(id);
      expect(a.time.text).toBe("Trong năm 2024");
      expect(a.leads.map((ref) => ref.source)).toEqual(first.leads.map((ref) => ref.source));
      expect(a.coordinators).toEqual([]);
    }
    expect(first.leads.every((ref) => ref.unitId === null)).toBe(true);
    const inherited = result.diagnostics.filter((d) => d.code === "import.inherited");
    expect(inherited).toHaveLength(16);
    expect(inherited.every((d) => d.en.includes("inherited from 1."))).toBe(true);
  });

  it("4.2 and 4.4 have their targets", () => {
    expect(byId("t1-4.2").targets.map((target) => target.quantity)).toEqual([55, 17]);
    expect(byId("t1-4.4").targets.map((target) => target.quantity)).toEqual([5, 2]);
    expect(byId("t1-4.4").targets[1]?.noun).toBe("nhà");
  });

  it("reads every time cell with parsePeriod and the plan year", () => {
    expect(byId("t1-3.6").time.period).toMatchObject({
      kind: "span",
      start: "2024-07-01",
      end: "2024-12-31",
    });
    expect(byId("t1-4.4").time.period).toMatchObject({ kind: "deadline", deadline: "2024-11-30" });
    expect(byId("t1-2.1").time.period?.peak).toEqual({ start: "2024-09-01", end: "2024-10-31" });
    expect(byId("t1-5.2").time.period?.kind).toBe("relative");
    expect(byId("t2-9").time.period).toMatchObject({ kind: "span", start: "2024-01-01", end: "2024-12-31" });
  });

  it("keeps every time cell's text", () => {
    expect(byId("t1-3.6").time.text).toBe("Quý III-IV/2024");
    expect(byId("t1-4.4").time.text).toBe(
      "Hoàn thành trước ngày 30/11/2024 (đối với nhà được hỗ trợ sửa chữa)",
    );
  });
});

describe("seed plan: ledger", () => {
  it("accounts for every non-blank line exactly once", () => {
    const lines = seedText.split(/\r?\n/u);
    const nonBlank = lines.flatMap((line, i) => (line.trim() === "" ? [] : [i + 1]));
    expect(result.ledger.map((entry) => entry.line)).toEqual(nonBlank);
    const kinds = new Map(result.ledger.map((entry) => [entry.line, entry.kind]));
    expect(kinds.get(3)).toBe("title");
    expect(kinds.get(4)).toBe("title");
    expect(kinds.get(5)).toBe("title");
    expect(kinds.get(7)).toBe("header");
    expect(kinds.get(8)).toBe("header");
    expect(kinds.get(15)).toBe("continuation");
    expect(result.ledger.find((entry) => entry.line === 15)?.activity).toBe("t1-2.1");
  });
});
