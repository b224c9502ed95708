import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importPlan } from "../src/index";
import { type DocumentScore, scoreDocument, scoreLine } from "./corpus/scoreCorpus";
import { corpusPlans, expectedOf, signedPdf } from "./pdf/corpus";

// The real-world corpus: whole plans as their offices wrote them, read in place beside the repository
// (CI clones into <somewhere>/main with <somewhere>/shared beside it). Never copied into the repository.
// Each document is imported from the file its expected.json names: the Word files, and the signed PDF.
const corpus = corpusPlans();

const documents =
  corpus === null
    ? []
    : readdirSync(corpus, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();

const scores = new Map<string, DocumentScore>();

describe.runIf(corpus !== null)("the real-world plan corpus (../shared/corpus/plans)", () => {
  it.each(documents)(
    "%s imports with no plugin, its metadata right field by field",
    async (name) => {
      // expected.json's labels, with those read from the document (signer, place, appendix caption).
      const expected = expectedOf(corpus!, name);
      const data = new Uint8Array(readFileSync(join(corpus!, name, expected.file)));
      const result = await importPlan({ data, fileName: expected.file });
      expect(result.plan).not.toBeNull();
      const score = scoreDocument(result.plan, result.document, expected);
      scores.set(name, score);
      // Each field as the document prints it, from the import's `document` and from the plan.
      const fields = Object.fromEntries(score.metadata.map((field) => [field.field, field.right]));
      expect(fields).toEqual(Object.fromEntries(score.metadata.map((field) => [field.field, true])));
      // Every non-blank block of the document is in the ledger once.
      const lines = result.ledger.map((entry) => entry.line);
      expect(new Set(lines).size).toBe(lines.length);
    },
    120_000,
  );

  it("scores ≥ 95% of leaves, leads and deadlines over the whole corpus, printing each document's figures", () => {
    expect(scores.size).toBe(documents.length);
    const total = { expected: 0, found: 0, codes: 0, leads: 0, deadlines: 0, metadata: 0, fields: 0 };
    const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
    const lines = [
      "corpus score (leaves found / their numbers, leads and deadlines right / metadata fields right):",
    ];
    for (const [name, s] of scores) {
      total.expected += s.expected;
      total.found += s.found;
      total.codes += s.codes;
      total.leads += s.leads;
      total.deadlines += s.deadlines;
      total.metadata += s.metadata.filter((field) => field.right).length;
      total.fields += s.metadata.length;
      lines.push(`  ${scoreLine(name, s)}`);
      for (const miss of s.misses.slice(0, 12)) lines.push(`      ${miss}`);
    }
    lines.push(
      `  whole corpus: leaves ${pct(total.found, total.expected)}, numbers ${pct(total.codes, total.expected)}, leads ${pct(total.leads, total.expected)}, deadlines ${pct(total.deadlines, total.expected)}, metadata ${pct(total.metadata, total.fields)}`,
    );
    console.log(lines.join("\n"));
    expect(total.found / total.expected).toBeGreaterThanOrEqual(0.95);
    expect(total.codes / total.expected).toBeGreaterThanOrEqual(0.95);
    expect(total.leads / total.expected).toBeGreaterThanOrEqual(0.95);
    expect(total.deadlines / total.expected).toBeGreaterThanOrEqual(0.95);
  });

  it("the signed PDF: ≥ 95% of its leaves, each with its lead and deadline", () => {
    const score = scores.get(signedPdf)!;
    expect(score.found / score.expected).toBeGreaterThanOrEqual(0.95);
    expect(score.leads / score.expected).toBeGreaterThanOrEqual(0.95);
    expect(score.deadlines / score.expected).toBeGreaterThanOrEqual(0.95);
  });
});
