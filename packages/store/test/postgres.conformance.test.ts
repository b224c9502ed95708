import { describe, expect, inject, it } from "vitest";
import { openStore, StoreError } from "../src/index";
import { defineStoreConformance } from "./conformance";
import { makeEvent } from "./fixtures";
import { createPgDatabase } from "./pgDatabase";

const adminUrl = inject("pgUrl");
describe.skipIf(!adminUrl)("postgres", () => {
  defineStoreConformance("postgres", async (options) =>
    openStore(await createPgDatabase(adminUrl, "conf"), options),
  );

  it("refuses an id with a NUL character (PostgreSQL text cannot hold it) and writes nothing", async () => {
    const store = await openStore(await createPgDatabase(adminUrl, "nul"));
    try {
      const error = await store
        .append({
          plan: "thanh-xuan-70",
          activity: "t1-1",
          events: [makeEvent("t1-1", "START", { id: "a\u0000b" })],
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe("store.bad-input");
      expect((error as StoreError).en).toContain("NUL");
      expect(await store.headPosition()).toBe(0);
      // The connection was rolled back cleanly: the next append works.
      expect(
        (await store.append({ plan: "thanh-xuan-70", activity: "t1-1", events: [makeEvent("t1-1")] }))
          .appended,
      ).toBe(1);
    } finally {
      await store.close();
    }
  });
});
