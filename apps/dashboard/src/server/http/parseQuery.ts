import { localizeZodIssue } from "@kehoach/core";
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

/**
 * Validates a request's query parameters with a zod schema, or answers 400
 * "request.invalid-query" naming the first bad parameter, zod's words in
 * Vietnamese and English (`details.issues` lists up to 20 problems).
 */
export function parseQuery<S extends z.ZodType>(schema: S, url: string): z.output<S> {
  const parsed = schema.safeParse(flatQuery(url), { reportInput: true });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 20)
    .map((i) => ({ path: i.path.map(String), ...localizeZodIssue(i) }));
  const first = issues[0];
  const where = (lang: "vi" | "en") => (first ? `${first.path.join(".")}: ${first[lang]}` : "");
  throw new ApiError(
    400,
    "request.invalid-query",
    { vi: `tham số truy vấn không hợp lệ: ${where("vi")}`, en: `invalid query parameter: ${where("en")}` },
    { issues: issues.map((i) => ({ path: i.path, message: i.en, vi: i.vi })) },
  );
}
