import {
  type Activity,
  type Diagnostic,
  DiagnosticSchema,
  type Plan,
  PlanSchema,
  type SourceLocation,
  SourceLocationSchema,
} from "@kehoach/core";
import { importZodDiagnostics } from "../diagnostics";

/** A plan as the builder made it, before its check. */
export type PlanCandidate = Omit<Plan, "activities" | "diagnostics"> & {
  activities: Activity[];
  diagnostics: Diagnostic[];
};

/** The plan without its activities and diagnostics: the parts taken from plugins and the caller's registry. */
const PlanFrameSchema = PlanSchema.omit({ activities: true, diagnostics: true });

const LOCATION_KEYS = Object.keys(SourceLocationSchema.shape) as (keyof SourceLocation)[];
const DIAGNOSTIC_KEYS = Object.keys(DiagnosticSchema.shape) as (keyof Diagnostic)[];

/** A location with its keys in the schema's order (as a parse would give it). */
function locationInOrder(location: SourceLocation): SourceLocation {
  const out: Record<string, unknown> = {};
  for (const key of LOCATION_KEYS) if (location[key] !== undefined) out[key] = location[key];
  return out as SourceLocation;
}

/** A diagnostic with its keys, and its location's, in the schema's order. */
function diagnosticInOrder(found: Diagnostic): Diagnostic {
  const out: Record<string, unknown> = {};
  for (const key of DIAGNOSTIC_KEYS) out[key] = found[key];
  out.location = found.location === null ? null : locationInOrder(found.location);
  return out as Diagnostic;
}

function invalid(issues: Parameters<typeof importZodDiagnostics>[2]): Diagnostic[] {
  return importZodDiagnostics("import.plan-invalid", { vi: "Kế hoạch", en: "plan" }, issues.slice(0, 20));
}

/**
 * The checked plan, or the "import.plan-invalid" diagnostics. What came from
 * outside — the plugins' anniversary, units and wards, a caller's registry —
 * is always parsed with `PlanSchema`; the activities and diagnostics, which
 * the builder made with its own typed code from the default resolvers, are
 * not parsed again (that parse was a fifth of an import's time), only their
 * keys put in the schema's order. With the caller's own resolvers (`full`),
 * the whole plan is parsed, as before.
 */
export function checkPlan(
  candidate: PlanCandidate,
  full: boolean,
): { plan: Plan; problems: [] } | { plan: null; problems: Diagnostic[] } {
  if (full) {
    const checked = PlanSchema.safeParse(candidate);
    return checked.success
      ? { plan: checked.data, problems: [] }
      : { plan: null, problems: invalid(checked.error.issues) };
  }
  const { activities, diagnostics, ...frame } = candidate;
  const checked = PlanFrameSchema.safeParse(frame);
  if (!checked.success) return { plan: null, problems: invalid(checked.error.issues) };
  const { units, wards, ...head } = checked.data;
  return {
    plan: { ...head, activities, units, wards, diagnostics: diagnostics.map(diagnosticInOrder) },
    problems: [],
  };
}
