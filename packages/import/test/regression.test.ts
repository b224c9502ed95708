// Regression guard for the import's speed work: the whole ImportResult (plan,
// diagnostics, row ledger, document metadata) of the seed and of a generated
// plan, in every format, equals the snapshot written from the code before it
// was optimised (test/fixtures/regression/*.snap, JSON). The snapshots pin current
// behaviour, not a reading of the documents: a change of output that is meant
// (a fix) updates them with `npx vitest run --project import -u` and says so
// in its commit.
import { describe, expect, it } from "vitest";
import { importResultJson, regressionCases } from "./regressionCases";

describe("the import's output stays what it was (regression snapshots)", () => {
  it.each(regressionCases.map((test) => [test.name, test] as const))("%s", async (name, test) => {
    await expect(await importResultJson(test)).toMatchFileSnapshot(`./fixtures/regression/${name}.snap`);
  });
});
