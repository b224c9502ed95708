import { describe, expect, it } from "vitest";
import { parsePeriod } from "../src/parsePeriod";
import { corpusAvailable, isExact, optionsOf, readCorpus } from "./corpusRecord";

/** Phrases we read differently from their label on purpose; each is explained in docs/period.md ("Corpus misses"). */
const KNOWN_MISSES = 4;

describe.skipIf(!corpusAvailable)("the shared corpus of real phrases (../shared/corpus/period)", () => {
  const records = corpusAvailable ? readCorpus() : [];

  it("is ≥ 97% exact on start, end, deadline and peak, and prints the accuracy per class", () => {
    const byClass = new Map<string, { exact: number; total: number }>();
    const misses: string[] = [];
    for (const record of records) {
      const result = parsePeriod(record.text, optionsOf(record));
      const exact = isExact(record, result);
      const tally = byClass.get(record.class) ?? { exact: 0, total: 0 };
      tally.total++;
      if (exact) tally.exact++;
      else misses.push(`  [${record.class}] ${record.text} → ${result.kind} ${result.start} ${result.end}`);
      byClass.set(record.class, tally);
    }
    const exact = records.length - misses.length;
    const lines = [...byClass]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, t]) => {
        return `  ${name.padEnd(20)} ${String(t.exact).padStart(3)}/${String(t.total).padEnd(3)} ${((100 * t.exact) / t.total).toFixed(0).padStart(3)}%`;
      });
    console.log(
      `corpus: ${exact}/${records.length} exact (${((100 * exact) / records.length).toFixed(1)}%)\n${lines.join("\n")}\nmisses:\n${misses.join("\n")}`,
    );
    expect(records.length).toBeGreaterThan(0);
    expect(exact / records.length).toBeGreaterThanOrEqual(0.97);
    // A new miss is a regression to look at (and to list in docs/period.md if it is a disagreement).
    expect(misses.length).toBeLessThanOrEqual(KNOWN_MISSES);
  });

  it("never throws and validates every result", () => {
    for (const record of records) {
      const result = parsePeriod(record.text, optionsOf(record));
      expect(result.text).toBe(record.text.normalize("NFC"));
    }
  });
});

if (!corpusAvailable) console.log("skipped: ../shared/corpus not found beside the repository");
