import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// The UI: src/ui → dist/ui. Workspace packages resolve to their sources (no build needed).
export default defineConfig({
  root: "src/ui",
  base: "/",
  plugins: [react()],
  resolve: { conditions: ["@kehoach/source", ...defaultClientConditions] },
  build: {
    outDir: "../../dist/ui",
    emptyOutDir: true,
    // No inline scripts or styles: the CSP allows only files from 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: { proxy: { "/api": `http://localhost:${process.env.KEHOACH_API_PORT ?? 3000}` } },
});
