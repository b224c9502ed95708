// Core owns the lifecycle vocabulary (docs/lifecycle.md): the states in order,
// the events each accepts and the one bilingual label table. No other package
// restates them: this test reads every other package's sources for a list of
// state names or a table of state labels.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { activityStateLabels, coreActivityStatuses } from "@kehoach/core";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name === "dist" ? [] : sources(path);
    return /\.(ts|tsx)$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

const others = [
  ...readdirSync(join(root, "packages"))
    .filter((name) => name !== "core")
    .map((name) => join(root, "packages", name, "src")),
  ...readdirSync(join(root, "apps")).map((name) => join(root, "apps", name, "src")),
].flatMap((dir) => {
  try {
    return sources(dir);
  } catch {
    return [];
  }
});

const stateNames = [...coreActivityStatuses, "approved"];
const literal = new RegExp(`["'\`](${stateNames.join("|")})["'\`]`, "gu");
// A state name keying a label: `planned: "…"` or `planned: { vi: "…" …}`.
const labelKey = new RegExp(
  `(?:^|[\\s{,])(${stateNames.join("|")})\\s*:\\s*(?:["'\`]|\\{[^}]*\\bvi\\s*:)`,
  "gmu",
);

/** Distinct state names in a piece of text, by pattern. */
function distinct(text: string, pattern: RegExp): Set<string> {
  return new Set([...text.matchAll(pattern)].map((m) => m[1] as string));
}

describe("the lifecycle vocabulary lives in core only", () => {
  it("reads the sources of every other package and app", () => {
    expect(others.length).toBeGreaterThan(100);
  });

  it("no other source lists three or more state names in one array, set or enum", () => {
    const lists = others.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return [...text.matchAll(/\[[^[\]]*\]/gu)]
        .filter((m) => distinct(m[0], literal).size >= 3)
        .map((m) => `${relative(root, file)}: ${m[0].replace(/\s+/gu, " ").slice(0, 120)}`);
    });
    expect(lists).toEqual([]);
  });

  it("no other source keys a label table by three or more state names", () => {
    const tables = others.filter((file) => distinct(readFileSync(file, "utf8"), labelKey).size >= 3);
    expect(tables.map((f) => relative(root, f))).toEqual([]);
  });

  it("no other source holds two or more of core's state labels (a label table)", () => {
    const labels = Object.values(activityStateLabels).flatMap((l) => [l.vi, l.en]);
    const copies = others.filter((file) => {
      const text = readFileSync(file, "utf8");
      return labels.filter((label) => text.includes(`"${label}"`)).length >= 2;
    });
    expect(copies.map((f) => relative(root, f))).toEqual([]);
  });
});
