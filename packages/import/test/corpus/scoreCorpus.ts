// The one scorer of the real-world corpus (../shared/corpus/plans, see its README.md): an imported plan
// against a document's expected.json, written by reading the document. Leaves are matched in document
// order on their number and title, then each matched leaf's leads and deadline are compared, and the
// metadata fields one by one. Used by the corpus test, the PDF corpus test and the scanned-PDF test.

import { type Activity, type Plan, periodDeadline } from "@kehoach/core";
import type { DocumentMetadata } from "../../src/index";

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

/** The metadata labels: expected.json's, and those read from the document by the test (place, signer, appendix). */
export interface ExpectedMetadata {
  issuer: string;
  /** "2003/CĐ-VPCP"; "/KH-UBND" when the number is left blank. */
  number: string;
  date: string | null;
  /** The title; with the type heading in front or without it. */
  title: string;
  /** The type heading ("KẾ HOẠCH"), possibly followed by a note in brackets. */
  type?: string;
  /** The place-and-date line as printed. */
  datePrinted?: string;
  place?: string;
  /** The first appendix's caption with its "(Kèm theo …)" line. */
  appendix?: string;
  /** The signature block, its lines joined with a space ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc"). */
  signer?: string;
  /** expected.json's name for the signing body of an unsigned-by-name document. */
  signedBy?: string;
}

/** The part of expected.json the score reads. */
export interface ExpectedDocument {
  /** The file to import ("source.docx", "source.pdf"). */
  file: string;
  /** The same document in another format (the signed PDF's Word twin). */
  alsoFile?: string;
  metadata: ExpectedMetadata;
  leaves: ExpectedLeaf[];
}

/** One metadata field: what the document says, what the import gave. */
export interface MetadataCheck {
  field: string;
  expected: string | null;
  found: string | null;
  right: boolean;
}

/** The figures of one document. */
export interface DocumentScore {
  expected: number;
  found: number;
  /** Found leaves whose number is the expected one. */
  codes: number;
  leads: number;
  deadlines: number;
  metadata: MetadataCheck[];
  /** Expected leaves and metadata fields with what went wrong, for the printed report. */
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

/** The words of a text: case, punctuation and spacing ignored, tone marks kept. */
function words(text: string): string {
  return comparable(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Leads compared by their letters: how a cell is split into units (";" or ",") is not scored, the text is. */
function leadWords(leads: readonly string[]): string {
  return folded(leads.join(" "));
}

/** Lower case, tone marks and "đ" folded, letters and digits only: a title matched as a reader (or OCR) spells it. */
function folded(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/giu, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function leafKey(title: string): string {
  return folded(title).slice(0, 32);
}

/** The leaves of a plan in document order: activities with no children. */
export function planLeaves(plan: Plan): Activity[] {
  return plan.activities.filter((activity) => !activity.isSection);
}

/** Longest common subsequence of two key lists: pairs of matched indexes. */
function align(a: readonly string[], b: readonly string[]): [number, number][] {
  const cols = b.length + 1;
  const table = new Uint16Array((a.length + 1) * cols);
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

/** The first table's caption as the plan gives it: its title, then its "(Kèm theo …)" reference. */
function appendixOf(plan: Plan | null): string | null {
  const table = plan?.tables[0];
  if (table === undefined) return null;
  return [table.title, table.attachedTo?.text ?? ""].join(" ").trim();
}

function signerOf(found: DocumentMetadata | null): string | null {
  const signer = found?.signer;
  if (signer === null || signer === undefined) return null;
  return [signer.authority, signer.position, signer.name].filter((part) => part !== null).join(" ");
}

/**
 * The metadata fields the labels give, each compared as a reader would
 * (case, spacing and end stops ignored): from the import's `document` and
 * from the plan itself (its title, issuer, `document` reference and first
 * table), so both must be right.
 */
export function checkMetadata(
  plan: Plan | null,
  found: DocumentMetadata | null,
  labels: ExpectedMetadata,
): MetadataCheck[] {
  const checks: MetadataCheck[] = [];
  const check = (field: string, expected: string | null, got: string | null, same = comparable) =>
    checks.push({ field, expected, found: got, right: same(got ?? "") === same(expected ?? "") });
  const ref = plan?.document ?? null;
  check("issuer", labels.issuer, found?.issuer ?? null);
  check("plan issuer", labels.issuer, plan?.issuer.name ?? null);
  check("number", labels.number, found?.numberText ?? null);
  check(
    "plan document number",
    labels.number,
    ref === null ? null : `${ref.number ?? ""}/${ref.symbol ?? ""}`,
  );
  check("date", labels.date, found?.date ?? null);
  check("plan document date", labels.date, ref?.date ?? null);
  const title = found?.title ?? "";
  const withType = `${found?.type ?? ""} ${title}`;
  check("title", labels.title, comparable(labels.title) === comparable(withType) ? labels.title : title);
  check(
    "plan title",
    labels.title,
    comparable(labels.title) === comparable(withType) ? labels.title : (plan?.title ?? null),
  );
  if (labels.type !== undefined) check("type", labels.type.replace(/\s*\(.*$/u, ""), found?.type ?? null);
  if (labels.datePrinted !== undefined) check("date line", labels.datePrinted, found?.datePrinted ?? null);
  if (labels.place !== undefined) check("place", labels.place, found?.place ?? null);
  const signer = labels.signer ?? labels.signedBy;
  if (signer !== undefined) check("signer", signer, signerOf(found));
  if (labels.appendix !== undefined) {
    // The "(Kèm theo …)" words are how the line introduces the reference the plan keeps.
    const caption = (text: string) => words(text.replace(/\(\s*(?:ban hành\s+)?kèm theo\s*/iu, ""));
    check("appendix caption", labels.appendix, appendixOf(plan), caption);
  }
  return checks;
}

/** Scores one document: leaves found, leads and deadlines right among them, metadata fields right. */
export function scoreDocument(
  plan: Plan | null,
  found: DocumentMetadata | null,
  expected: ExpectedDocument,
): DocumentScore {
  const leaves = plan === null ? [] : planLeaves(plan);
  // Aligned on titles alone (sub-rows share theirs: order tells them apart), so a misread number (OCR)
  // costs the number, counted apart, not the leaf.
  const expectedKeys = expected.leaves.map((leaf) => leafKey(leaf.title));
  const foundKeys = leaves.map((activity) => leafKey(activity.title));
  const pairs = align(expectedKeys, foundKeys);
  const matched = new Map(pairs);
  const metadata = checkMetadata(plan, found, expected.metadata);
  const score: DocumentScore = {
    expected: expected.leaves.length,
    found: pairs.length,
    codes: 0,
    leads: 0,
    deadlines: 0,
    metadata,
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
    if (leaf.code === null || folded(activity.code) === folded(leaf.code)) score.codes++;
    else
      score.misses.push(
        `number of ${label}: ${JSON.stringify(activity.code)} ≠ ${JSON.stringify(leaf.code)}`,
      );
    const leads = activity.leads.map((ref) => ref.source);
    if (leadWords(leads) === leadWords(leaf.leads)) score.leads++;
    else score.misses.push(`lead of ${label}: ${JSON.stringify(leads)} ≠ ${JSON.stringify(leaf.leads)}`);
    const deadline = periodDeadline(activity);
    if (deadline === leaf.deadline) score.deadlines++;
    else
      score.misses.push(`deadline of ${label}: ${deadline} ≠ ${leaf.deadline} ("${leaf.time.slice(0, 50)}")`);
  });
  for (const field of metadata)
    if (!field.right)
      score.misses.push(
        `metadata ${field.field}: ${JSON.stringify(field.found)} ≠ ${JSON.stringify(field.expected)}`,
      );
  return score;
}

/** One printed line of a document's figures. */
export function scoreLine(name: string, score: DocumentScore): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, score.expected)).toFixed(0)}%`;
  const right = score.metadata.filter((field) => field.right).length;
  return `${name.padEnd(44)} leaves ${score.found}/${score.expected} (${pct(score.found)})  numbers ${score.codes}  leads ${score.leads} (${pct(score.leads)})  deadlines ${score.deadlines} (${pct(score.deadlines)})  metadata ${right}/${score.metadata.length}`;
}
