import { describe, inject } from "vitest";
import { openStore } from "../src/index";
import { defineStoreConformance } from "./conformance";
import { createPgDatabase } from "./pgDatabase";

const adminUrl = inject("pgUrl");
describe.skipIf(!adminUrl)("postgres", () => {
  defineStoreConformance("postgres", async (options) =>
    openStore(await createPgDatabase(adminUrl, "conf"), options),
  );
});
