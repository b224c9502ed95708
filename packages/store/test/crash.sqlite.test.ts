import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crashTest } from "./crash";
import { tempDir } from "./tempDir";

describe("crash safety: SQLite", () => {
  it("keeps every acknowledged event, nothing partial, a valid chain, across 20 SIGKILLs", async () => {
    const url = `sqlite:${join(tempDir(), "crash.sqlite")}`;
    const result = await crashTest(url, 20);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged);
  }, 120_000);
});
