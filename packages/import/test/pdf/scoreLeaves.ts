import type { Plan } from "@kehoach/core";

/** A leaf of a corpus document's expected.json (see ../shared/corpus/plans/README.md). */
export interface ExpectedLeaf {
  code: string | null;
  title: string;
  leads: string[];
  deadline: string | null;
}

/** How many expected leaves were found, and how many of those have their leads and deadline right. */
export interface LeafScore {
  expected: number;
  found: number;
  leads: number;
  deadlines: number;
}

/** Lower-case, NFD without marks, đ → d, letters and digits only: matching ignores tone marks, case and spacing. */
function key(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/giu, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Scores a plan against the corpus's expected leaves, in document order:
 * a leaf is found when a non-section activity at or after the previous
 * match has a title starting as the leaf's (its first 60 characters, as the
 * README says; tone marks, case and spacing ignored); its leads are right
 * when their written text is the expected text, its deadline when the
 * period's deadline is the expected date.
 */
export function scoreLeaves(plan: Plan | null, leaves: readonly ExpectedLeaf[]): LeafScore {
  const score: LeafScore = { expected: leaves.length, found: 0, leads: 0, deadlines: 0 };
  if (plan === null) return score;
  const activities = plan.activities.filter((activity) => !activity.isSection || activity.leads.length > 0);
  let cursor = 0;
  for (const leaf of leaves) {
    const want = key(leaf.title).slice(0, 40);
    let match = -1;
    for (let i = cursor; i < activities.length && i < cursor + 8; i++) {
      if (key(activities[i]!.title).startsWith(want)) {
        match = i;
        break;
      }
    }
    if (match < 0) continue;
    const activity = activities[match]!;
    cursor = match + 1;
    score.found++;
    if (key(activity.leads.map((lead) => lead.source).join(" ")) === key(leaf.leads.join(" "))) score.leads++;
    if ((activity.time.period?.deadline ?? null) === leaf.deadline) score.deadlines++;
  }
  return score;
}
