import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/** The private export condition that makes tests read `src/` instead of `dist/`. */
export const sourceCondition = "@kehoach/source";

/**
 * Shared Vitest settings for every package: tests resolve workspace packages
 * to their TypeScript sources, so no build is needed before testing.
 */
export function packageConfig(name: string) {
  return defineConfig({
    resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
    ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
    test: {
      name,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      reporters: ["default", ["json", { outputFile: ".vitest/report.json" }]],
      // Generous: tests pass on a loaded two-core machine (turbo runs packages side by side);
      // a hung test still fails, in minutes rather than seconds.
      testTimeout: 180_000,
      hookTimeout: 180_000,
      passWithNoTests: true,
    },
  });
}
