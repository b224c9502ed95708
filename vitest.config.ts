import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";
import { sourceCondition } from "./vitest.shared.ts";

/** Root config: every package is a project; `tests/` holds the cross-package suites. */
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "apps/*/vitest.config.ts",
      {
        resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
        ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
        test: {
          name: "tests",
          include: ["tests/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
