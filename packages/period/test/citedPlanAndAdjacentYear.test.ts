import { describe, expect, it } from "vitest";
import { parsePeriod } from "../src/parsePeriod";
import { foldWord } from "../src/text/foldText";

/** Each phrase as written and without diacritics ("Trước ngày" → "Truoc ngay"). */
function bothSpellings(text: string): string[] {
  return [text, foldWord(text)];
}

describe('"năm liền kề": the year right after the reference year', () => {
  // Written for this test in the shape of annual plans' reporting cells; labelled by reading.
  const cases: [string, number, string][] = [
    ["Trước ngày 31/01 năm liền kề", 2026, "2027-01-31"],
    ["Gửi báo cáo tổng kết trước ngày 15/01 năm liền kề", 2025, "2026-01-15"],
    ["Báo cáo chậm nhất ngày 20 tháng 01 năm liền kề sau", 2024, "2025-01-20"],
  ];
  for (const [written, year, deadline] of cases) {
    for (const text of bothSpellings(written)) {
      it(`${text} (year ${year}) → deadline ${deadline}`, () => {
        const r = parsePeriod(text, { year });
        expect(r.kind).toBe("deadline");
        expect(r.start).toBeNull();
        expect(r.end).toBe(deadline);
        expect(r.deadline).toBe(deadline);
        // The year came from the options: the reader is told so.
        expect(r.diagnostics.map((d) => d.code)).toContain("year-implied");
      });
    }
  }

  it("a year written in the phrase is not moved", () => {
    const r = parsePeriod("Trước ngày 31/01/2027", { year: 2026 });
    expect(r.deadline).toBe("2027-01-31");
  });

  it('"năm trước liền kề" is still the year before', () => {
    const r = parsePeriod("Ban hành chậm nhất là ngày 31/12 năm trước liền kề", { year: 2026 });
    expect(r.deadline).toBe("2025-12-31");
  });
});

describe('"Theo Kế hoạch …": the time is set by the cited plan', () => {
  // Cells that hand the time over to another plan; the year in them names that plan.
  const cited = [
    "Theo Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của tỉnh",
    "Theo Kế hoạch kiểm tra công tác cải cách hành chính năm 2025",
    "Theo kế hoạch của Ủy ban nhân dân tỉnh năm 2026",
    "- Theo Kế hoạch tuyên truyền năm 2024 của Sở",
  ];
  for (const written of cited) {
    for (const text of bothSpellings(written)) {
      it(`${text} → relative to the plan, no dates, an info on the year`, () => {
        const r = parsePeriod(text, { year: 2026 });
        expect(r.kind).toBe("relative");
        expect(r.relative?.to).toBe("plan");
        expect(r.start).toBeNull();
        expect(r.end).toBeNull();
        expect(r.deadline).toBeNull();
        const note = r.diagnostics.find((d) => d.code === "date-in-reference");
        expect(note?.severity).toBe("info");
        expect(note?.en).toContain("is part of the cited plan's name");
        expect(note?.vi).toContain("thuộc tên kế hoạch được dẫn chiếu");
        // The span points at the year as written.
        const year = /20\d\d/.exec(r.text)?.[0];
        expect(note?.span && r.text.slice(note.span.start, note.span.end)).toContain(year);
      });
    }
  }

  // A time stated with a bound or a time word is the activity's own: kept.
  const timed: [string, string, string | null, string | null, string | null][] = [
    ["Theo kế hoạch, từ 11 đến 18-10 tổ chức đại hội", "span", "2026-10-11", "2026-10-18", null],
    ["Theo Kế hoạch rà soát, hoàn thành trước ngày 30/6/2026", "deadline", null, "2026-06-30", "2026-06-30"],
    ["Theo Kế hoạch của tỉnh, thực hiện trong năm 2026", "span", "2026-01-01", "2026-12-31", null],
    ["Theo kế hoạch; năm 2026", "span", "2026-01-01", "2026-12-31", null],
  ];
  for (const [written, kind, start, end, deadline] of timed) {
    for (const text of bothSpellings(written)) {
      it(`${text} → ${kind} ${start}..${end}`, () => {
        const r = parsePeriod(text, { year: 2026 });
        expect([r.kind, r.start, r.end, r.deadline]).toEqual([kind, start, end, deadline]);
        expect(r.diagnostics.map((d) => d.code)).not.toContain("date-in-reference");
      });
    }
  }

  it("a year after another marker than a plan (the schedule) is a time", () => {
    const r = parsePeriod("Theo tiến độ năm 2024", { year: 2026 });
    expect([r.kind, r.start, r.end]).toEqual(["span", "2024-01-01", "2024-12-31"]);
  });
});
