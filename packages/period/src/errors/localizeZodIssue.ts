import type { z } from "zod";
import { en, vi } from "zod/locales";
import type { BilingualMessage } from "./BilingualMessage";

/** A zod issue as {@link localizeZodIssue} reads it (zod 4's `$ZodIssue` fits). */
export interface ZodIssueLike {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  /** The rejected value, where the parse kept it (`{ reportInput: true }`). */
  input?: unknown;
  /** A custom issue's parameters; `params.vi` is its Vietnamese wording. */
  params?: Record<string, unknown>;
}

type LocaleError = (issue: z.core.$ZodRawIssue) => unknown;

const localeVi = vi().localeError as LocaleError;
const localeEn = en().localeError as LocaleError;

/** A value of every type zod names in "received …", to find the one an issue without its input had. */
const SAMPLE_INPUTS: readonly unknown[] = [
  undefined,
  null,
  "",
  0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  false,
  0n,
  Symbol("sample"),
  [],
  {},
  () => undefined,
  new Date(0),
  new Map(),
  new Set(),
  new Uint8Array(0),
];

function messageOf(map: LocaleError, issue: object): string | null {
  const out = map(issue as z.core.$ZodRawIssue);
  if (typeof out === "string") return out;
  if (out && typeof out === "object" && typeof (out as { message?: unknown }).message === "string") {
    return (out as { message: string }).message;
  }
  return null;
}

/** The issue as zod's English locale worded it, with the input it had (null when a schema wrote its own message). */
function localeIssue(issue: ZodIssueLike): object | null {
  const candidates = "input" in issue ? [issue] : SAMPLE_INPUTS.map((input) => ({ ...issue, input }));
  for (const candidate of candidates) {
    if (messageOf(localeEn, candidate) === issue.message) return candidate;
    if (issue.code !== "invalid_type") break;
  }
  return null;
}

/**
 * A zod issue in Vietnamese and English: messages zod wrote itself are worded
 * again with zod's `vi` locale (and `en` for English), so no English zod text
 * reaches a Vietnamese reader; a message a schema wrote itself is kept, with
 * `params.vi` as its Vietnamese where the schema gave one
 * (`.refine(check, { message: "…", params: { vi: "…" } })`).
 * Never mutates zod's global configuration (`z.config`): it calls the two
 * locales' message functions directly, so it works whatever locale the
 * application set.
 *
 * @param issue one of `error.issues` of a failed `safeParse` (zod 4).
 * @returns the message in Vietnamese (`vi`) and English (`en`).
 * @example
 * ```ts
 * import { z } from "zod";
 * import { localizeZodIssue } from "@kehoach/period";
 *
 * const parsed = z.object({ year: z.number() }).safeParse({ year: "2024" });
 * localizeZodIssue(parsed.error!.issues[0]!);
 * // { vi: "Đầu vào không hợp lệ: mong đợi số, nhận được string", en: "Invalid input: expected number, received string" }
 * ```
 */
export function localizeZodIssue(issue: ZodIssueLike): BilingualMessage {
  const own = issue.params?.vi;
  if (issue.code === "custom" && typeof own === "string") return { vi: own, en: issue.message };
  const located = localeIssue(issue);
  if (!located) return { vi: issue.message, en: issue.message };
  return { vi: messageOf(localeVi, located) ?? issue.message, en: issue.message };
}
