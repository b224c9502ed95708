import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One package as `npm pack` made it. */
export interface PackedPackage {
  name: string;
  version: string;
  /** Absolute path of the .tgz. */
  tarball: string;
  /** Bytes of the .tgz. */
  size: number;
  unpackedSize: number;
  /** Paths inside the package, as npm lists them. */
  files: string[];
}

/** The folders of the packages we publish (not `private`), under `packages/`. */
export function publicPackageDirs(root: string): string[] {
  return readdirSync(join(root, "packages"))
    .map((name) => join(root, "packages", name))
    .filter((dir) => {
      const manifest = join(dir, "package.json");
      return (
        existsSync(manifest) && !(JSON.parse(readFileSync(manifest, "utf8")) as { private?: boolean }).private
      );
    });
}

/** Packs every public package of the repository at `root` into `destination`, in one `npm pack` run. */
export function packTarballs(root: string, destination: string): PackedPackage[] {
  const workspaces = publicPackageDirs(root).flatMap((dir) => ["-w", dir]);
  const run = spawnSync("npm", ["pack", "--json", "--pack-destination", destination, ...workspaces], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`npm pack failed:\n${run.stderr}`);
  const packed = JSON.parse(run.stdout) as {
    name: string;
    version: string;
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string }[];
  }[];
  return packed.map((p) => ({
    name: p.name,
    version: p.version,
    tarball: join(destination, p.filename),
    size: p.size,
    unpackedSize: p.unpackedSize,
    files: p.files.map((f) => f.path),
  }));
}
