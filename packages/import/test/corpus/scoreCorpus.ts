// Scores an imported plan against a corpus document's expected.json (written by reading the document,
// see ../shared/corpus/plans/README.md): leaves matched in document order on their number and title,
// then each matched leaf's leads and deadline compared, and the metadata fields.

import { type Activity, type Plan, periodDeadline } from "@kehoach/core";

/** One leaf as expected.json gives it. */
export interface ExpectedLeaf {
  code: string | null;
  section?: string;
  subRow?: number;
  title: string;
  leads: string[];
  deadline: string | null;
  time: string;
}

/** The part of expected.json the score reads. */
export interface ExpectedDocument {
  metadata: { issuer: string; number: string; date: string | null; title: string; type?: string };
  leaves: ExpectedLeaf[];
}

/** What the document's frame gave (an import result's `document`). */
export interface FoundMetadata {
  issuer: string | null;
  numberText: string | null;
  date: string | null;
  title: string | null;
  type: string | null;
}

/** The figures of one document. */
export interface DocumentScore {
  expected: number;
  found: number;
  leads: number;
  deadlines: number;
  metadata: number;
  metadataFields: number;
  /** Expected leaves with what went wrong, for the printed report. */
  misses: string[];
}

/** Text compared as a reader would: NFC, NBSP and runs of white space as one space, case and end stops ignored. */
export function comparable(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0]+/gu, " ")
    .trim()
    .replace(/[.;,:]+$/u, "")
    .toLocaleLowerCase("vi");
}

/** Leads compared by their words: how a cell is split into units (";" or ",") is not scored, the text is. */
function leadWords(leads: readonly string[]): string {
  return comparable(leads.join(" ").replace(/[;,]/gu, " "));
}

function leafKey(code: string | null, title: string): string {
  return `${comparable(code ?? "").replace(/[.)]$/u, "")}|${comparable(title).slice(0, 40)}`;
}

/** The leaves of a plan in document order: activities with no children. */
export function planLeaves(plan: Plan): Activity[] {
  return plan.activities.filter((activity) => !activity.isSection);
}

/** Longest common subsequence of two key lists: pairs of matched indexes. */
function align(a: readonly string[], b: readonly string[]): [number, number][] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i] === b[j]
          ? table[(i + 1) * cols + j + 1]! + 1
          : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Scores one document: leaves found, leads and deadlines right among them, metadata fields right. */
export function scoreDocument(
  plan: Plan | null,
  found: FoundMetadata | null,
  expected: ExpectedDocument,
): DocumentScore {
  const leaves = plan === null ? [] : planLeaves(plan);
  const hasCodes = expected.leaves.some((leaf) => leaf.code !== null);
  const expectedKeys = expected.leaves.map((leaf) => leafKey(leaf.code, leaf.title));
  const foundKeys = leaves.map((activity) => leafKey(hasCodes ? activity.code : null, activity.title));
  const pairs = align(expectedKeys, foundKeys);
  const matched = new Map(pairs);
  const score: DocumentScore = {
    expected: expected.leaves.length,
    found: pairs.length,
    leads: 0,
    deadlines: 0,
    metadata: 0,
    metadataFields: 4,
    misses: [],
  };
  expected.leaves.forEach((leaf, i) => {
    const j = matched.get(i);
    const label = `${leaf.section ?? ""} ${leaf.code ?? ""} ${leaf.title.slice(0, 30)}`.trim();
    if (j === undefined) {
      score.misses.push(`missing: ${label}`);
      return;
    }
    const activity = leaves[j]!;
    const leads = activity.leads.map((ref) => ref.source);
    if (leadWords(leads) === leadWords(leaf.leads)) score.leads++;
    else score.misses.push(`lead of ${label}: ${JSON.stringify(leads)} ≠ ${JSON.stringify(leaf.leads)}`);
    const deadline = periodDeadline(activity);
    if (deadline === leaf.deadline) score.deadlines++;
    else
      score.misses.push(`deadline of ${label}: ${deadline} ≠ ${leaf.deadline} ("${leaf.time.slice(0, 50)}")`);
  });
  const meta = expected.metadata;
  const title = found?.title ?? plan?.title ?? "";
  const titles = [comparable(title), comparable(`${found?.type ?? ""} ${title}`)];
  const checks: [string, boolean][] = [
    ["issuer", comparable(found?.issuer ?? "") === comparable(meta.issuer)],
    ["number", (found?.numberText ?? "") === meta.number],
    ["date", (found?.date ?? plan?.document.date ?? null) === meta.date],
    ["title", titles.includes(comparable(meta.title))],
  ];
  for (const [field, right] of checks) {
    if (right) score.metadata++;
    else score.misses.push(`metadata ${field} differs`);
  }
  return score;
}
