// Regenerates fixtures/thanh-xuan-70/seed-plan.json from the Thanh Xuân plugin's shipped plan, through the importer.
// Run: node --conditions=@kehoach/source --import tsx scripts/seed-fixture.ts
import { writeFileSync } from "node:fs";
import { importSeedFixture, seedFixturePath } from "../tests/helpers/seedFixture";

writeFileSync(seedFixturePath, await importSeedFixture());
console.log(`wrote ${seedFixturePath}`);
