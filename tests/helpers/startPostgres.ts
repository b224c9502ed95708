/**
 * A throwaway PostgreSQL cluster for the repository's browser tests: the same
 * helper `@kehoach/store`'s own tests use (initdb + pg_ctl in a temporary
 * folder on a free loopback port, as the `postgres` OS user when run as root),
 * re-exported under the names these tests use so there is one implementation.
 */
export {
  findPgBinDir as findPostgresBinDir,
  type PgCluster as ThrowawayPostgres,
  startPgCluster as startPostgres,
} from "../../fixtures/postgres/pgCluster.ts";
