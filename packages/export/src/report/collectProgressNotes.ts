import type { Activity, ActivityState, LifecycleContext, Plan } from "@kehoach/core";

/** One thing a unit wrote down while carrying out an activity: a difficulty, a proposal, a return or an extension. */
export interface ProgressNote {
  /** Activity id ("t1-4.4"). */
  activity: string;
  /** Activity code as written ("4.4"). */
  code: string;
  /** The ward id when a ward part wrote it, else null. */
  ward: string | null;
  /** The unit that wrote it (unit id), or null for the activity's own history. */
  unit: string | null;
  /** The text (NFC, trimmed). */
  text: string;
  /** When it was written (ISO timestamp). */
  at: string;
}

/** What {@link collectProgressNotes} gathers from the lifecycle history of the activities given. */
export interface ProgressNotes {
  /** Difficulties recorded with PROGRESS and REPORT (khó khăn, vướng mắc). */
  difficulties: ProgressNote[];
  /** Proposals recorded with PROGRESS and REPORT (đề xuất, kiến nghị). */
  proposals: ProgressNote[];
  /** Reports sent back (RETURN) with their reasons. */
  returns: ProgressNote[];
  /** Deadline extensions (EXTEND) with their reasons. */
  extensions: ProgressNote[];
}

function fromContext(
  activity: Activity,
  ward: string | null,
  context: LifecycleContext,
  into: ProgressNotes,
  seen: Set<string>,
): void {
  const add = (list: ProgressNote[], kind: string, text: string, unit: string | null, at: string) => {
    const clean = text.normalize("NFC").trim();
    if (!clean) return;
    const key = `${kind}\u0000${activity.id}\u0000${ward ?? ""}\u0000${clean}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ activity: activity.id, code: activity.code, ward, unit, text: clean, at });
  };
  for (const entry of [...context.progress, ...context.reports]) {
    for (const d of entry.difficulties) add(into.difficulties, "d", d, entry.by.unit, entry.at);
    for (const p of entry.proposals) add(into.proposals, "p", p, entry.by.unit, entry.at);
  }
  for (const r of context.returns) add(into.returns, "r", r.reason, r.by.unit, r.at);
  for (const e of context.extensions) add(into.extensions, "e", e.reason, e.by.unit, e.at);
}

/**
 * Gathers, from the activities' lifecycle contexts and their ward parts, the
 * difficulties and proposals units recorded with PROGRESS and REPORT, the
 * reasons reports were returned and deadlines extended — each once, in time
 * order, with the activity, ward and unit that wrote it.
 */
export function collectProgressNotes(
  plan: Plan,
  activities: readonly Activity[],
  stateOf: (id: string) => ActivityState | undefined,
): ProgressNotes {
  const notes: ProgressNotes = { difficulties: [], proposals: [], returns: [], extensions: [] };
  const seen = new Set<string>();
  for (const activity of activities) {
    const state = stateOf(activity.id);
    if (!state) continue;
    fromContext(activity, null, state.context, notes, seen);
    for (const part of state.wardParts) fromContext(activity, part.ward, part.context, notes, seen);
  }
  const order = new Map(plan.activities.map((a, i) => [a.id, i]));
  const byTime = (a: ProgressNote, b: ProgressNote) =>
    Date.parse(a.at) - Date.parse(b.at) || (order.get(a.activity) ?? 0) - (order.get(b.activity) ?? 0);
  notes.difficulties.sort(byTime);
  notes.proposals.sort(byTime);
  notes.returns.sort(byTime);
  notes.extensions.sort(byTime);
  return notes;
}
