import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importPlan } from "../src/index";
import { type DocumentScore, type ExpectedDocument, scoreDocument } from "./corpus/scoreCorpus";

// The real-world corpus: whole plans as their offices wrote them, read in place beside the repository
// (CI clones into <somewhere>/main with <somewhere>/shared beside it). Never copied into the repository.
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const shared = join(repoRoot, "..", "shared");
const corpus = join(shared, "corpus", "plans");
const available = existsSync(shared);
if (!available) console.log("corpus test skipped: ../shared does not exist beside the repository");

const documents = available
  ? readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];

const scores = new Map<string, DocumentScore>();

describe.skipIf(!available)("the real-world plan corpus (../shared/corpus/plans)", () => {
  it.each(documents)("%s imports with no plugin", async (name) => {
    const expected = JSON.parse(
      readFileSync(join(corpus, name, "expected.json"), "utf8"),
    ) as ExpectedDocument;
    // The .docx (the PDF's Word twin until the PDF reader lands).
    const data = readFileSync(join(corpus, name, "source.docx"));
    const result = await importPlan({ data, fileName: "source.docx" });
    expect(result.plan).not.toBeNull();
    const score = scoreDocument(result.plan, result.document, expected);
    scores.set(name, score);
    // Every non-blank block of the document is in the ledger once.
    const lines = result.ledger.map((entry) => entry.line);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("scores ≥ 95% of leaves, leads and deadlines over the whole corpus, printing each document's figures", () => {
    expect(scores.size).toBe(documents.length);
    const total = { expected: 0, found: 0, leads: 0, deadlines: 0, metadata: 0, fields: 0 };
    const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
    const lines = ["corpus score (leaves found / leads right / deadlines right / metadata fields right):"];
    for (const [name, s] of scores) {
      total.expected += s.expected;
      total.found += s.found;
      total.leads += s.leads;
      total.deadlines += s.deadlines;
      total.metadata += s.metadata;
      total.fields += s.metadataFields;
      lines.push(
        `  ${name.padEnd(40)} leaves ${s.found}/${s.expected}  leads ${s.leads}/${s.expected}  deadlines ${s.deadlines}/${s.expected}  metadata ${s.metadata}/${s.metadataFields}`,
      );
      for (const miss of s.misses.slice(0, 12)) lines.push(`      ${miss}`);
    }
    lines.push(
      `  whole corpus: leaves ${pct(total.found, total.expected)}, leads ${pct(total.leads, total.expected)}, deadlines ${pct(total.deadlines, total.expected)}, metadata ${pct(total.metadata, total.fields)}`,
    );
    console.log(lines.join("\n"));
    expect(total.found / total.expected).toBeGreaterThanOrEqual(0.95);
    expect(total.leads / total.expected).toBeGreaterThanOrEqual(0.95);
    expect(total.deadlines / total.expected).toBeGreaterThanOrEqual(0.95);
  });
});
