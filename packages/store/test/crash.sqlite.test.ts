import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crashTest } from "./crash";
import { tempDir } from "./tempDir";

describe("crash safety: SQLite", () => {
  it("keeps every acknowledged event, nothing partial, a valid chain, across up to 20 SIGKILLs (at least 3, within a time budget)", async () => {
    const url = `sqlite:${join(tempDir(), "crash.sqlite")}`;
    const result = await crashTest(url, 20);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged);
    expect(result.rounds).toBeGreaterThanOrEqual(3);
  }, 300_000);
});
