import { describe, expect, it } from "vitest";
import { seedText } from "../test/seed";
import { importPlan } from "./importPlan";
import type { ImportProgress } from "./index";

describe("importPlan's progress", () => {
  it("reports read, assemble, resolve (rows done of the total) and validate, in order", async () => {
    const seen: ImportProgress[] = [];
    const { plan } = await importPlan({ data: seedText }, { onProgress: (progress) => seen.push(progress) });
    expect(seen.map((progress) => progress.phase)).toEqual(["read", "assemble", "resolve", "validate"]);
    expect(seen[2]).toEqual({ phase: "resolve", done: 0, total: plan?.activities.length });
    expect(seen[3]).toEqual({
      phase: "validate",
      done: plan?.activities.length,
      total: plan?.activities.length,
    });
  });

  it("refuses an onProgress that is not a function", async () => {
    const { plan, diagnostics } = await importPlan(
      { data: seedText },
      { onProgress: "yes" as unknown as () => void },
    );
    expect(plan).toBeNull();
    expect(diagnostics[0]).toMatchObject({ code: "import.input-invalid", severity: "error" });
    expect(diagnostics[0]?.en).toContain("onProgress");
  });
});

describe("importPlan's messages built from zod", () => {
  it("are Vietnamese in the vi half (zod's vi locale) and English in the en half", async () => {
    const { plan, diagnostics } = await importPlan(
      { data: seedText, fileName: 42 as unknown as string },
      { year: "2024" as unknown as number },
    );
    expect(plan).toBeNull();
    expect(diagnostics.map((d) => [d.location?.path, d.vi])).toEqual([
      [
        ["fileName"],
        "Tham số không hợp lệ tại fileName: Đầu vào không hợp lệ: mong đợi string, nhận được số",
      ],
      [["year"], "Tham số không hợp lệ tại year: Đầu vào không hợp lệ: mong đợi số, nhận được string"],
    ]);
    expect(diagnostics.map((d) => d.en)).toEqual([
      "invalid argument at fileName: Invalid input: expected string, received number",
      "invalid argument at year: Invalid input: expected number, received string",
    ]);
  });
});
