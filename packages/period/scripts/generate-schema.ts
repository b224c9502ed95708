// Writes period-result.schema.json (JSON Schema 2020-12 of PeriodResult, from the zod schema).
// Run from packages/period: npm run generate:schema  (a test fails when the file is stale)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { periodResultJsonSchema } from "../src/periodResultJsonSchema";

writeFileSync(
  fileURLToPath(new URL("../period-result.schema.json", import.meta.url)),
  `${JSON.stringify(periodResultJsonSchema(), null, 2)}\n`,
);
