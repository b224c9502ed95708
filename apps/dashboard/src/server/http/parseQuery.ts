import type { z } from "zod";
import { ApiError } from "../http/ApiError";

/** A request's query string as a record; a repeated key gives an array. */
export function flatQuery(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(url).searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** The query parsed by `schema`, else a 400 `request.invalid-query` naming the first bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, url: string): z.output<S> {
  const parsed = schema.safeParse(flatQuery(url));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "";
  throw new ApiError(
    400,
    "request.invalid-query",
    { vi: `tham số truy vấn không hợp lệ: ${where}`, en: `invalid query parameter: ${where}` },
    { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
  );
}
