import { describe, expect, inject, it } from "vitest";
import { crashTest } from "./crash";
import { createPgDatabase } from "./pgDatabase";

const adminUrl = inject("pgUrl");
describe.skipIf(!adminUrl)("crash safety: PostgreSQL (the client is killed)", () => {
  it("keeps every acknowledged event, nothing partial, a valid chain, across up to 20 SIGKILLs (at least 3, within a time budget)", async () => {
    const url = await createPgDatabase(adminUrl, "crash");
    const result = await crashTest(url, 20);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged);
    expect(result.rounds).toBeGreaterThanOrEqual(3);
  }, 300_000);
});
