import { describe, expect, inject, it } from "vitest";
import { crashTest } from "./crash";
import { createPgDatabase } from "./pgDatabase";

const adminUrl = inject("pgUrl");
describe.skipIf(!adminUrl)("crash safety: PostgreSQL (the client is killed)", () => {
  it("keeps every acknowledged event, nothing partial, a valid chain, across 20 SIGKILLs", async () => {
    const url = await createPgDatabase(adminUrl, "crash");
    const result = await crashTest(url, 20);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged);
  }, 120_000);
});
