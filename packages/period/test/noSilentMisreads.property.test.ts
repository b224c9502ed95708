import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../src/parsePeriod";

interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const key = (x: Day) => x.y * 10_000 + x.m * 100 + x.d;

const day = fc.record({
  y: fc.integer({ min: 1990, max: 2060 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
});
/** How the phrase writes its two dates: separators, padding, which year is written, the dash, the leads. */
const style = fc.record({
  sep: fc.constantFrom("/", "-", "."),
  padDay: fc.boolean(),
  padMonth: fc.boolean(),
  yearOnStart: fc.boolean(),
  dash: fc.constantFrom(" - ", "-", " – ", "–", " — ", "—", " đến ", " đến hết ", " den ", " tới "),
  lead: fc.constantFrom("", "từ ", "Từ ", "ngày ", "từ ngày ", "Từ ngày ", "tu ngay ", "tu ", "TỪ NGÀY "),
  leadEnd: fc.constantFrom("", "ngày ", "ngay "),
});

function write(x: Day, s: { sep: string; padDay: boolean; padMonth: boolean }, withYear: boolean): string {
  const d = s.padDay ? pad(x.d) : String(x.d);
  const m = s.padMonth ? pad(x.m) : String(x.m);
  return `${d}${s.sep}${m}${withYear ? `${s.sep}${x.y}` : ""}`;
}

/** A generated "A - B" range phrase, the text offsets of A and B, and the dates it means. */
const rangePhrase = fc
  .tuple(day, day, style)
  .filter(([a, b]) => key(a) !== key(b))
  .map(([x, y, s]) => {
    const [a, b] = key(x) < key(y) ? [x, y] : [y, x];
    // Without its year, A takes B's year (the year before when it would fall after B): only then can A omit it.
    const sameOrPrevious = a.y === b.y || (a.y === b.y - 1 && a.m * 100 + a.d > b.m * 100 + b.d);
    const withYear = s.yearOnStart || !sameOrPrevious;
    const first = write(a, s, withYear);
    const text = `${s.lead}${first}${s.dash}${s.leadEnd}${write(b, s, true)}`;
    const aFrom = s.lead.length;
    return {
      text,
      a,
      b,
      aSpan: [aFrom, aFrom + first.length],
      bSpan: [text.length - write(b, s, true).length, text.length],
    };
  });

const overlaps = (span: { start: number; end: number } | null, [from, to]: number[]) =>
  span !== null && span.start < (to as number) && (from as number) < span.end;

describe("no silent misreads (fast-check, 100,000 generated range phrases)", () => {
  it('reads both ends of "A - B", or a warning located on the dropped end says so', () => {
    fc.assert(
      fc.property(rangePhrase, ({ text, a, b, aSpan, bSpan }) => {
        const r = parsePeriod(text, { year: 2024 });
        const warnings = r.diagnostics.filter((d) => d.severity !== "info");
        const startOk = r.start === iso(a);
        const endOk = r.end === iso(b);
        if (!startOk)
          expect(
            warnings.some((w) => overlaps(w.span, aSpan)),
            `${text}: start`,
          ).toBe(true);
        if (!endOk)
          expect(
            warnings.some((w) => overlaps(w.span, bSpan)),
            `${text}: end`,
          ).toBe(true);
      }),
      { numRuns: 100_000 },
    );
    // 100,000 parses: about 10 s alone, over 100 s on a loaded two-core machine.
  }, 900_000);

  it("warns on the issue's example instead of printing one day", () => {
    const r = parsePeriod("từ 15/4 - 15/5/2025");
    expect([r.kind, r.start, r.end]).toEqual(["span", "2025-04-15", "2025-05-15"]);
    const skipped = parsePeriod("số liệu 2-06-15-03-2040", { year: 2024 });
    expect(skipped.diagnostics.some((d) => d.severity === "warning" && d.span !== null)).toBe(true);
  });

  it("says which date was dropped when two end bounds compete", () => {
    const text = "đến ngày 30/4/2025 hợp long, đến 30/6/2025 hoàn thành";
    const r = parsePeriod(text);
    const dropped = r.diagnostics.find((d) => d.code === "date-dropped");
    expect(dropped?.span && text.slice(dropped.span.start, dropped.span.end)).toBe("đến ngày 30/4/2025");
  });
});
