// Writes plan.schema.json (JSON Schema 2020-12 of the Plan input, from the zod schema).
// Run from packages/core: npx tsx scripts/generate-schema.ts  (a test fails when the file is stale)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { planJsonSchema } from "../src/model/planJsonSchema";

writeFileSync(
  fileURLToPath(new URL("../plan.schema.json", import.meta.url)),
  `${JSON.stringify(planJsonSchema(), null, 2)}\n`,
);
