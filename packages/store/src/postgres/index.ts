// @kehoach/store/postgres: the PostgreSQL driver alone (pg), without better-sqlite3.
export type { OpenStoreOptions } from "../openStoreOptions";
export { openPostgresStore } from "./openPostgresStore";
