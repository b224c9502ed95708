import { defineConfig } from "tsup";

export default defineConfig({
  // One entry per driver, so an embedder loads only the one it uses.
  entry: {
    index: "src/index.ts",
    "sqlite/index": "src/sqlite/index.ts",
    "postgres/index": "src/postgres/index.ts",
    // The SQLite commit thread's entry (a worker thread loads it by path: see sqliteCommitThread.ts).
    sqliteCommitWorker: "src/sqlite/sqliteCommitWorker.ts",
  },
  format: ["esm", "cjs"],
  // Shared chunks in CommonJS too: one StoreError class whichever entry a `require` starts from.
  splitting: true,
  dts: true,
  clean: true,
  target: "es2022",
  // import.meta.url in the CommonJS build too (it locates the commit thread's entry).
  shims: true,
  sourcemap: true,
});
