import { mergeConfig } from "vitest/config";
import { packageConfig } from "../../vitest.shared.ts";

// One throwaway PostgreSQL cluster serves every test file (see test/globalSetup.ts).
export default mergeConfig(packageConfig("store"), {
  test: { globalSetup: ["./test/globalSetup.ts"], hookTimeout: 60_000 },
});
