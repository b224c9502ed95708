#!/usr/bin/env node
// Scaffolds a workspace package with the project's template:
//   node scripts/new-package.mjs NAME "one-line description" [--dir packages|apps]
// Writes package.json (ESM + CJS + types, exports map with the private source
// condition), tsconfig.json, tsup.config.ts, vitest.config.ts, src/index.ts,
// bench/index.ts and a README. Refuses to overwrite an existing folder.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [name, description = "", ...rest] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('Usage: node scripts/new-package.mjs NAME "description" [--dir packages|apps]');
  process.exit(2);
}
const dirFlag = rest.indexOf("--dir");
const base = dirFlag >= 0 ? rest[dirFlag + 1] : "packages";
const root = join(base, name);
if (existsSync(root)) {
  console.error(`${root} exists already`);
  process.exit(2);
}
const pkg = {
  name: `@kehoach/${name}`,
  version: "0.0.0",
  description,
  license: "MIT",
  type: "module",
  sideEffects: false,
  engines: { node: ">=20.19" },
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.cts",
  exports: {
    ".": {
      "@kehoach/source": "./src/index.ts",
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    },
    "./package.json": "./package.json",
  },
  files: ["dist", "src", "!src/**/*.test.ts"],
  scripts: {
    build: "tsup",
    typecheck: "tsc --noEmit -p tsconfig.json",
    test: "vitest run",
    bench: "node --conditions=@kehoach/source --import tsx ../../scripts/run-benches.ts",
  },
  dependencies: {},
};
const files = {
  "package.json": `${JSON.stringify(pkg, null, 2)}\n`,
  "tsconfig.json": `{\n  "extends": "../../tsconfig.base.json",\n  "include": ["src", "bench", "test", "*.ts"]\n}\n`,
  "tsup.config.ts": `import { defineConfig } from "tsup";\n\nexport default defineConfig({\n  entry: ["src/index.ts"],\n  format: ["esm", "cjs"],\n  dts: true,\n  clean: true,\n  target: "es2022",\n  sourcemap: true,\n});\n`,
  "vitest.config.ts": `import { packageConfig } from "../../vitest.shared.ts";\n\nexport default packageConfig("${name}");\n`,
  "src/index.ts": "export {};\n",
  "bench/.gitkeep": "",
  "README.md": `# @kehoach/${name}\n\n${description}\n\n## Install\n\n\`\`\`sh\nnpm install @kehoach/${name}\n\`\`\`\n\n## Compatibility\n\nNode.js 20.19+ (ESM and CommonJS) and modern browsers.\n\n## License\n\nMIT\n`,
};
for (const [file, text] of Object.entries(files)) {
  const path = join(root, file);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}
console.log(`created ${root}`);
