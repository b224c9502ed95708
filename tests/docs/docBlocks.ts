import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One fenced code block of a Markdown file. */
export interface DocBlock {
  /** The Markdown file, relative to the repository root. */
  doc: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string's first word ("ts", "sh", "text", …); "" when the fence has none. */
  lang: string;
  /** The rest of the info string: `no-run (why)` keeps a block from being run. */
  meta: string;
  code: string;
}

/** The pages of the API reference (docs/api/, generated from TSDoc: its `@example` blocks), sorted. */
export function apiPages(root: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
      else if (entry.name.endsWith(".md")) pages.push(`${dir}/${entry.name}`);
    }
  };
  walk("docs/api");
  return pages;
}

/** The Markdown files the docs test reads: the READMEs, docs/*.md and the API reference's pages. */
export function docFiles(root: string): string[] {
  const files = ["README.md"];
  for (const group of ["packages", "apps"]) {
    for (const name of readdirSync(join(root, group)).sort()) {
      try {
        readFileSync(join(root, group, name, "README.md"));
        files.push(`${group}/${name}/README.md`);
      } catch {
        // a folder without a README (the README test names the packages)
      }
    }
  }
  for (const name of readdirSync(join(root, "docs")).sort())
    if (name.endsWith(".md")) files.push(`docs/${name}`);
  files.push(...apiPages(root));
  return files;
}

/** Every fenced block (``` or ~~~, three or more) of a Markdown text, nested fences kept inside their block. */
export function docBlocks(doc: string, markdown: string): DocBlock[] {
  const lines = markdown.split("\n");
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/u.exec(lines[i] ?? "");
    if (!open) continue;
    const fence = open[2] ?? "```";
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? "";
      if (line.trimStart().startsWith(fence) && line.trim().replaceAll(fence[0] ?? "`", "") === "") break;
      body.push(line);
    }
    blocks.push({
      doc,
      line: i + 1,
      lang: open[3] ?? "",
      meta: (open[4] ?? "").trim(),
      code: `${body.join("\n")}\n`,
    });
    i = j;
  }
  return blocks;
}

/** Why a block is not run (`no-run (why)` in its info string), or null when it runs. */
export function noRunReason(block: DocBlock): string | null {
  const m = /^no-run\b\s*(.*)$/u.exec(block.meta);
  return m ? (m[1] ?? "").replace(/^\(|\)$/gu, "").trim() : null;
}

/** One command line of a shell block: continuation lines joined, the trailing comment dropped. */
export interface ShellCommand {
  line: number;
  text: string;
  /** Environment assignments before the command (`PORT=8080 npm start`). */
  env: Record<string, string>;
  argv: string[];
  comment: string;
}

/** Splits a command line into words the way sh does for plain, '…' and "…" words (no expansion). */
export function shellWords(text: string): { words: string[]; comment: string } {
  const words: string[] = [];
  let word: string | null = null;
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? "";
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unclosed quote in: ${text}`);
      word = (word ?? "") + text.slice(i + 1, end);
      i = end + 1;
    } else if (c === " " || c === "\t") {
      if (word !== null) words.push(word);
      word = null;
      i++;
    } else if (c === "#" && word === null) {
      if (word !== null) words.push(word);
      return { words, comment: text.slice(i + 1).trim() };
    } else {
      word = (word ?? "") + c;
      i++;
    }
  }
  if (word !== null) words.push(word);
  return { words, comment: "" };
}

/** The commands of a sh/bash/console block (a `$ ` prompt is dropped; output lines of a console block are skipped). */
export function shellCommands(block: DocBlock): ShellCommand[] {
  const out: ShellCommand[] = [];
  const lines = block.code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i] ?? "";
    const line = block.line + 1 + i;
    if (block.lang === "console") {
      if (!text.startsWith("$ ")) continue;
      text = text.slice(2);
    }
    while (text.endsWith("\\") && i + 1 < lines.length) text = text.slice(0, -1) + (lines[++i] ?? "");
    if (text.trim() === "" || text.trim().startsWith("#")) continue;
    const { words, comment } = shellWords(text.trim());
    const env: Record<string, string> = {};
    while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/u.test(words[0] ?? "")) {
      const [name, ...value] = (words.shift() ?? "").split("=");
      env[name ?? ""] = value.join("=");
    }
    out.push({ line, text: text.trim(), env, argv: words, comment });
  }
  return out;
}

/**
 * The JSON value a comment starts with (`"2024-11-30" (accents optional)` → `"2024-11-30"`), keys quoted;
 * undefined when none. A leading `→` is allowed; `…` as the last entry of an object stands for the keys
 * left out (objects are checked on the keys they name); anywhere else it makes the value unchecked.
 */
export function commentValue(comment: string): unknown {
  const text = comment.trim().replace(/^→\s*/u, "");
  let end = -1;
  if (text.startsWith('"')) end = text.indexOf('"', 1) + 1;
  else if (text.startsWith("[") || text.startsWith("{")) {
    let depth = 0;
    let quoted = false;
    for (let i = 0; i < text.length && end < 0; i++) {
      const c = text[i];
      if (quoted) quoted = c !== '"';
      else if (c === '"') quoted = true;
      else if (c === "[" || c === "{") depth++;
      else if ((c === "]" || c === "}") && --depth === 0) end = i + 1;
    }
  } else end = /^(?:-?\d+(?:\.\d+)?|true|false|null)(?![\w.])/u.exec(text)?.[0].length ?? -1;
  if (end <= 0) return undefined;
  const json = text
    .slice(0, end)
    .replace(/,\s*…\s*\}/gu, " }")
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/gu, '$1"$2":');
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** Checks an example's `// value` comments at run time (asserted in the run), written into the module. */
export const EXPECT_HELPER = `
function __matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== "object") return Object.is(actual, expected);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => __matches(actual[i], e));
  }
  if (actual === null || typeof actual !== "object") return false;
  return Object.entries(expected).every(([k, v]) => __matches((actual as Record<string, unknown>)[k], v));
}
function __expect<T>(actual: T, expected: unknown, where: string): T {
  if (__matches(actual, expected)) return actual;
  console.error(\`\${where}: the comment says \${JSON.stringify(expected)}, the code gives \${JSON.stringify(actual)}\`);
  process.exitCode = 1;
  return actual;
}
`;
