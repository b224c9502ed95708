import { describe, expect, it } from "vitest";
import { canChiOfYear } from "./canChi";
import { fromLunar } from "./fromLunar";
import { tet } from "./tet";
import { toLunar } from "./toLunar";

describe("lunar functions reject malformed input with a RangeError (a PeriodError for a malformed shape)", () => {
  it("toLunar", () => {
    expect(() => toLunar("2024-02-30")).toThrow(RangeError);
    expect(() => toLunar("30/11/2024")).toThrow(/invalid date/);
    expect(() => toLunar({ year: 1500, month: 1, day: 1 })).toThrow(/1800/);
    expect(() => toLunar(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("fromLunar", () => {
    expect(() => fromLunar({ year: 2024, month: 13, day: 1 })).toThrow(/invalid lunar date/);
    expect(() => fromLunar({ year: 2024, month: 1, day: 31 })).toThrow(RangeError);
    expect(() => fromLunar({ year: 2024.5, month: 1, day: 1 })).toThrow(RangeError);
  });

  it("tet and canChiOfYear", () => {
    expect(() => tet(1700)).toThrow(RangeError);
    expect(() => tet(Number.NaN)).toThrow(RangeError);
    expect(() => canChiOfYear(2024.5)).toThrow(RangeError);
  });
});
