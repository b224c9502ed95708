import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { openStore } from "@kehoach/store";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiPages,
  commentValue,
  type DocBlock,
  docBlocks,
  docFiles,
  EXPECT_HELPER,
  noRunReason,
  type ShellCommand,
  shellCommands,
} from "./docs/docBlocks";

/**
 * Docs that cannot drift: every fenced block of README.md, packages/∗/README.md,
 * apps/∗/README.md, docs/∗.md and the API reference's pages docs/api/∗∗/∗.md (the `@example`
 * blocks of the public packages' TSDoc, each a complete program importing what it uses from
 * the package entry it documents) declares its language; every ts block is type-checked
 * against the built packages (their dist types, as a user gets them) and run with tsx in a
 * folder holding a fresh import of the Thanh Xuân seed (plan.json), its year of events
 * (events.jsonl), the seed's text and a .docx of it; every `kehoach …` line of a sh block
 * is run with the built CLI (packages/cli/dist) in such a folder, beside a store holding
 * the seed plan (as the dashboard's first start leaves it), and must exit 0. The other
 * commands are checked against the repository (npm scripts, files, published packages).
 * A block marked `no-run (why)` is type-checked but not run; docs/plugins.md's ts blocks
 * are run by tests/docs-plugins.test.ts.
 */
const root = join(import.meta.dirname, "..");
const cli = join(root, "packages", "cli", "dist", "bin.js");
const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
const seedText = join(
  root,
  "packages",
  "plugin-thanh-xuan-70",
  "plans",
  "ke-hoach-70-nam-giai-phong-thu-do.txt",
);
const eventsFixture = join(root, "fixtures", "thanh-xuan-70", "events-2024.jsonl");
const seedPlanId = "ke-hoach-70-nam-giai-phong-thu-do";
/** `expression; // value` comments the ts blocks quote and the run checks (raise it when docs add more). */
const MIN_VALUE_CHECKS = 55;
/** Of them, in the `@example` blocks of the API reference. */
const MIN_EXAMPLE_CHECKS = 29;
const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

const blocks: DocBlock[] = docFiles(root).flatMap((doc) =>
  docBlocks(doc, readFileSync(join(root, doc), "utf8")),
);
const isTs = (b: DocBlock) => b.lang === "ts" || b.lang === "typescript";
const isShell = (b: DocBlock) => b.lang === "sh" || b.lang === "bash" || b.lang === "console";
/** docs/plugins.md writes a plugin out file by file: tests/docs-plugins.test.ts type-checks and runs those blocks. */
const delegated = (b: DocBlock) => b.doc === "docs/plugins.md" && isTs(b);
const tsBlocks = blocks.filter((b) => isTs(b) && !delegated(b));
const shellBlocks = blocks.filter(isShell);
const nameOf = (b: DocBlock) => `${b.doc}:${b.line}`;
const isExample = (b: DocBlock) => b.doc.startsWith("docs/api/");
const slug = (b: DocBlock) => `${b.doc.replace(/[^a-z0-9]+/giu, "-")}-${b.line}`;

// ts blocks live under node_modules/.cache (inside the repository, so @kehoach/* resolve from the
// root node_modules to the built packages); command folders live in the system's temporary folder.
const cache = join(root, "node_modules", ".cache");
let work = "";
let fixtures = "";

/** The environment commands run with: no colours, no store URL from the caller's shell. */
function envOf(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  delete env.KEHOACH_DATABASE_URL;
  return env;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
    env: envOf(env),
  });
}

/** Runs a command without blocking the worker, so blocks run side by side. */
function runAsync(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string; stdout: Buffer }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: envOf(env) });
    let output = "";
    const stdout: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => {
      stdout.push(d);
      output += d.toString("utf8");
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 300_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      done({ status, output, stdout: Buffer.concat(stdout) });
    });
  });
}

/** At most `limit` tasks at a time (two cores are shared by everything else). */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A folder holding what the docs' examples read: plan.json, events.jsonl, ke-hoach.txt, ke-hoach.docx. */
function fixtureFolder(into: string): void {
  mkdirSync(into, { recursive: true });
  for (const name of ["plan.json", "events.jsonl", "ke-hoach.txt", "ke-hoach.docx", "ke-hoach.pdf"]) {
    copyFileSync(join(fixtures, name), join(into, name));
  }
}

/** The folder a block's relative imports start from: its package (a README) or the repository root (docs/). */
function baseOf(block: DocBlock): string {
  return block.doc.startsWith("docs/") || block.doc === "README.md" ? root : dirname(join(root, block.doc));
}

/**
 * An example's expression statements followed by a `// value` comment (on the same line or the
 * next): each becomes a check that the code gives that value (objects: the keys the comment names).
 */
function valueChecks(block: DocBlock, code: string): { code: string; checks: number } {
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    const after = code.slice(statement.end);
    const comment =
      /^[ \t]*\/\/(.*)/u.exec(after)?.[1] ??
      /^[ \t]*\n((?:[ \t]*\/\/.*\n?)+)/u
        .exec(after)?.[1]
        ?.split("\n")
        .map((l) => l.replace(/^\s*\/\/\s?/u, ""))
        .join(" ");
    if (comment === undefined) continue;
    const expected = commentValue(comment);
    if (expected === undefined) continue;
    const line = block.line + source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    // `console.log(x); // value` quotes x.
    const call = statement.expression;
    const logged =
      ts.isCallExpression(call) && call.expression.getText() === "console.log" && call.arguments.length === 1
        ? call.arguments[0]
        : undefined;
    const target = logged ?? statement.expression;
    edits.push({
      start: target.getStart(),
      end: target.end,
      text: `__expect((${target.getText()}), ${JSON.stringify(expected)}, ${JSON.stringify(`${block.doc}:${line}`)})`,
    });
  }
  let out = code;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, checks: edits.length };
}

/** The block as a module: relative imports made absolute, so it runs from any folder; value comments checked. */
function moduleOf(block: DocBlock): { code: string; checks: number } {
  const file = /^\/\/ file: (\S+)\n/u.exec(block.code)?.[1];
  const base = file ? dirname(join(root, file)) : baseOf(block);
  const code = block.code.replace(
    /(from\s+|import\s*\(\s*)"(\.{1,2}\/[^"]+)"/gu,
    (_, lead: string, spec: string) => `${lead}${JSON.stringify(resolve(base, spec))}`,
  );
  const checked = valueChecks(block, code);
  return { code: `${checked.code}\n${EXPECT_HELPER}\nexport {};\n`, checks: checked.checks };
}

beforeAll(async () => {
  mkdirSync(cache, { recursive: true });
  work = mkdtempSync(join(cache, "kehoach-docs-"));
  fixtures = mkdtempSync(join(tmpdir(), "kehoach-docs-fixtures-"));
  copyFileSync(seedText, join(fixtures, "ke-hoach.txt"));
  copyFileSync(eventsFixture, join(fixtures, "events.jsonl"));
  const imported = run(
    process.execPath,
    [cli, "import", "ke-hoach.txt", "--plugin", "thanh-xuan-70", "-o", "plan.json"],
    fixtures,
  );
  expect(imported.status, imported.stderr).toBe(0);
  const docx = run(
    process.execPath,
    [cli, "export", "plan.json", "--format", "docx", "-o", "ke-hoach.docx"],
    fixtures,
  );
  expect(docx.status, docx.stderr).toBe(0);
  const pdf = run(
    process.execPath,
    [cli, "export", "plan.json", "--format", "pdf", "-o", "ke-hoach.pdf"],
    fixtures,
  );
  expect(pdf.status, pdf.stderr).toBe(0);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (fixtures) rmSync(fixtures, { recursive: true, force: true });
});

describe("the docs' code blocks", () => {
  it("each declare their language, and few are kept from running, each with its reason", () => {
    expect(blocks.filter((b) => b.lang === "").map(nameOf)).toEqual([]);
    const kept = [...tsBlocks, ...shellBlocks].filter((b) => noRunReason(b) !== null);
    for (const b of kept) expect(noRunReason(b), `${nameOf(b)} says why it is not run`).not.toBe("");
    expect(kept.filter((b) => !isExample(b)).length).toBeLessThanOrEqual(4);
    expect(kept.filter(isExample).length).toBeLessThanOrEqual(2);
  });

  it("include every @example of the API reference, each a ts block", () => {
    for (const page of apiPages(root)) {
      const text = readFileSync(join(root, page), "utf8");
      const headings = [...text.matchAll(/^#{2,6} Examples?$/gmu)].length;
      const examples = blocks.filter((b) => b.doc === page);
      expect(
        examples.map((b) => b.lang),
        `${page}: one ts block per @example`,
      ).toEqual(new Array(headings).fill("ts"));
    }
    expect(tsBlocks.filter(isExample).length).toBeGreaterThanOrEqual(20);
  });

  it("the fresh import of the seed is the plan the docs name", () => {
    const plan = JSON.parse(readFileSync(join(fixtures, "plan.json"), "utf8")) as { id: string };
    expect(plan.id).toBe(seedPlanId);
  });
});

describe("ts blocks", () => {
  it("type-check against the built packages with the repository's strict settings", () => {
    const dir = join(work, "typecheck");
    mkdirSync(dir, { recursive: true });
    for (const b of tsBlocks) writeFileSync(join(dir, `${slug(b)}.ts`), moduleOf(b).code);
    const base = ts.readConfigFile(join(root, "tsconfig.base.json"), ts.sys.readFile).config as {
      compilerOptions: Record<string, unknown>;
    };
    // The published types (dist), not the sources: what a user of the packages compiles against.
    const config = ts.parseJsonConfigFileContent(
      { compilerOptions: { ...base.compilerOptions, customConditions: [], noEmit: true }, include: ["*.ts"] },
      ts.sys,
      dir,
    );
    expect(config.errors).toEqual([]);
    const program = ts.createProgram(config.fileNames, config.options);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || d.file.fileName.startsWith(dir))
      .map((d) => {
        const where =
          d.file && d.start !== undefined
            ? `${relative(dir, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
            : "";
        return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  });

  const runnable = tsBlocks.filter((b) => noRunReason(b) === null);
  let results: Map<DocBlock, { status: number | null; output: string; stdout: Buffer }>;
  beforeAll(async () => {
    const outcomes = await pool(runnable, 3, async (b) => {
      const dir = join(work, "run", slug(b));
      fixtureFolder(dir);
      writeFileSync(join(dir, "main.mts"), moduleOf(b).code);
      return runAsync(process.execPath, [tsx, "main.mts"], dir);
    });
    results = new Map(
      runnable.map((b, i) => [b, outcomes[i] as { status: number | null; output: string; stdout: Buffer }]),
    );
  }, 600_000);

  it("check the values their comments quote", () => {
    const checks = runnable.reduce((n, b) => n + moduleOf(b).checks, 0);
    expect(checks).toBeGreaterThanOrEqual(MIN_VALUE_CHECKS);
    const exampleChecks = runnable.filter(isExample).reduce((n, b) => n + moduleOf(b).checks, 0);
    expect(exampleChecks).toBeGreaterThanOrEqual(MIN_EXAMPLE_CHECKS);
    const commands = shellBlocks.flatMap(shellCommands).filter((c) => kehoachArgs(c.argv) !== null).length;
    const examples = tsBlocks.filter(isExample);
    console.info(
      `docs: ${runnable.length} ts blocks run (${tsBlocks.length - runnable.length} no-run, ${blocks.filter(delegated).length} in tests/docs-plugins.test.ts), ${checks} value comments checked, ${commands} kehoach command lines in ${shellBlocks.length} shell blocks; of them @example blocks of docs/api: ${examples.length} (${examples.filter((b) => noRunReason(b) === null).length} run), ${exampleChecks} value comments checked`,
    );
  });

  it.each(runnable.map((b) => [nameOf(b), b] as const))(
    "%s runs, exits 0 and gives the values it quotes",
    (_, b) => {
      const result = results.get(b);
      expect(result?.status, result?.output).toBe(0);
    },
  );
});

/** `kehoach …` (or `npx kehoach …`) as the CLI's arguments, or null for another command. */
function kehoachArgs(argv: readonly string[]): string[] | null {
  const words = argv[0] === "npx" ? argv.slice(1) : argv;
  return words[0] === "kehoach" ? words.slice(1) : null;
}

/** Checks a command that is not `kehoach`: what it names exists in the repository. */
function checkOther(command: ShellCommand): void {
  const parts: string[][] = [[]];
  for (const w of command.argv) {
    if (w === "&&" || w === ";") parts.push([]);
    else parts.at(-1)?.push(w);
  }
  for (const argv of parts) {
    const [tool, verb, ...rest] = argv;
    const where = `${command.text} (line ${command.line})`;
    if (tool === "npm" && verb === "install") {
      for (const name of rest.filter((w) => w.startsWith("@kehoach/"))) {
        const folder = join(root, "packages", name.slice("@kehoach/".length));
        expect(
          existsSync(join(folder, "package.json")),
          `${where}: ${name} is a package of the repository`,
        ).toBe(true);
        const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
          private?: boolean;
        };
        expect(manifest.private ?? false, `${where}: ${name} is published`).toBe(false);
      }
    } else if (tool === "npm" && verb !== undefined) {
      const script = verb === "run" ? rest[0] : verb;
      expect(rootManifest.scripts[script ?? ""], `${where}: npm script "${script}"`).toBeDefined();
    } else if ((tool === "node" || tool === "bash") && verb !== undefined) {
      expect(existsSync(join(root, verb)), `${where}: ${verb} exists`).toBe(true);
    } else if (tool === "apt-get" && verb === "install") {
      const listed = readFileSync(join(root, ".ci", "apt-packages"), "utf8");
      for (const pkg of rest)
        expect(listed, `${where}: ${pkg} is in .ci/apt-packages`).toMatch(new RegExp(`^${pkg}\\s`, "mu"));
    }
  }
}

describe("sh blocks", () => {
  const runnable = shellBlocks.filter((b) => noRunReason(b) === null);
  let results: Map<DocBlock, string[]>;
  beforeAll(async () => {
    const outcomes = await pool(runnable, 2, async (b) => {
      const problems: string[] = [];
      const dir = mkdtempSync(join(tmpdir(), "kehoach-docs-sh-"));
      try {
        fixtureFolder(dir);
        mkdirSync(join(dir, "data"));
        const store = await openStore(`sqlite:${join(dir, "data", "kehoach.sqlite")}`);
        await store.savePlan(JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")));
        await store.close();
        for (const command of shellCommands(b)) {
          const args = kehoachArgs(command.argv);
          if (args === null) continue;
          if (command.text.includes("…")) {
            // A placeholder (a PostgreSQL URL): the command and its options must still exist.
            const help = run(
              process.execPath,
              [cli, ...args.filter((a) => !a.startsWith("-") && !a.includes("…")).slice(0, 2), "--help"],
              dir,
            );
            if (help.status !== 0) problems.push(`line ${command.line}: ${command.text}: no such command`);
            for (const option of args.filter((a) => a.startsWith("--"))) {
              if (!help.stdout.includes(option))
                problems.push(`line ${command.line}: ${option} is not an option`);
            }
            continue;
          }
          const redirect = args.indexOf(">");
          const argv = redirect < 0 ? args : args.slice(0, redirect);
          const result = await runAsync(process.execPath, [cli, ...argv], dir, command.env);
          if (redirect >= 0) writeFileSync(join(dir, args[redirect + 1] ?? "out"), result.stdout);
          if (result.status !== 0) {
            problems.push(
              `line ${command.line}: ${command.text} exited ${result.status}: ${result.output.slice(0, 600)}`,
            );
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      return problems;
    });
    results = new Map(runnable.map((b, i) => [b, outcomes[i] ?? []]));
  }, 600_000);

  it.each(runnable.map((b) => [nameOf(b), b] as const))("%s: every kehoach command exits 0", (_, b) => {
    expect(results.get(b)).toEqual([]);
  });

  it.each(shellBlocks.map((b) => [nameOf(b), b] as const))(
    "%s: every other command names what exists",
    (_, b) => {
      for (const command of shellCommands(b)) if (kehoachArgs(command.argv) === null) checkOther(command);
    },
  );
});

/** The `--help` text of each command path, from the built CLI's `runCli` in one process. */
function helpTexts(paths: readonly (readonly string[])[]): Map<string, string> {
  const script = `
    import { PassThrough } from "node:stream";
    const { runCli } = await import(${JSON.stringify(join(root, "packages", "cli", "dist", "index.js"))});
    const out = {};
    for (const path of ${JSON.stringify(paths)}) {
      const stdout = new PassThrough();
      const chunks = [];
      stdout.on("data", (d) => chunks.push(d));
      const io = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {} };
      const code = await runCli([...path, "--help"], io);
      out[path.join(" ")] = code === 0 ? Buffer.concat(chunks).toString("utf8") : null;
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const result = run(process.execPath, ["--input-type=module", "-e", script], root);
  expect(result.status, result.stderr).toBe(0);
  return new Map(Object.entries(JSON.parse(result.stdout) as Record<string, string>));
}

/** A command's options as its `--help` lists them (without --help): each long name, with its short alias. */
function optionsIn(help: string): Map<string, string | null> {
  const options = new Map<string, string | null>();
  for (const m of help.matchAll(/^ {2}(?:(-[a-zA-Z]), )?(--[a-z][a-z-]*)/gmu)) {
    if (m[2] !== "--help") options.set(m[2] ?? "", m[1] ?? null);
  }
  return options;
}

/** The subcommands a `--help` text lists. */
function commandsIn(help: string): string[] {
  const section = help.split(/^Commands:$/mu)[1] ?? "";
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)\b/gmu)].map((m) => m[1] ?? "").filter((c) => c !== "help");
}

describe("docs/cli.md", () => {
  const rows = [
    ...readFileSync(join(root, "docs", "cli.md"), "utf8").matchAll(/^\| `kehoach ([^`]+)` \|/gmu),
  ].map((m) => m[1] ?? "");
  /** The command a row is about: its leading lower-case words ("db init", "plugin new", "status"). */
  const commandOf = (row: string) => {
    const words: string[] = [];
    for (const w of row.split(" ")) {
      if (!/^[a-z][a-z-]*$/u.test(w) || words.length === 2) break;
      words.push(w);
    }
    return words;
  };

  let help = new Map<string, string>();
  let commands: string[] = [];
  beforeAll(() => {
    const top = helpTexts([[]]);
    const first = commandsIn(top.get("") ?? "");
    const level1 = helpTexts(first.map((c) => [c]));
    commands = first.flatMap((c) => {
      const sub = commandsIn(level1.get(c) ?? "");
      return sub.length > 0 ? sub.map((s) => `${c} ${s}`) : [c];
    });
    help = new Map([
      ...level1,
      ...helpTexts(commands.filter((c) => c.includes(" ")).map((c) => c.split(" "))),
    ]);
  }, 600_000);

  it("has a row for every command and subcommand of the CLI", () => {
    expect(commands.length).toBeGreaterThan(5);
    expect(rows.map((r) => commandOf(r).join(" ")).sort()).toEqual(commands.sort());
  });

  it.each(rows.map((r) => [r]))("`kehoach %s` lists exactly the options --help gives", (row) => {
    const text = help.get(commandOf(row).join(" "));
    expect(text, `kehoach ${commandOf(row).join(" ")} --help`).toBeDefined();
    const options = optionsIn(text ?? "");
    const longOf = new Map([...options].flatMap(([long, short]) => (short ? [[short, long] as const] : [])));
    const documented = [...row.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/gu)].map((m) => m[1] ?? "");
    const named = new Set(documented.map((o) => longOf.get(o) ?? o));
    expect([...named].sort()).toEqual([...options.keys()].sort());
  });
});

describe("docs/export.md", () => {
  it("quotes the classification a fresh import of the seed and its events give", () => {
    const text = readFileSync(join(root, "docs", "export.md"), "utf8");
    const header = /^\| as of \|(.*)\|$/mu.exec(text)?.[1] ?? "";
    const classes = [...header.matchAll(/`([a-z-]+)`/gu)].map((m) => m[1] ?? "");
    const rows = [...text.matchAll(/^\| (\d{4}-\d{2}-\d{2}) \|(.*)\|$/gmu)];
    expect(classes).toHaveLength(5);
    expect(rows).toHaveLength(2);
    for (const [, asOf, cells] of rows) {
      const status = run(
        process.execPath,
        [cli, "status", "plan.json", "--events", "events.jsonl", "--as-of", asOf ?? "", "--json"],
        fixtures,
      );
      expect(status.status, status.stderr).toBe(0);
      const out = JSON.parse(status.stdout) as {
        classes: Record<string, { count: number }>;
        activities: { code: string; class: string | null }[];
      };
      const quoted = (cells ?? "").split("|").map((c) => c.trim());
      classes.forEach((cls, i) => {
        const codes = out.activities.filter((a) => a.class === cls).map((a) => a.code);
        const count = out.classes[cls]?.count ?? 0;
        const expected = count > 0 && count <= 2 ? `${count} (${codes.join(", ")})` : String(count);
        expect(quoted[i], `${asOf} ${cls}`).toBe(expected);
      });
    }
  });
});
