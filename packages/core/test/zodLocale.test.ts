import { describe, expect, it } from "vitest";
import { z } from "zod";
import { KehoachError } from "../src/errors/KehoachError";
import { zodIssuesToDiagnostics } from "../src/errors/zodIssuesToDiagnostics";
import { PlanSchema } from "../src/model/Plan";
import { parsePlan } from "../src/model/parsePlan";
import { queryPlanStatus } from "../src/queries/queryPlanStatus";
import { samplePlan } from "./samplePlan";

/** zod's English wording: none of it may reach the Vietnamese half of a message. */
const ENGLISH_ZOD = /Invalid input|Invalid option|Too small|Too big|expected|received|Invalid ISO/u;

function issuesOf(schema: z.ZodType, value: unknown, reportInput = false) {
  const parsed = schema.safeParse(value, { reportInput });
  if (parsed.success) throw new Error("expected a failure");
  return parsed.error.issues;
}

describe("zodIssuesToDiagnostics", () => {
  it("is built on @kehoach/period's helpers, which core re-exports as they are (one helper, not two)", async () => {
    const period = await import("@kehoach/period");
    const core = await import("../src/index");
    expect(core.localizeZodIssue).toBe(period.localizeZodIssue);
    expect(core.issuePath).toBe(period.issuePath);
    const issues = issuesOf(z.object({ items: z.array(z.number()) }), { items: [1, "2", "3"] });
    const what = { vi: "Danh sách", en: "list" };
    expect(
      zodIssuesToDiagnostics("x.invalid", what, issues, { pathPrefix: ["plugins", 2], limit: 1 }),
    ).toEqual(
      period
        .describeZodIssues(what, issues, { pathPrefix: ["plugins", 2], limit: 1 })
        .map(({ vi, en, path }) => ({ code: "x.invalid", severity: "error", vi, en, location: { path } })),
    );
  });

  it("gives located bilingual diagnostics through zodIssuesToDiagnostics", () => {
    const issues = issuesOf(z.object({ asOf: z.iso.date() }), { asOf: "2024-02-30x" }, true);
    expect(zodIssuesToDiagnostics("x.invalid", { vi: "Tùy chọn", en: "option" }, issues)).toEqual([
      {
        code: "x.invalid",
        severity: "error",
        vi: "Tùy chọn không hợp lệ tại asOf: ngày ISO không hợp lệ",
        en: "invalid option at asOf: Invalid ISO date",
        location: { path: ["asOf"] },
      },
    ]);
  });
});

describe("Vietnamese messages for a bad plan.json", () => {
  it("parsePlan words each field's problem in Vietnamese", () => {
    const plan = structuredClone(samplePlan()) as unknown as Record<string, unknown>;
    plan.year = "2024";
    plan.title = "";
    (plan.activities as Record<string, unknown>[])[0]!.extra = "not an object";
    const result = parsePlan(JSON.stringify(plan));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.length).toBeGreaterThanOrEqual(2);
    for (const d of result.diagnostics) {
      expect(d.vi).not.toMatch(ENGLISH_ZOD);
      expect(d.en).toMatch(ENGLISH_ZOD);
    }
    const year = result.diagnostics.find((d) => d.location?.path?.[0] === "year");
    expect(year?.vi).toBe(
      "Kế hoạch không hợp lệ tại year: Đầu vào không hợp lệ: mong đợi số, nhận được string",
    );
  });
});

describe("queryPlanStatus with bad options", () => {
  const plan = PlanSchema.parse(samplePlan());
  const state = { planId: plan.id, activities: {} } as unknown as Parameters<typeof queryPlanStatus>[1];

  it("throws a KehoachError with bilingual diagnostics, not a ZodError, when options are missing", () => {
    const call = () => (queryPlanStatus as (...args: unknown[]) => unknown)(plan, state);
    expect(call).toThrow(KehoachError);
    try {
      call();
    } catch (error) {
      const e = error as KehoachError;
      expect(e.diagnostics).toEqual([
        expect.objectContaining({
          code: "query.invalid-options",
          vi: "Tùy chọn không hợp lệ tại asOf: Đầu vào không hợp lệ: mong đợi string, nhận được undefined",
          location: { path: ["asOf"] },
        }),
      ]);
      expect(e.vi).toContain("queryPlanStatus cần { asOf: 'YYYY-MM-DD'");
      expect(e.message).toContain("queryPlanStatus takes { asOf: 'YYYY-MM-DD'");
    }
  });

  it("names every bad option", () => {
    try {
      queryPlanStatus(plan, state, { asOf: "2024-02-30", dueWithinDays: -1 });
      expect.unreachable();
    } catch (error) {
      const e = error as KehoachError;
      expect(e.diagnostics.map((d) => d.location?.path)).toEqual([["asOf"], ["dueWithinDays"]]);
      for (const d of e.diagnostics) expect(d.vi).not.toMatch(ENGLISH_ZOD);
    }
  });
});
