import { type Diagnostic, zodIssuesToDiagnostics } from "@kehoach/core";
import type { z } from "zod";
import { ApiError } from "./ApiError";

/** A request's query string as a record; a repeated key gives an array. */
export function flatQuery(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(url).searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** Diagnostics as an API error's `details.issues`: each problem's path, English message and Vietnamese. */
export function problemDetails(
  problems: readonly Diagnostic[],
): { path: string[]; message: string; vi: string }[] {
  return problems.map((d) => ({ path: (d.location?.path ?? []).map(String), message: d.en, vi: d.vi }));
}

/**
 * Validates a request's query parameters with a zod schema, or answers 400
 * "request.invalid-query" naming the first bad parameter, zod's words in
 * Vietnamese and English (`details.issues` lists up to 20 problems).
 */
export function parseQuery<S extends z.ZodType>(schema: S, url: string): z.output<S> {
  const parsed = schema.safeParse(flatQuery(url), { reportInput: true });
  if (parsed.success) return parsed.data;
  const what = { vi: "Tham số truy vấn", en: "query parameter" };
  const problems = zodIssuesToDiagnostics("request.invalid-query", what, parsed.error.issues);
  throw new ApiError(
    400,
    "request.invalid-query",
    problems[0] ?? { vi: "Tham số truy vấn không hợp lệ", en: "invalid query parameter" },
    {
      issues: problemDetails(problems),
    },
  );
}
