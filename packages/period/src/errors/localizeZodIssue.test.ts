import { describe, expect, it } from "vitest";
import { z } from "zod";
import { localizeZodIssue } from "./localizeZodIssue";

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
});
