// The baseline commit of a benchmark, checked out beside the repository so that it runs in the
// same benchmark run as ours: `git worktree add --detach` into a temporary folder, whose
// node_modules links to the repository's installed packages, except the workspace's own
// (@kehoach/*), which link to the checkout's packages, so the baseline runs its own sources.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A checked-out baseline: its root folder, and how to remove it. */
export interface BaselineCheckout {
  commit: string;
  root: string;
  remove: () => void;
}

function git(repo: string, args: string[]): { ok: boolean; out: string } {
  const run = spawnSync("git", ["-C", repo, ...args], { encoding: "utf8" });
  return { ok: run.status === 0, out: `${run.stdout ?? ""}${run.stderr ?? ""}`.trim() };
}

/** The workspace folders (packages/*, apps/*) of a checkout, by package name. */
function workspaces(root: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const base of ["packages", "apps"]) {
    const dir = join(root, base);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const manifest = join(dir, name, "package.json");
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string };
      if (pkg.name) found.set(pkg.name, join(dir, name));
    }
  }
  return found;
}

/** Links the repository's installed packages into the checkout, the workspace's to the checkout's own. */
function linkDependencies(repo: string, tree: string, links: string[]): void {
  const modules = join(tree, "node_modules");
  mkdirSync(join(modules, "@kehoach"), { recursive: true });
  for (const entry of readdirSync(join(repo, "node_modules"))) {
    if (entry !== "@kehoach") symlinkSync(join(repo, "node_modules", entry), join(modules, entry));
  }
  for (const [name, dir] of workspaces(tree)) {
    if (name.startsWith("@kehoach/")) symlinkSync(dir, join(modules, name));
    // A workspace's own nested node_modules (a version it pins apart from the hoisted one).
    const nested = join(repo, dir.slice(tree.length), "node_modules");
    if (existsSync(nested) && !existsSync(join(dir, "node_modules"))) {
      symlinkSync(nested, join(dir, "node_modules"));
      links.push(join(dir, "node_modules"));
    }
  }
}

/**
 * Checks `commit` out beside `repo`, ready to run through tsx with the `@kehoach/source`
 * condition; null (with the reason printed) where git or the commit is not available.
 */
export function checkoutBaseline(repo: string, commit: string): BaselineCheckout | null {
  const known = git(repo, ["rev-parse", "--verify", "--quiet", `${commit}^{commit}`]);
  if (!known.ok) {
    console.log(
      `  baseline ${commit} not available (${known.out || "git failed"}): recorded figures instead`,
    );
    return null;
  }
  const root = join(mkdtempSync(join(tmpdir(), "kehoach-baseline-")), "tree");
  const added = git(repo, ["worktree", "add", "--detach", root, commit]);
  if (!added.ok) {
    console.log(`  git worktree add failed (${added.out}): recorded figures instead`);
    return null;
  }
  const links = [join(root, "node_modules")];
  // The links go first, by hand (never followed), then the checkout itself.
  const remove = () => {
    rmSync(links[0] ?? "", { recursive: true, force: true });
    for (const link of links.slice(1)) unlinkSync(link);
    git(repo, ["worktree", "remove", "--force", root]);
    rmSync(join(root, ".."), { recursive: true, force: true });
    git(repo, ["worktree", "prune"]);
  };
  try {
    linkDependencies(repo, root, links);
  } catch (error) {
    remove();
    throw error;
  }
  return { commit, root, remove };
}
