import { describeZodIssues, type ZodIssueLike } from "@kehoach/period";
import type { Diagnostic } from "../model/Diagnostic";
import type { BilingualMessage } from "./createDiagnostic";

/** Options of {@link zodIssuesToDiagnostics}. */
export interface ZodIssuesToDiagnosticsOptions {
  /** Severity of every diagnostic (default "error"). */
  severity?: Diagnostic["severity"];
  /** Prepended to every issue's path (e.g. `["plugins", 2]`). */
  pathPrefix?: readonly (string | number)[];
  /** At most this many diagnostics (default 20): one bad array can have thousands of issues. */
  limit?: number;
}

/**
 * The one way zod issues become diagnostics: a stable code, "<what> is invalid
 * at <path>: <zod's message>" in Vietnamese and English, located by JSON path.
 * zod's own wording is given in Vietnamese by zod's `vi` locale (`localizeZodIssue`
 * and `describeZodIssues` of `@kehoach/period`, which this wraps).
 * `C` types the code as `createDiagnostic`'s does (`zodIssuesToDiagnostics<MyCode>`).
 */
export function zodIssuesToDiagnostics<C extends string = string>(
  code: C,
  what: BilingualMessage,
  issues: readonly ZodIssueLike[],
  options: ZodIssuesToDiagnosticsOptions = {},
): (Diagnostic & { code: C })[] {
  const { severity = "error", pathPrefix, limit } = options;
  return describeZodIssues(what, issues, {
    ...(pathPrefix && { pathPrefix }),
    ...(limit !== undefined && { limit }),
  }).map(({ vi, en, path }) => ({ code, severity, vi, en, location: { path } }));
}
