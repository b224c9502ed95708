import type { BilingualMessage } from "./BilingualMessage";
import { localizeZodIssue, type ZodIssueLike } from "./localizeZodIssue";

/** A zod issue path as a JSON path (symbols as their description). */
export function issuePath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "number" ? p : typeof p === "symbol" ? String(p.description) : p));
}

/** One zod issue as a sentence in Vietnamese and English, with the JSON path it points to. */
export interface ZodIssueDescription extends BilingualMessage {
  /** Where in the validated value: `["milestones", 0, "start"]`; empty for the value itself. */
  path: (string | number)[];
}

/** Options of {@link describeZodIssues}. */
export interface DescribeZodIssuesOptions {
  /** Prepended to every issue's path (e.g. `["plugins", 2]`). */
  pathPrefix?: readonly (string | number)[];
  /** At most this many descriptions (default 20): one bad array can have thousands of issues. */
  limit?: number;
}

/**
 * The one way zod issues become messages: "<what> không hợp lệ tại <path>: <zod's message>"
 * and "invalid <what> at <path>: <zod's message>", with zod's own wording in Vietnamese by
 * zod's `vi` locale ({@link localizeZodIssue}) and the JSON path beside. `@kehoach/core`'s
 * `zodIssuesToDiagnostics` and every diagnostic of this package about an invalid argument are
 * built on it.
 *
 * @param what the value that was checked, in both languages (`{ vi: "Tùy chọn", en: "option" }`).
 * @param issues `error.issues` of a failed `safeParse`.
 * @example
 * ```ts
 * import { z } from "zod";
 * import { describeZodIssues } from "@kehoach/period";
 *
 * const parsed = z.object({ year: z.number().max(2199) }).safeParse({ year: 3000 });
 * describeZodIssues({ vi: "Tùy chọn", en: "option" }, parsed.error!.issues);
 * // [{ vi: "Tùy chọn không hợp lệ tại year: Quá lớn: mong đợi number <=2199", en: "invalid option at year: Too big: expected number to be <=2199", path: ["year"] }]
 * ```
 */
export function describeZodIssues(
  what: BilingualMessage,
  issues: readonly ZodIssueLike[],
  options: DescribeZodIssuesOptions = {},
): ZodIssueDescription[] {
  const { pathPrefix = [], limit = 20 } = options;
  return issues.slice(0, limit).map((issue) => {
    const path = [...pathPrefix, ...issuePath(issue.path)];
    const where =
      path.length > 0 ? { vi: ` tại ${path.join(".")}`, en: ` at ${path.join(".")}` } : { vi: "", en: "" };
    const message = localizeZodIssue(issue);
    return {
      vi: `${what.vi} không hợp lệ${where.vi}: ${message.vi}`,
      en: `invalid ${what.en}${where.en}: ${message.en}`,
      path,
    };
  });
}
