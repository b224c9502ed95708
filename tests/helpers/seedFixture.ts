import { fileURLToPath } from "node:url";
import type { Plan } from "@kehoach/core";
import { importPlan } from "@kehoach/import";
import { keHoach70NamGiaiPhongThuDo, thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";

/** The checked-in seed plan that core, export and CLI tests read (fixtures/thanh-xuan-70/seed-plan.json). */
export const seedFixturePath = fileURLToPath(
  new URL("../../fixtures/thanh-xuan-70/seed-plan.json", import.meta.url),
);

/**
 * Imports the Thanh Xuân plugin's shipped plan text with the plugin, as `kehoach import
 * ke-hoach-70-nam-giai-phong-thu-do.txt --plugin thanh-xuan-70` does, and returns the plan as the fixture's JSON text.
 */
export async function importSeedFixture(): Promise<string> {
  const result = await importPlan(
    {
      data: new TextEncoder().encode(keHoach70NamGiaiPhongThuDo),
      fileName: "ke-hoach-70-nam-giai-phong-thu-do.txt",
    },
    { plugins: [thanhXuan70] },
  );
  const plan: Plan | null = result.plan;
  if (plan === null) throw new Error(`the seed did not import: ${JSON.stringify(result.diagnostics)}`);
  return `${JSON.stringify(plan, null, 2)}\n`;
}
