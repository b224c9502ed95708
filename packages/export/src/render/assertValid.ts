import { localizeZodIssue } from "@kehoach/core";
import type { z } from "zod";
import { ExportError } from "../ExportError";

/**
 * Parses a renderer's input (a report or options built by code, not user
 * text) and throws an {@link ExportError} naming the first bad path.
 */
export function assertValid<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join(".") || "(root)";
  const message = issue ? localizeZodIssue(issue) : { vi: "", en: "" };
  throw new ExportError({
    code: "export.invalid-input",
    vi: `${what === "report" ? "Báo cáo" : "Tùy chọn"} không hợp lệ tại ${path}: ${message.vi}`,
    en: `invalid ${what} at ${path}: ${message.en}`,
  });
}
