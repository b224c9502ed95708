import type { z } from "zod";
import { en } from "zod/locales";
import type { PeriodDiagnostic } from "../PeriodResult";
import type { BilingualMessage } from "./BilingualMessage";
import { describeZodIssues } from "./describeZodIssues";
import type { ZodIssueLike } from "./localizeZodIssue";
import { PeriodError } from "./PeriodError";

/** zod issues as this package's diagnostics: not located in text (`span: null`), located in the argument (`path`). */
export function zodIssuesToPeriodDiagnostics(
  code: string,
  what: BilingualMessage,
  issues: readonly ZodIssueLike[],
): PeriodDiagnostic[] {
  return describeZodIssues(what, issues).map(({ vi, en, path }) => ({
    code,
    severity: "error",
    vi,
    en,
    span: null,
    path,
  }));
}

const english = en().localeError;

/**
 * `schema.safeParse(value)` with zod's English wording whatever locale the application set globally
 * (`z.config(z.locales.vi())` included): the `en` half of a diagnostic stays English and
 * `localizeZodIssue` can find the issue zod worded. Per parse only: zod's global config is untouched.
 */
export function safeParseArgument<S extends z.ZodType>(
  schema: S,
  value: unknown,
): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(value, { error: english });
}

/** What an argument is, for {@link checkArgument}: its diagnostic code, its name and the function it goes to. */
export interface ArgumentRole {
  code: "invalid-input" | "invalid-options";
  what: BilingualMessage;
  /** The function's name, for the error's summary. */
  fn: string;
}

/** The value parsed by `schema`, or a {@link PeriodError} with one diagnostic per zod issue (never a ZodError). */
export function checkArgument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  role: ArgumentRole,
): z.output<S> {
  const parsed = safeParseArgument(schema, value);
  if (parsed.success) return parsed.data;
  throw new PeriodError(zodIssuesToPeriodDiagnostics(role.code, role.what, parsed.error.issues), {
    vi: `${role.fn}: ${role.what.vi} không hợp lệ`,
    en: `${role.fn}: invalid ${role.what.en}`,
  });
}
