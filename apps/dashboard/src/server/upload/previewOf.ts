import type { Diagnostic, Plan, UnitRef } from "@kehoach/core";

/** How many activity rows and diagnostics a preview shows at most. */
export const PREVIEW_ROWS = 50;
export const PREVIEW_DIAGNOSTICS = 200;

const unit = (u: UnitRef) => ({ unitId: u.unitId, name: u.name, members: u.members.length });

/** The bounded summary of an imported plan that a preview answers (never the whole parse). */
export interface PlanPreview {
  id: string;
  title: string;
  issuer: { unitId: string | null; name: string };
  /** Activities that are not section headings, and section headings. */
  activityCount: number;
  sectionCount: number;
  /** The first {@link PREVIEW_ROWS} rows of the table, compact. */
  activities: {
    id: string;
    code: string;
    title: string;
    isSection: boolean;
    time: string;
    leads: ReturnType<typeof unit>[];
    coordinators: ReturnType<typeof unit>[];
  }[];
}

/** Diagnostics by severity, and the first {@link PREVIEW_DIAGNOSTICS} of them. */
export interface DiagnosticSummary {
  counts: Record<Diagnostic["severity"], number>;
  items: Diagnostic[];
}

/** The diagnostics of an import, bounded: counts by severity and the first ones. */
export function summariseDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  const counts: Record<Diagnostic["severity"], number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return { counts, items: diagnostics.slice(0, PREVIEW_DIAGNOSTICS) };
}

/** A plan's preview: its header, counts and first rows. */
export function previewOf(plan: Plan): PlanPreview {
  const sections = plan.activities.filter((a) => a.isSection).length;
  return {
    id: plan.id,
    title: plan.title,
    issuer: { unitId: plan.issuer.unitId, name: plan.issuer.name },
    activityCount: plan.activities.length - sections,
    sectionCount: sections,
    activities: plan.activities.slice(0, PREVIEW_ROWS).map((a) => ({
      id: a.id,
      code: a.code,
      title: a.title,
      isSection: a.isSection,
      time: a.time.text,
      leads: a.leads.map(unit),
      coordinators: a.coordinators.map(unit),
    })),
  };
}
