#!/usr/bin/env node
// The `kehoach` executable. A committed file (not a build output) so that npm
// can link it on a fresh clone before the root `prepare` script builds dist/.
import("../dist/bin.js").catch((error) => {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/bin.js")) {
    console.error(
      "Lỗi: chưa build @kehoach/cli, hãy chạy `npm run build` | Error: @kehoach/cli is not built; run `npm run build`",
    );
    process.exit(1);
  }
  throw error;
});
