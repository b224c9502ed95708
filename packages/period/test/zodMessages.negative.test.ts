import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  formatPeriod,
  fromLunar,
  LunarDateSchema,
  LunarOptionsSchema,
  ParsePeriodOptionsSchema,
  type PeriodDiagnostic,
  PeriodError,
  PeriodIntervalSchema,
  parsePeriod,
  tet,
  toLunar,
} from "../src/index";

/**
 * Every diagnostic built from a zod issue carries zod's `vi` wording, zod's English wording and the
 * path. The expected Vietnamese is written twice, independently of our code: as read in zod's
 * locale source (node_modules/zod/v4/locales/vi.js), and as zod itself words the issue when the
 * same value is parsed with the `vi` locale as a per-parse error map.
 */

/** zod's own wording of `value`'s first issue under `schema`, in the `vi` and the `en` locale. */
function zodWords(schema: z.ZodType, value: unknown): { vi: string; en: string; path: PropertyKey[] } {
  const vi = schema.safeParse(value, { error: z.locales.vi().localeError });
  const en = schema.safeParse(value, { error: z.locales.en().localeError });
  const issue = vi.error?.issues[0];
  if (!issue || !en.error?.issues[0]) throw new Error("expected a failure");
  return { vi: issue.message, en: en.error.issues[0].message, path: issue.path };
}

/** The error a call throws, which must be a PeriodError (a RangeError), never a ZodError. */
function thrown(call: () => unknown): PeriodError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PeriodError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error).not.toBeInstanceOf(z.ZodError);
    return error as PeriodError;
  }
  throw new Error("expected a PeriodError");
}

interface Case {
  name: string;
  /** The diagnostics the call gives (returned, or carried by the error it throws). */
  diagnostics: () => readonly PeriodDiagnostic[];
  code: string;
  /** zod's vi message, as read in its locale source. */
  zodVi: string;
  zodEn: string;
  path: (string | number)[];
  /** How the diagnostic names the argument: "<vi> không hợp lệ tại <path>: …". */
  what: { vi: string; en: string };
  /** The schema and value, to ask zod for its own wording independently. */
  schema: z.ZodType;
  value: unknown;
  /** Appended by parsePeriod: invalid options are ignored. */
  suffix?: { vi: string; en: string };
}

const ignored = { vi: "; đã bỏ qua mọi tùy chọn", en: "; all options ignored" };
const option = { vi: "Tùy chọn", en: "option" };
const badVocabulary = { vocabulary: { namedDays: [{ names: ["Lễ hội đền Và"], month: 13, day: 15 }] } };

const cases: Case[] = [
  {
    name: "parsePeriod: year out of range (prepareContext)",
    diagnostics: () => parsePeriod("tháng 8", { year: 3000 }).diagnostics,
    code: "invalid-options",
    zodVi: "Quá lớn: mong đợi number <=2199",
    zodEn: "Too big: expected number to be <=2199",
    path: ["year"],
    what: option,
    schema: ParsePeriodOptionsSchema,
    value: { year: 3000 },
    suffix: ignored,
  },
  {
    name: "parsePeriod: a year given as text (received type found without the input)",
    diagnostics: () => parsePeriod("tháng 8", { year: "2024" } as never).diagnostics,
    code: "invalid-options",
    zodVi: "Đầu vào không hợp lệ: mong đợi số, nhận được string",
    zodEn: "Invalid input: expected number, received string",
    path: ["year"],
    what: option,
    schema: ParsePeriodOptionsSchema,
    value: { year: "2024" },
    suffix: ignored,
  },
  {
    name: "parsePeriod: an unknown option",
    diagnostics: () => parsePeriod("tháng 8/2024", { nam: 2024 } as never).diagnostics,
    code: "invalid-options",
    zodVi: 'Khóa không được nhận dạng: "nam"',
    zodEn: 'Unrecognized key: "nam"',
    path: [],
    what: option,
    schema: ParsePeriodOptionsSchema,
    value: { nam: 2024 },
    suffix: ignored,
  },
  {
    name: "parsePeriod: a plugin vocabulary with month 13 (compileVocabulary's input)",
    diagnostics: () => parsePeriod("tháng 8/2024", badVocabulary).diagnostics,
    code: "invalid-options",
    zodVi: "Quá lớn: mong đợi number <=12",
    zodEn: "Too big: expected number to be <=12",
    path: ["vocabulary", "namedDays", 0, "month"],
    what: option,
    schema: ParsePeriodOptionsSchema,
    value: badVocabulary,
    suffix: ignored,
  },
  {
    name: "formatPeriod: an impossible date",
    diagnostics: () => thrown(() => formatPeriod({ start: "2024-02-30", end: null })).diagnostics,
    code: "invalid-input",
    zodVi: "ngày ISO không hợp lệ",
    zodEn: "Invalid ISO date",
    path: ["start"],
    what: { vi: "Kết quả thời gian hoặc khoảng { start, end }", en: "PeriodResult or { start, end }" },
    schema: PeriodIntervalSchema,
    value: { start: "2024-02-30", end: null },
  },
  {
    name: "formatPeriod: an unknown style",
    diagnostics: () =>
      thrown(() => formatPeriod({ start: "2024-01-01", end: null }, "fancy" as "dates")).diagnostics,
    code: "invalid-options",
    zodVi: 'Tùy chọn không hợp lệ: mong đợi một trong các giá trị "natural"|"dates"',
    zodEn: 'Invalid option: expected one of "natural"|"dates"',
    path: [],
    what: { vi: "Kiểu trình bày", en: "style" },
    schema: z.enum(["natural", "dates"]),
    value: "fancy",
  },
  {
    name: "fromLunar: month 13",
    diagnostics: () => thrown(() => fromLunar({ year: 2024, month: 13, day: 1 })).diagnostics,
    code: "invalid-input",
    zodVi: "Quá lớn: mong đợi number <=12",
    zodEn: "Too big: expected number to be <=12",
    path: ["month"],
    what: { vi: "Ngày âm lịch", en: "lunar date" },
    schema: LunarDateSchema,
    value: { year: 2024, month: 13, day: 1 },
  },
  {
    name: "fromLunar: a time zone out of range",
    diagnostics: () =>
      thrown(() => fromLunar({ year: 2024, month: 8, day: 15 }, { timeZone: 20 })).diagnostics,
    code: "invalid-options",
    zodVi: "Quá lớn: mong đợi number <=14",
    zodEn: "Too big: expected number to be <=14",
    path: ["timeZone"],
    what: option,
    schema: LunarOptionsSchema,
    value: { timeZone: 20 },
  },
  {
    name: "tet: a year before 1800",
    diagnostics: () => thrown(() => tet(1700)).diagnostics,
    code: "invalid-input",
    zodVi: "Quá nhỏ: mong đợi number >=1800",
    zodEn: "Too small: expected number to be >=1800",
    path: [],
    what: { vi: "Năm", en: "year" },
    schema: z.number().int().min(1800),
    value: 1700,
  },
  {
    name: "tet: a time zone given as text",
    diagnostics: () => thrown(() => tet(2024, { timeZone: "+7" } as never)).diagnostics,
    code: "invalid-options",
    zodVi: "Đầu vào không hợp lệ: mong đợi số, nhận được string",
    zodEn: "Invalid input: expected number, received string",
    path: ["timeZone"],
    what: option,
    schema: LunarOptionsSchema,
    value: { timeZone: "+7" },
  },
  {
    name: "toLunar: a time zone out of range",
    diagnostics: () => thrown(() => toLunar("2024-02-10", { timeZone: -13 })).diagnostics,
    code: "invalid-options",
    zodVi: "Quá nhỏ: mong đợi number >=-12",
    zodEn: "Too small: expected number to be >=-12",
    path: ["timeZone"],
    what: option,
    schema: LunarOptionsSchema,
    value: { timeZone: -13 },
  },
];

describe("zod issues become diagnostics in zod's vi wording and English, with the path", () => {
  it.each(cases)("$name", (c) => {
    const diagnostics = c.diagnostics();
    const found = diagnostics.filter((d) => d.code === c.code);
    expect(found).toHaveLength(1);
    const where =
      c.path.length > 0 ? { vi: ` tại ${c.path.join(".")}`, en: ` at ${c.path.join(".")}` } : null;
    expect(found[0]).toEqual({
      code: c.code,
      severity: "error",
      vi: `${c.what.vi} không hợp lệ${where?.vi ?? ""}: ${c.zodVi}${c.suffix?.vi ?? ""}`,
      en: `invalid ${c.what.en}${where?.en ?? ""}: ${c.zodEn}${c.suffix?.en ?? ""}`,
      span: null,
      path: c.path,
    });
    // zod, asked directly with its vi locale, words the same issue the same way.
    const zod = zodWords(c.schema, c.value);
    expect(zod).toEqual({ vi: c.zodVi, en: c.zodEn, path: c.path });
  });

  it("a PeriodError says it in both languages: message in English, vi in Vietnamese", () => {
    const error = thrown(() => tet(1700));
    expect(error.message).toBe(
      "tet: invalid year:\n- [invalid-input] invalid year: Too small: expected number to be >=1800",
    );
    expect(error.vi).toBe(
      "tet: Năm không hợp lệ:\n- [invalid-input] Năm không hợp lệ: Quá nhỏ: mong đợi number >=1800",
    );
  });

  it("parsePeriod with bad options never throws and names every bad option", () => {
    const result = parsePeriod("Quý III/2024", { year: 3000, anniversary: 10 } as never);
    expect(result.kind).toBe("span");
    expect(result.diagnostics.filter((d) => d.code === "invalid-options").map((d) => d.path)).toEqual([
      ["year"],
      ["anniversary"],
    ]);
  });
});

describe("zod's global configuration", () => {
  afterEach(() => {
    z.config(z.locales.en());
  });

  it("is not changed by our Vietnamese messages", () => {
    parsePeriod("tháng 8", { year: 3000 });
    thrown(() => tet(1700));
    expect(z.number().max(2199).safeParse(3000).error?.issues[0]?.message).toBe(
      "Too big: expected number to be <=2199",
    );
  });

  it("set by the application to vi, does not turn our English half Vietnamese", () => {
    z.config(z.locales.vi());
    const [d] = thrown(() => fromLunar({ year: 2024, month: 13, day: 1 })).diagnostics;
    expect(d?.vi).toBe("Ngày âm lịch không hợp lệ tại month: Quá lớn: mong đợi number <=12");
    expect(d?.en).toBe("invalid lunar date at month: Too big: expected number to be <=12");
    const options = parsePeriod("tháng 8", { year: 3000 }).diagnostics[0];
    expect(options?.en).toBe(
      "invalid option at year: Too big: expected number to be <=2199; all options ignored",
    );
  });
});
