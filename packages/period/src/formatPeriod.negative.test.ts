import { describe, expect, it } from "vitest";
import { formatPeriod } from "./formatPeriod";

describe("formatPeriod rejects what is not a period", () => {
  it("throws a RangeError (a PeriodError with bilingual diagnostics) on malformed values", () => {
    expect(() => formatPeriod({ start: "30/11/2024", end: null })).toThrow(RangeError);
    expect(() => formatPeriod(null as unknown as { start: null; end: null })).toThrow(/PeriodResult/);
    expect(() => formatPeriod({ start: "2024-02-30", end: "2024-03-01" })).toThrow(/Invalid ISO date/);
  });

  it("rejects an unknown style", () => {
    expect(() => formatPeriod({ start: "2024-01-01", end: "2024-01-31" }, "fancy" as "dates")).toThrow();
  });
});
