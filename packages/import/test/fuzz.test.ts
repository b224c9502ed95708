import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importPlan } from "../src/index";
import { seedText } from "./seed";

const lines = seedText.split("\n");

/** A mutation of the seed: lines dropped, duplicated, swapped, cut or sprinkled with noise. */
const mutatedSeed = fc
  .array(
    fc.oneof(
      fc.record({ op: fc.constant("drop" as const), at: fc.nat(lines.length - 1) }),
      fc.record({ op: fc.constant("dup" as const), at: fc.nat(lines.length - 1) }),
      fc.record({ op: fc.constant("cut" as const), at: fc.nat(lines.length - 1), len: fc.nat(200) }),
      fc.record({
        op: fc.constant("noise" as const),
        at: fc.nat(lines.length - 1),
        text: fc.string({ maxLength: 20 }),
      }),
      fc.record({ op: fc.constant("tabs" as const), at: fc.nat(lines.length - 1) }),
    ),
    { maxLength: 12 },
  )
  .map((ops) => {
    const out = [...lines];
    for (const op of ops) {
      const at = Math.min(op.at, out.length - 1);
      if (at < 0) break;
      if (op.op === "drop") out.splice(at, 1);
      else if (op.op === "dup") out.splice(at, 0, out[at] ?? "");
      else if (op.op === "cut") out[at] = (out[at] ?? "").slice(0, op.len);
      else if (op.op === "noise") out[at] = `${out[at] ?? ""}${op.text}`;
      else out[at] = (out[at] ?? "").replaceAll("\t", "");
    }
    return out.join("\n");
  });

describe("fuzzing the text importer with mutated seed text", () => {
  it("never throws and always accounts for every non-blank line", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSeed, async (text) => {
        const result = await importPlan({ data: text });
        const nonBlank = text.split(/\r\n|\r|\n/u).flatMap((line, i) => (line.trim() === "" ? [] : [i + 1]));
        expect(result.ledger.map((entry) => entry.line)).toEqual(nonBlank);
        for (const entry of result.ledger) {
          if (entry.kind === "diagnostic")
            expect(result.diagnostics.some((d) => d.code === entry.diagnostic)).toBe(true);
          if (entry.kind === "activity" || entry.kind === "continuation")
            expect(entry.activity).not.toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  });

  it("never throws on arbitrary strings", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        const result = await importPlan({ data: text });
        expect(Array.isArray(result.diagnostics)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
