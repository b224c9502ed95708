import type { z } from "zod";
import { StoreError } from "./StoreError";
import { storeZodDiagnostics } from "./storeDiagnosticCodes";

/** Parses `value` with `schema`, or raises `store.bad-input` naming the first problem in both languages. */
export function validateInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = storeZodDiagnostics(
    "store.bad-input",
    { vi: `Dữ liệu ${what}`, en: what },
    result.error.issues,
  );
  const first = problems[0] ?? { vi: `Dữ liệu ${what} không hợp lệ`, en: `invalid ${what}` };
  throw new StoreError(
    "store.bad-input",
    { vi: first.vi, en: first.en },
    {
      issues: problems.map((d) => ({ path: (d.location?.path ?? []).map(String), message: d.en, vi: d.vi })),
    },
  );
}
