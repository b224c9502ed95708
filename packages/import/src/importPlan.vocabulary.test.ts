import { describe, expect, it } from "vitest";
import { importPlan } from "./importPlan";

const plan = [
  "**KẾ HOẠCH MẪU**",
  "",
  "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian",
  "1\tTổ chức Hội làng truyền thống\tUBND phường\tCác tổ dân phố\tDịp Hội làng năm 2025",
  "2\tDọn vệ sinh đường làng\tUBND phường\tCác tổ dân phố\tTháng 3/2025",
].join("\n");

describe("importPlan and the plugins' time words", () => {
  it("reads a plugin's named day in time cells without any custom tool", async () => {
    const plugin = {
      id: "lang-mau",
      periodVocabulary: [{ text: "Hội làng", month: 3, day: 15 }],
    };
    const { plan: withWords } = await importPlan({ data: plan }, { plugins: [plugin], year: 2025 });
    const first = withWords?.activities.find((a) => a.code === "1");
    expect(first?.time.period).toMatchObject({ kind: "span", start: "2025-03-15", end: "2025-03-15" });
    // the ordinary cell is read the same with or without the words
    const second = withWords?.activities.find((a) => a.code === "2");
    expect(second?.time.period).toMatchObject({ start: "2025-03-01", end: "2025-03-31" });
  });

  it("leaves the same cell unread without the plugin", async () => {
    const { plan: without } = await importPlan({ data: plan }, { year: 2025 });
    const first = without?.activities.find((a) => a.code === "1");
    expect(first?.time.period?.start).not.toBe("2025-03-15");
  });
});

describe("importPlan with plugins whose units clash", () => {
  it("returns located error diagnostics instead of throwing", async () => {
    const unit = (id: string, alias: string) => ({
      id,
      name: `Phòng ${id}`,
      aliases: [alias],
      kind: "department" as const,
      scope: "district" as const,
    });
    const result = await importPlan(
      { data: plan },
      {
        plugins: [
          { id: "a", units: [unit("mot", "P1")] },
          // the same unit id for a different unit
          { id: "b", units: [{ ...unit("mot", "P2"), name: "Ban khác" }] },
        ],
      },
    );
    expect(result.plan).toBeNull();
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toContain("registry.duplicate-unit");
  });
});
