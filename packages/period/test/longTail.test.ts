import { describe, expect, it } from "vitest";
import { parsePeriod } from "../src/parsePeriod";
import { foldWord } from "../src/text/foldText";

/** [text, kind, start, end, deadline?, peak "start..end"?] read with { year: 2024 }; labelled by reading. */
type Case = [string, string, string | null, string | null, (string | null)?, (string | null)?];

/** The ten classes of issue 14, each a rule. Every case is also read without diacritics ("Từ" → "Tu"). */
const classes: Record<string, Case[]> = {
  "1. ranges whose first day has no year": [
    ["từ 3/10 - 25/11/2024", "span", "2024-10-03", "2024-11-25"],
    ["Từ ngày 12/2 - 28/6/2025", "span", "2025-02-12", "2025-06-28"],
    ["1/6-30/6", "span", "2024-06-01", "2024-06-30"],
    ["từ 15/4 – 15/5/2025", "span", "2025-04-15", "2025-05-15"],
    ["ngày 20/12 — 10/1/2025", "span", "2024-12-20", "2025-01-10"],
    ["từ ngày 15 đến ngày 30/9/2024", "span", "2024-09-15", "2024-09-30"],
    ["từ 11 đến 18-10", "span", "2024-10-11", "2024-10-18"],
    ["25/03 – 15/04/2015", "span", "2015-03-25", "2015-04-15"],
    ["Từ 15/9 đến tháng 2/2015", "span", "2014-09-15", "2015-02-28"],
  ],
  "2. dotted dates": [
    ["01.11.2023 - 15.1.2024", "span", "2023-11-01", "2024-01-15"],
    ["từ 28.3 - 3.4.2022", "span", "2022-03-28", "2022-04-03"],
    ["ngày 9.2.2026", "span", "2026-02-09", "2026-02-09"],
    ["từ 19 - 25.1.2026", "span", "2026-01-19", "2026-01-25"],
  ],
  "3. time of day": [
    ["Tối 30/4", "span", "2024-04-30", "2024-04-30"],
    ["sáng 19/5", "span", "2024-05-19", "2024-05-19"],
    ["7h30 ngày 20/11", "span", "2024-11-20", "2024-11-20"],
    ["từ 19h30 ngày 14/9/2024", "span", "2024-09-14", null],
    ["14 giờ ngày 5/3/2024", "span", "2024-03-05", "2024-03-05"],
    ["Chiều ngày 27/2, họp triển khai", "span", "2024-02-27", "2024-02-27"],
    ["từ đêm 6/9 đến hết đêm 7/9", "span", "2024-09-06", "2024-09-07"],
    [
      "bắt đầu từ 0 giờ 00 phút đến 0 giờ 15 phút ngày 22 tháng 1 năm 2023",
      "span",
      "2023-01-22",
      "2023-01-22",
    ],
  ],
  "4. lunar restatements in parentheses": [
    ["ngày 19/1/2023 (nhằm ngày 28 tháng Chạp âm lịch)", "span", "2023-01-19", "2023-01-19"],
    [
      "từ thứ Năm 6/2/2025 (tức mùng 9 tháng Giêng năm Ất Tỵ) đến hết Chủ nhật 9/2/2025 (tức ngày 12 tháng Giêng)",
      "span",
      "2025-02-06",
      "2025-02-09",
    ],
    ["từ 31/1 đến 2/2/2023 (nhằm 10 đến 12 tháng Giêng âl năm Quý Mão)", "span", "2023-01-31", "2023-02-02"],
    ["5-18/2/2024 (tức từ 26 tháng Chạp đến 9 tháng Giêng âm lịch)", "span", "2024-02-05", "2024-02-18"],
  ],
  "5. lunar festival days and ranges": [
    ["từ mùng 2 đến mùng 5 Tết", "span", "2024-02-11", "2024-02-14"],
    ["Rằm tháng Giêng", "span", "2024-02-24", "2024-02-24"],
    ["23 tháng Chạp", "span", "2025-01-22", "2025-01-22"],
    ["Tết Nguyên đán Bính Ngọ", "span", "2026-02-17", "2026-02-17"],
    ["mùng 10 tháng 3 âm lịch", "span", "2024-04-18", "2024-04-18"],
  ],
  "6. multi-year periods": [
    ["Giai đoạn 2026-2030", "span", "2026-01-01", "2030-12-31"],
    ["(Giai đoạn: 2016- 2020)", "span", "2016-01-01", "2020-12-31"],
    ["năm học 2025-2026", "span", "2025-09-01", "2026-05-31"],
    ["2021 – 2025", "span", "2021-01-01", "2025-12-31"],
    ["nhiệm kỳ 2020-2025", "span", "2020-01-01", "2025-12-31"],
    ["thời kỳ 2021 - 2030", "span", "2021-01-01", "2030-12-31"],
  ],
  "7. open-ended starts": [
    ["bắt đầu từ 7h00 ngày 01/12", "span", "2024-12-01", null],
    ["có hiệu lực từ ngày 01/6/2023", "span", "2023-06-01", null],
    ["bắt đầu từ sáng mùng 10 tháng 3 âm lịch", "span", "2024-04-18", null],
  ],
  "8. relative to a document (no documentDate)": [
    ["100 ngày kể từ ngày ban hành Kế hoạch", "relative", null, null],
    ["trong vòng 30 ngày kể từ ngày ký", "relative", null, null],
    ["sau 15 ngày kể từ ngày nhận được văn bản", "relative", null, null],
    ["Từ ngày ký ban hành trở đi", "relative", null, null],
  ],
  "9. a peak named in the phrase": [
    [
      "đợt cao điểm từ ngày 10/3 đến ngày 26/3",
      "span",
      "2024-03-10",
      "2024-03-26",
      null,
      "2024-03-10..2024-03-26",
    ],
    [
      "Đợt cao điểm diễn ra từ ngày 15/12/2023 đến ngày 29/2/2024",
      "span",
      "2023-12-15",
      "2024-02-29",
      null,
      "2023-12-15..2024-02-29",
    ],
    [
      "Cao điểm bắt đầu từ 15-12 đến hết ngày 28-2-2021",
      "span",
      "2020-12-15",
      "2021-02-28",
      null,
      "2020-12-15..2021-02-28",
    ],
  ],
  "10. recurring": [
    ["Thường xuyên", "recurring", null, null],
    ["Hằng năm", "recurring", null, null],
    ["Định kỳ hằng tháng", "recurring", null, null],
    ["Định kỳ hằng quý", "recurring", null, null],
    ["Hằng tuần vào thứ Hai", "recurring", null, null],
    ["vào tháng 6 hàng năm", "recurring", null, null],
  ],
};

function reading(text: string) {
  const r = parsePeriod(text, { year: 2024 });
  return {
    kind: r.kind,
    start: r.start,
    end: r.end,
    deadline: r.deadline,
    peak: r.peak ? `${r.peak.start}..${r.peak.end}` : null,
  };
}

describe("issue 14: the long tail of real phrases, class by class", () => {
  for (const [name, cases] of Object.entries(classes)) {
    describe(name, () => {
      for (const [text, kind, start, end, deadline, peak] of cases) {
        const expected = { kind, start, end, deadline: deadline ?? null, peak: peak ?? null };
        it(JSON.stringify(text), () => {
          expect(reading(text)).toEqual(expected);
          expect(parsePeriod(text, { year: 2024 }).diagnostics.filter((d) => d.severity === "error")).toEqual(
            [],
          );
        });
        it(`${JSON.stringify(foldWord(text))} (without diacritics)`, () => {
          expect(reading(foldWord(text))).toEqual(expected);
        });
      }
    });
  }
});

describe("what the new fields record", () => {
  it("records the time of day and keeps the day", () => {
    expect(parsePeriod("7h30 ngày 20/11", { year: 2024 }).time).toEqual({
      start: "07:30",
      end: null,
      part: null,
      text: "7h30",
    });
    expect(parsePeriod("Tối 30/4", { year: 2024 }).time).toEqual({
      start: null,
      end: null,
      part: "evening",
      text: "Tối",
    });
    expect(parsePeriod("từ 7h30 đến 11h00 ngày 5/3/2024").time).toEqual({
      start: "07:30",
      end: "11:00",
      part: null,
      text: "7h30 đến 11h00",
    });
    expect(parsePeriod("19 giờ 30 phút tối ngày 14/9/2024").time?.part).toBe("evening");
    // "tới" is not "tối": no time of day, the end bound is kept.
    expect(parsePeriod("từ 1/6 tới 30/6/2024").time).toBeUndefined();
  });

  it("records the rhythm of a recurring phrase", () => {
    expect(parsePeriod("Hằng tuần vào thứ Hai").recurrence).toEqual({
      rhythm: "weekly",
      text: "Hằng tuần",
      weekday: 1,
    });
    expect(parsePeriod("Định kỳ hằng quý").recurrence).toEqual({
      rhythm: "quarterly",
      text: "Định kỳ hằng quý",
      weekday: null,
    });
    expect(parsePeriod("thuong xuyen").recurrence?.rhythm).toBe("regular");
    expect(parsePeriod("hang nam").recurrence?.rhythm).toBe("yearly");
    const bounded = parsePeriod("Thường xuyên trong năm 2025");
    expect([bounded.kind, bounded.start, bounded.end, bounded.deadline]).toEqual([
      "recurring",
      "2025-01-01",
      "2025-12-31",
      null,
    ]);
  });

  it("checks a lunar restatement against the calendar: a mismatch is a located warning", () => {
    const text = "từ 9/2 đến hết 22/2/2026 (tức từ 22 tháng Chạp đến mùng 5 tháng Giêng)";
    const r = parsePeriod(text);
    expect([r.start, r.end]).toEqual(["2026-02-09", "2026-02-22"]);
    const mismatch = r.diagnostics.filter((d) => d.code === "calendar-mismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.vi).toContain("2026-02-22 là ngày 6 tháng 1 âm lịch");
    const span = mismatch[0]?.span;
    expect(span && text.slice(span.start, span.end)).toContain("22 tháng Chạp đến mùng 5 tháng Giêng");
    const right = parsePeriod("từ 9/2 đến hết 22/2/2026 (tức từ 22 tháng Chạp đến mùng 6 tháng Giêng)");
    expect(right.diagnostics.filter((d) => d.code === "calendar-mismatch")).toEqual([]);
  });

  it("never lets a restatement add a milestone or stretch the span into the next year", () => {
    const r = parsePeriod("ngày 3 và 4/2/2024 (24 và 25 tháng chạp)");
    expect([r.kind, r.start, r.end, r.milestones]).toEqual(["span", "2024-02-03", "2024-02-04", []]);
    expect(r.diagnostics).toEqual([]);
    const festival = parsePeriod("Lễ hội diễn ra từ ngày 29/5-3/6/2024 (nhằm ngày 22–27/4 Âm lịch)");
    expect([festival.start, festival.end, festival.diagnostics]).toEqual(["2024-05-29", "2024-06-03", []]);
  });

  it("drops a year that only names the setting, saying so", () => {
    const r = parsePeriod("Lễ hội năm 2024 diễn ra từ ngày 29/5-3/6", { year: 2024 });
    expect([r.start, r.end]).toEqual(["2024-05-29", "2024-06-03"]);
    expect(r.diagnostics.map((d) => d.code)).toContain("date-context");
    const outside = parsePeriod("Ngày 25/03/2024, tổng kết công tác năm 2023");
    expect([outside.start, outside.end]).toEqual(["2024-03-25", "2024-03-25"]);
    expect(outside.diagnostics.find((d) => d.code === "date-dropped")?.severity).toBe("warning");
  });
});
