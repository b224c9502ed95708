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
