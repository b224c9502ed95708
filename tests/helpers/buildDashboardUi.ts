import { join } from "node:path";
import { build } from "vite";

/** The dashboard app's folder. */
export const dashboardDir = join(import.meta.dirname, "../../apps/dashboard");

/** Builds the dashboard's UI with Vite into `outDir` (a temporary folder, so `dist/` is left alone). */
export async function buildDashboardUi(outDir: string): Promise<void> {
  await build({
    configFile: join(dashboardDir, "vite.config.ts"),
    root: join(dashboardDir, "src/ui"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
}
