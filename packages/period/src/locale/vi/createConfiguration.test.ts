import { describe, expect, it } from "vitest";
import type { Parser } from "../../engine/Chunk";
import { parsePeriod } from "../../parsePeriod";
import { createConfiguration } from "./createConfiguration";

describe("createConfiguration and the plugin vocabulary", () => {
  it("adds a plugin's named day, solar or lunar, accent-insensitively", () => {
    const vocabulary = {
      namedDays: [
        { names: ["Lễ hội đền Hai Bà Trưng"], month: 2, day: 6, lunar: true },
        { names: ["Ngày hội Đại đoàn kết"], month: 11, day: 18, days: 1 },
        { names: ["Tuần lễ Văn hóa"], month: 11, day: 18, days: 7 },
      ],
    };
    expect(parsePeriod("Lễ hội đền Hai Bà Trưng năm 2025", { vocabulary }).start).toBe("2025-03-05");
    expect(parsePeriod("le hoi den hai ba trung 2025", { vocabulary }).lunar).toBe(true);
    expect(parsePeriod("dịp Ngày hội Đại đoàn kết", { year: 2024, vocabulary }).start).toBe("2024-11-18");
    const week = parsePeriod("Tuần lễ Văn hóa 2024", { vocabulary });
    expect([week.start, week.end]).toEqual(["2024-11-18", "2024-11-24"]);
    // Without the vocabulary only the year is read.
    expect(parsePeriod("Lễ hội đền Hai Bà Trưng năm 2025").start).toBe("2025-01-01");
  });

  it("adds relative and recurring markers", () => {
    const vocabulary = {
      relative: [{ words: ["theo lịch của Ban tổ chức"], to: "organiser" }],
      recurring: ["mỗi dịp lễ"],
    };
    expect(parsePeriod("Theo lịch của Ban tổ chức", { vocabulary }).relative?.to).toBe("organiser");
    expect(parsePeriod("Mỗi dịp lễ", { year: 2024, vocabulary }).kind).toBe("recurring");
  });

  it("accepts several vocabularies at once", () => {
    const a = { namedDays: [{ names: ["Ngày A"], month: 1, day: 5 }] };
    const b = { namedDays: [{ names: ["Ngày B"], month: 1, day: 9 }] };
    const r = parsePeriod("Ngày A đến Ngày B năm 2025", { vocabulary: [a, b] });
    expect([r.start, r.end]).toEqual(["2025-01-05", "2025-01-09"]);
  });

  it("takes core's plugin periodVocabulary words directly", () => {
    const vocabulary = [{ text: "Lễ hội làng Mọc", aliases: ["hội Mọc"], month: 2, day: 10, lunar: true }];
    expect(parsePeriod("Lễ hội làng Mọc năm 2025", { vocabulary }).start).toBe("2025-03-09");
    expect(parsePeriod("hội Mọc 2025", { vocabulary }).lunar).toBe(true);
  });

  it("lets users push their own parser", () => {
    const festival: Parser = {
      name: "festival",
      triggers: ["festival"],
      extract: (_context, i) => ({
        parser: "festival",
        from: i,
        to: i + 1,
        items: [{ unit: "day", month: 7, day: 14 }],
        range: false,
        role: "main",
      }),
    };
    const configuration = createConfiguration();
    configuration.parsers.push(festival);
    expect(parsePeriod("Festival", { year: 2025, configuration }).start).toBe("2025-07-14");
    expect(parsePeriod("Festival", { year: 2025 }).kind).toBe("unknown");
  });

  it("passes a custom parser's diagnostics through", () => {
    const configuration = createConfiguration();
    configuration.parsers.push({
      name: "tbd",
      triggers: ["tbd"],
      extract: (_context, i) => ({
        parser: "tbd",
        from: i,
        to: i + 1,
        items: [],
        range: false,
        role: "ignore",
        diagnostics: [{ code: "tbd", severity: "info", vi: "chưa định", en: "to be decided", span: null }],
      }),
    });
    const r = parsePeriod("TBD", { configuration });
    expect(r.diagnostics.map((d) => d.code)).toContain("tbd");
  });

  it("can leave out the lunar calendar", () => {
    const configuration = createConfiguration({ solarOnly: true });
    expect(parsePeriod("ngày 15/8 âm lịch", { year: 2024, configuration }).lunar).toBe(false);
  });

  it("reports an invalid vocabulary instead of throwing", () => {
    const r = parsePeriod("tháng 8/2024", {
      vocabulary: { namedDays: [{ names: [], month: 13, day: 1 }] },
    } as never);
    expect(r.diagnostics[0]?.code).toBe("invalid-options");
    expect(r.start).toBe("2024-08-01");
  });
});
