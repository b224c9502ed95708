import { coreDiagnostic, coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import type { Diagnostic } from "./Diagnostic";
import { type Plan, PlanSchema } from "./Plan";

/** What {@link parsePlan} returns. */
export type ParsePlanResult =
  | { ok: true; plan: Plan; diagnostics: Diagnostic[] }
  | { ok: false; plan: null; diagnostics: Diagnostic[] };

function lineColumn(json: string, message: string): { line: number; column: number } | null {
  const position = /position (\d+)/u.exec(message);
  if (position) {
    const at = Number(position[1]);
    const before = json.slice(0, at);
    const line = before.split("\n").length;
    return { line, column: at - before.lastIndexOf("\n") };
  }
  const lc = /line (\d+) column (\d+)/u.exec(message);
  return lc ? { line: Number(lc[1]), column: Number(lc[2]) } : null;
}

/** Checks that go beyond the JSON shape; reported as warnings (they never make `ok` false). */
function consistency(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ids = new Set<string>();
  plan.activities.forEach((activity, i) => {
    if (ids.has(activity.id)) {
      out.push(
        coreDiagnostic(
          "plan.duplicate-activity",
          "warning",
          { vi: `Mã hoạt động "${activity.id}" bị lặp`, en: `Activity id "${activity.id}" is used twice` },
          { path: ["activities", i, "id"] },
        ),
      );
    }
    ids.add(activity.id);
    if (activity.table >= plan.tables.length) {
      out.push(
        coreDiagnostic(
          "plan.unknown-table",
          "warning",
          {
            vi: `Hoạt động "${activity.id}" thuộc biểu số ${activity.table} không có trong kế hoạch`,
            en: `Activity "${activity.id}" belongs to table ${activity.table}, which the plan does not have`,
          },
          { path: ["activities", i, "table"] },
        ),
      );
    }
  });
  plan.activities.forEach((activity, i) => {
    if (activity.parent !== null && !ids.has(activity.parent)) {
      out.push(
        coreDiagnostic(
          "plan.unknown-parent",
          "warning",
          {
            vi: `Hoạt động "${activity.id}" có mục cha "${activity.parent}" không tồn tại`,
            en: `Activity "${activity.id}" has an unknown parent "${activity.parent}"`,
          },
          { path: ["activities", i, "parent"] },
        ),
      );
    }
  });
  return out;
}

/**
 * Validates a plan — a JSON string or parsed JSON — against the `Plan` schema.
 * Returns `{ ok: true, plan }` with defaults filled in, or `{ ok: false }` with
 * one diagnostic per problem: its JSON path (`location.path`) and the message in
 * Vietnamese (zod's `vi` locale) and English. Consistency problems (duplicate
 * activity ids, unknown parents or tables) come as warnings beside a valid plan.
 * Never throws. A plan round-trips: `parsePlan(JSON.stringify(plan)).plan` deep-equals `plan`.
 */
export function parsePlan(json: unknown): ParsePlanResult {
  let data = json;
  if (typeof json === "string") {
    try {
      data = JSON.parse(json);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = lineColumn(json, message);
      return {
        ok: false,
        plan: null,
        diagnostics: [
          coreDiagnostic(
            "plan.invalid-json",
            "error",
            { vi: `JSON không hợp lệ: ${message}`, en: `Invalid JSON: ${message}` },
            at ? { line: at.line, column: at.column } : null,
          ),
        ],
      };
    }
  }
  const parsed = PlanSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, plan: parsed.data, diagnostics: consistency(parsed.data) };
  return {
    ok: false,
    plan: null,
    // Every issue, each with its zod code in the diagnostic's ("plan.invalid_type").
    diagnostics: parsed.error.issues.flatMap((issue) =>
      coreZodDiagnostics(`plan.${issue.code}`, { vi: "Kế hoạch", en: "plan" }, [issue]),
    ),
  };
}
