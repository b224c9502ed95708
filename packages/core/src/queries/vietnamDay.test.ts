import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vietnamDate } from "../engine/vietnamTime";
import { vietnamDay } from "./classifyActivity";

const offsets = ["Z", "+07:00", "+00:00", "-05:00", "+09:30", "-12:00", "+14:00", "+05:45"];

describe("vietnamDay", () => {
  it("agrees with vietnamDate for timestamps with every kind of offset", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...offsets),
        fc.boolean(),
        (ms, offset, millis) => {
          const sign = offset === "Z" ? 0 : offset.startsWith("-") ? -1 : 1;
          const minutes = offset === "Z" ? 0 : Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
          const wall = new Date(ms + sign * minutes * 60_000).toISOString().slice(0, millis ? 23 : 19);
          const at = `${wall}${offset}`;
          expect(vietnamDay(at)).toBe(vietnamDate(at));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("keeps the date part of a +07:00 timestamp and moves late UTC evenings to the next day", () => {
    expect(vietnamDay("2024-10-10T23:59:59+07:00")).toBe("2024-10-10");
    expect(vietnamDay("2024-10-10T17:00:00Z")).toBe("2024-10-11");
    expect(vietnamDay("2024-10-10T16:59:59.999Z")).toBe("2024-10-10");
    expect(vietnamDay("2024-01-01T01:00:00-05:00")).toBe("2024-01-01");
    expect(vietnamDay("2024-12-31T20:00:00-05:00")).toBe("2025-01-01");
  });
});
