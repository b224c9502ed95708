import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, isoFromDayNumber } from "./calendar/dayNumber";
import { formatPeriod } from "./formatPeriod";
import { type PeriodResult, PeriodResultSchema } from "./PeriodResult";
import { parsePeriod } from "./parsePeriod";

const day = fc.integer({ min: dayNumber(1990, 1, 1), max: dayNumber(2060, 12, 31) }).map(isoFromDayNumber);
const interval = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
const year = fc.integer({ min: 1990, max: 2060 });

function base(start: string | null, end: string | null): PeriodResult {
  return {
    text: "",
    kind: "span",
    start,
    end,
    deadline: null,
    peak: null,
    milestones: [],
    lunar: false,
    relative: null,
    diagnostics: [],
  };
}

/** Periods formatPeriod can write: days, ranges, months, quarters, years, deadlines, peaks, open bounds. */
const period: fc.Arbitrary<PeriodResult> = fc.oneof(
  interval.map(([a, b]) => base(a, b)),
  day.map((d) => base(d, d)),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => {
    const first = dayNumber(y, m, 1);
    const last = dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1;
    return base(isoFromDayNumber(first), isoFromDayNumber(last));
  }),
  fc.tuple(year, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })).map(([y, q, extra]) => {
    const to = Math.min(4, q + extra);
    const end = to === 4 ? dayNumber(y, 12, 31) : dayNumber(y, 3 * to + 1, 1) - 1;
    return base(isoFromDayNumber(dayNumber(y, 3 * q - 2, 1)), isoFromDayNumber(end));
  }),
  year.map((y) => base(`${y}-01-01`, `${y}-12-31`)),
  day.map((d) => ({ ...base(null, d), kind: "deadline" as const, deadline: d })),
  interval.map(([a, b]) => ({ ...base(a, b), deadline: b })),
  day.map((d) => base(d, null)),
  day.map((d) => base(null, d)),
  fc.tuple(year, interval).map(([y, [a, b]]) => ({
    ...base(`${y}-01-01`, `${y}-12-31`),
    peak: a.startsWith(String(y)) && b.startsWith(String(y)) ? { start: a, end: b } : null,
  })),
);

describe("formatPeriod → parsePeriod round trip (fast-check)", () => {
  it("reads back kind, start, end, deadline and peak", () => {
    fc.assert(
      fc.property(period, (p) => {
        const text = formatPeriod(p);
        const back = parsePeriod(text);
        expect({
          text,
          kind: back.kind,
          start: back.start,
          end: back.end,
          deadline: back.deadline,
          peak: back.peak,
        }).toEqual({
          text,
          kind: p.kind,
          start: p.start,
          end: p.end,
          deadline: p.deadline,
          peak: p.peak,
        });
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips in the 'dates' style too", () => {
    fc.assert(
      fc.property(interval, ([a, b]) => {
        const back = parsePeriod(formatPeriod({ start: a, end: b }, "dates"));
        expect([back.start, back.end]).toEqual([a, b]);
      }),
      { numRuns: 300 },
    );
  });
});

const vietnamese = fc.constantFrom(
  ..."aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ0123456789/-.,;:()– \n".split(
    "",
  ),
);
const words = fc.constantFrom(
  "tháng",
  "quý",
  "năm",
  "ngày",
  "từ",
  "đến",
  "trước",
  "cao điểm",
  "tuần",
  "đầu",
  "cuối",
  "giữa",
  "III",
  "IV",
  "-",
  "/",
  "2024",
  "10",
  "31",
  "âm lịch",
  "Tết",
  "mùng",
  "rằm",
  "hoàn thành",
  ";",
  "- Cấp quận",
  ",",
  "và",
  "thường xuyên",
  "theo",
);

describe("parsePeriod never throws and always returns a valid result (fast-check)", () => {
  it("on random strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = parsePeriod(text, { year: 2024 });
        expect(PeriodResultSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("on random Vietnamese characters and time words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(vietnamese, words), { maxLength: 60 }).map((parts) => parts.join(" ")),
        (text) => {
          const r = parsePeriod(text, { year: 2024 });
          expect(PeriodResultSchema.safeParse(r).success).toBe(true);
          for (const d of r.diagnostics) {
            if (d.span) expect(d.span.end).toBeLessThanOrEqual(r.text.length);
          }
          if (r.start && r.end) expect(r.start <= r.end).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
