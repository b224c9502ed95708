import { defineConfig } from "tsup";

export default defineConfig({
  // One entry per heavy format, so an embedder loads only the writer it uses.
  entry: {
    index: "src/index.ts",
    "docx/index": "src/docx/index.ts",
    "xlsx/index": "src/xlsx/index.ts",
    "pdf/index": "src/pdf/index.ts",
    "report/index": "src/report/index.ts",
  },
  format: ["esm", "cjs"],
  // Shared chunks in CommonJS too: one ExportError class whichever entry a `require` starts from.
  splitting: true,
  dts: true,
  clean: true,
  target: "es2022",
  sourcemap: true,
  // import.meta.url (the PDF font paths) in the CommonJS build
  shims: true,
});
