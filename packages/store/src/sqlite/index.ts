// @kehoach/store/sqlite: the SQLite driver alone (better-sqlite3), without pg.
export type { OpenStoreOptions } from "../openStoreOptions";
export { openSqliteStore } from "./openSqliteStore";
