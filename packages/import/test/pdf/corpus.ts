import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

import type { ExpectedLeaf } from "./scoreLeaves";

/** The main repository's root (a git worktree's too), or null outside git. */
function mainRepositoryRoot(): string | null {
  try {
    const common = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], {
      cwd: here,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return dirname(common);
  } catch {
    return null;
  }
}

/**
 * `../shared/corpus/plans` beside the repository root (CI has it; from a git
 * worktree, beside the main repository), or null with one line when absent.
 */
export function corpusPlans(): string | null {
  const roots = [resolve(here, "../../../.."), mainRepositoryRoot()];
  for (const root of roots) {
    const dir = root === null ? null : resolve(root, "../shared/corpus/plans");
    if (dir !== null && existsSync(dir)) return dir;
  }
  console.log("skipped: the real-world corpus is not in ../shared/corpus/plans");
  return null;
}

/** A corpus document's expected.json (read in place). */
export interface ExpectedDocument {
  file: string;
  metadata: Record<string, string | null>;
  leaves: ExpectedLeaf[];
}

/** Reads a corpus document's expected.json. */
export function expectedOf(dir: string, name: string): ExpectedDocument {
  return JSON.parse(readFileSync(join(dir, name, "expected.json"), "utf8")) as ExpectedDocument;
}

/** The four Lâm Đồng plans of the corpus (Word originals, tables over many pages). */
export const lamDongPlans = [
  "lamdong-kh-cchc-2026",
  "lamdong-kh-cchc-2026-2030",
  "lamdong-kh-tuyentruyen-cchc-2026",
  "lamdong-kh-kiemtra-cchc-2026",
] as const;

/** The corpus's signed, born-digital PDF (a Government office's conference programme). */
export const signedPdf = "vpcp-cd2003-chuongtrinh-hoinghi-2025";
