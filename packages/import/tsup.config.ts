import { defineConfig } from "tsup";

export default defineConfig({
  // The main entry runs anywhere pdfjs-dist does; `ocr` needs Node (child processes).
  entry: { index: "src/index.ts", "ocr/index": "src/ocr/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  sourcemap: true,
});
