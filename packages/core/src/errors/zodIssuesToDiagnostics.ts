import type { Diagnostic } from "../model/Diagnostic";
import type { BilingualMessage } from "./createDiagnostic";
import { localizeZodIssue, type ZodIssueLike } from "./localizeZodIssue";

/** Options of {@link zodIssuesToDiagnostics}. */
export interface ZodIssuesToDiagnosticsOptions {
  /** Severity of every diagnostic (default "error"). */
  severity?: Diagnostic["severity"];
  /** Prepended to every issue's path (e.g. `["plugins", 2]`). */
  pathPrefix?: readonly (string | number)[];
  /** At most this many diagnostics (default 20): one bad array can have thousands of issues. */
  limit?: number;
}

/** A zod issue path as a diagnostic's JSON path (symbols as their description). */
export function issuePath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "number" ? p : typeof p === "symbol" ? String(p.description) : p));
}

/**
 * The one way zod issues become diagnostics: a stable code, "<what> is invalid
 * at <path>: <zod's message>" in Vietnamese and English, located by JSON path.
 * zod's own wording is given in Vietnamese by zod's `vi` locale ({@link localizeZodIssue}).
 */
export function zodIssuesToDiagnostics(
  code: string,
  what: BilingualMessage,
  issues: readonly ZodIssueLike[],
  options: ZodIssuesToDiagnosticsOptions = {},
): Diagnostic[] {
  const { severity = "error", pathPrefix = [], limit = 20 } = options;
  return issues.slice(0, limit).map((issue) => {
    const path = [...pathPrefix, ...issuePath(issue.path)];
    const where =
      path.length > 0 ? { vi: ` tại ${path.join(".")}`, en: ` at ${path.join(".")}` } : { vi: "", en: "" };
    const message = localizeZodIssue(issue);
    return {
      code,
      severity,
      vi: `${what.vi} không hợp lệ${where.vi}: ${message.vi}`,
      en: `invalid ${what.en}${where.en}: ${message.en}`,
      location: { path },
    };
  });
}
