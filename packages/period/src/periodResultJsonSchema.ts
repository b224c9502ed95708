import { z } from "zod";
import { PeriodResultSchema } from "./PeriodResult";

/**
 * The JSON Schema (draft 2020-12) of `PeriodResult`, generated from the zod schema.
 * The same document ships as `@kehoach/period/period-result.schema.json`.
 */
export function periodResultJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://kehoach.dev/schemas/period-result.schema.json",
    title: "PeriodResult",
    description:
      "A Vietnamese time expression read by @kehoach/period: inclusive ISO dates, peak, milestones, lunar flag, diagnostics.",
    ...z.toJSONSchema(PeriodResultSchema, { target: "draft-2020-12" }),
  };
}
