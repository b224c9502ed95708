import type { TestProject } from "vitest/node";
import {
  findPgBinDir,
  type PgCluster,
  removeStaleClusters,
  startPgCluster,
} from "../../../fixtures/postgres/pgCluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the throwaway PostgreSQL cluster, or "" when PostgreSQL is missing. */
    pgUrl: string;
  }
}

let cluster: PgCluster | undefined;

/** Starts one throwaway PostgreSQL cluster for the whole store test run (or explains why not). */
export async function setup(project: TestProject): Promise<void> {
  for (const dir of removeStaleClusters())
    console.log(`@kehoach/store: removed a cluster an aborted run left behind: ${dir}`);
  const binDir = findPgBinDir();
  if (!binDir) {
    if (process.env.CI === "true") {
      throw new Error(
        "PostgreSQL is not installed, and CI=true: the PostgreSQL store tests must run (see .ci/apt-packages)",
      );
    }
    console.log("@kehoach/store: PostgreSQL not found (initdb/pg_ctl): the PostgreSQL tests are skipped");
    project.provide("pgUrl", "");
    return;
  }
  cluster = await startPgCluster(binDir);
  project.provide("pgUrl", cluster.url);
}

/** Stops the cluster and removes its folder. */
export async function teardown(): Promise<void> {
  cluster?.stop();
}
