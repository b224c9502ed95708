import { describe, expect, it } from "vitest";
import { copyPlain } from "./copyPlain";

/** Whether `a` and `b` share an object anywhere below them (the same reference at the same place). */
function shares(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null) return false;
  if (a === b) return true;
  return Object.keys(a).some((key) =>
    shares((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

describe("copyPlain", () => {
  it.each([
    [
      [
        { unitId: "x", members: ["a", "b"], number: null },
        { unitId: null, members: [], number: 1 },
      ],
    ],
    [{ text: "Quý II", peak: { start: "a", end: null }, milestones: [{ date: "d" }], diagnostics: [] }],
    [[1, [2, { a: [3] }]]],
    [{}],
    ["text"],
    [null],
  ])("copies %j deeply, keys in order, sharing no object", (value) => {
    const copy = copyPlain(value);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
    expect(shares(copy, value)).toBe(false);
  });
});
