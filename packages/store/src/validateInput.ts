import { localizeZodIssue } from "@kehoach/core";
import type { z } from "zod";
import { StoreError } from "./StoreError";

/** Parses `value` with `schema`, or raises `store.bad-input` naming the first problem in both languages. */
export function validateInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join(".")})` : "";
  const reason = issue ? localizeZodIssue(issue) : { vi: "không hợp lệ", en: "invalid" };
  throw new StoreError(
    "store.bad-input",
    {
      vi: `dữ liệu không hợp lệ cho ${what}${where}: ${reason.vi}`,
      en: `invalid ${what}${where}: ${reason.en}`,
    },
    { issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
  );
}
