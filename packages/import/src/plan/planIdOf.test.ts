import { PLAN_ID, thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { describe, expect, it } from "vitest";
import { seedText } from "../../test/seed";
import { importPlan } from "../importPlan";
import { planIdOf } from "./planIdOf";

const draft = {
  kind: "plan" as const,
  number: null,
  symbol: "KH-UBND",
  date: null,
  month: "2024-04",
  issuer: null,
  subject: null,
  text: "",
};

describe("the plan id", () => {
  it("is the plugin's id when the plugin's shipped plan is imported (its text, or the same text as bytes)", async () => {
    const shipped = thanhXuan70.plans[0];
    expect(shipped?.id).toBe(PLAN_ID);
    const fromText = await importPlan({ data: shipped?.content ?? "" }, { plugins: [thanhXuan70] });
    expect(fromText.plan?.id).toBe(PLAN_ID);
    const bytes = new TextEncoder().encode((shipped?.content ?? "").replace(/\n/gu, "\r\n"));
    const fromBytes = await importPlan({ data: bytes, fileName: "kh.txt" }, { plugins: [thanhXuan70] });
    expect(fromBytes.plan?.id).toBe(PLAN_ID);
  });

  it("is the plugin's id for the seed file (the shipped plan's title ends with the plan's title)", async () => {
    const { plan } = await importPlan({ data: seedText }, { plugins: [thanhXuan70] });
    expect(plan?.id).toBe(PLAN_ID);
  });

  it("is a slug of the document reference and title without the plugin", async () => {
    const { plan } = await importPlan({ data: seedText });
    expect(plan?.id).toBe(
      "kh-ubnd-2024-04-cac-hoat-dong-ky-niem-70-nam-ngay-giai-phong-thu-do-10-10-1954-10-10-2024",
    );
  });

  it("uses number, symbol and date of a numbered plan, cut at a hyphen past 96 characters", () => {
    const numbered = { ...draft, number: "63", date: "2024-02-02", month: "2024-02" };
    const { id, fromPlugin } = planIdOf({
      title:
        "Tổ chức các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô và một số ngày lễ, kỷ niệm quan trọng trong năm 2024",
      document: numbered,
      year: 2024,
      shipped: [],
      content: null,
    });
    expect(fromPlugin).toBe(false);
    expect(id.startsWith("63-kh-ubnd-2024-02-02-to-chuc-cac-hoat-dong")).toBe(true);
    expect(id.length).toBeLessThanOrEqual(96);
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  it("does not take a plugin's id for a short or different title, or another year", () => {
    const shipped = [{ id: "shipped", title: "Biểu tổng hợp kế hoạch năm 2024", year: 2024 }];
    expect(planIdOf({ title: "Kế hoạch", document: draft, year: 2024, shipped, content: null }).id).not.toBe(
      "shipped",
    );
    expect(
      planIdOf({ title: "Tổng hợp kế hoạch năm 2024", document: draft, year: 2025, shipped, content: null })
        .id,
    ).not.toBe("shipped");
    expect(
      planIdOf({ title: "Tổng hợp kế hoạch năm 2024", document: draft, year: 2024, shipped, content: null })
        .id,
    ).toBe("shipped");
  });

  it("falls back to the year when the document has no reference and no title", () => {
    const none = { ...draft, symbol: null, month: null };
    expect(planIdOf({ title: "", document: none, year: 2025, shipped: [], content: null }).id).toBe(
      "2025-ke-hoach",
    );
  });
});
