import { describe, expect, it } from "vitest";
import { z } from "zod";
import { KehoachError } from "../src/errors/KehoachError";
import { localizeZodIssue } from "../src/errors/localizeZodIssue";
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

describe("localizeZodIssue", () => {
  it("words zod's own messages with the vi locale and keeps the en wording", () => {
    const schema = z.object({ name: z.string().min(2), tags: z.array(z.string()), kind: z.enum(["a", "b"]) });
    const [tooShort, notArray, badEnum] = issuesOf(schema, { name: "x", tags: 3, kind: "c" }).map(
      localizeZodIssue,
    );
    expect(tooShort).toEqual({
      vi: "Quá nhỏ: mong đợi string có >=2 ký tự",
      en: "Too small: expected string to have >=2 characters",
    });
    expect(notArray).toEqual({
      vi: "Đầu vào không hợp lệ: mong đợi mảng, nhận được số",
      en: "Invalid input: expected array, received number",
    });
    expect(badEnum?.vi).toBe('Tùy chọn không hợp lệ: mong đợi một trong các giá trị "a"|"b"');
  });

  it("finds the received type of an invalid_type issue parsed without reportInput", () => {
    const [issue] = issuesOf(z.object({ year: z.number() }), { year: "2024" });
    expect(issue && "input" in issue).toBe(false);
    expect(localizeZodIssue(issue!)).toEqual({
      vi: "Đầu vào không hợp lệ: mong đợi số, nhận được string",
      en: "Invalid input: expected number, received string",
    });
  });

  it("keeps a schema's own message, with params.vi as its Vietnamese", () => {
    const own = z
      .string()
      .refine(() => false, { message: "at least one level", params: { vi: "cần ít nhất một cấp" } });
    expect(localizeZodIssue(issuesOf(own, "")[0]!)).toEqual({
      vi: "cần ít nhất một cấp",
      en: "at least one level",
    });
    const englishOnly = z.string().refine(() => false, "a render function");
    expect(localizeZodIssue(issuesOf(englishOnly, "")[0]!)).toEqual({
      vi: "a render function",
      en: "a render function",
    });
  });

  it("does not touch zod's global configuration", () => {
    localizeZodIssue(issuesOf(z.string(), 1)[0]!);
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe(
      "Invalid input: expected string, received number",
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
    expect(year?.vi).toBe("year: Đầu vào không hợp lệ: mong đợi số, nhận được string");
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
