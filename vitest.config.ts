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
          // Generous: these suites spawn builds, TypeDoc, tsc, browsers and servers, and a fresh clone's `npm test`
          // runs them beside every package's tests on two cores (load 30+); a hung test still fails.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
