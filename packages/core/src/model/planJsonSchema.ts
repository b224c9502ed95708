import { z } from "zod";
import { PLAN_SCHEMA_VERSION, PlanSchema } from "./Plan";

/**
 * The JSON Schema (draft 2020-12) of a `Plan` as `parsePlan` accepts it (fields
 * with defaults are optional), generated from the zod schema. Published as
 * `@kehoach/core/plan.schema.json`.
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanSchema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
  return {
    ...schema,
    $id: `urn:kehoach:schema:plan:v${PLAN_SCHEMA_VERSION}`,
    title: "kehoach Plan",
    description: "A Vietnamese People's Committee plan (Kế hoạch) with its summary tables and activities.",
  };
}
