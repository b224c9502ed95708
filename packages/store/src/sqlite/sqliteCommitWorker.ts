// The SQLite commit thread (see sqliteCommitThread.ts): its own connection to
// the database file, with the same pragmas as the owner's, committing the
// groups it is sent one at a time, so their write and fsync never block the
// owner's event loop.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { mapSqliteError } from "./mapSqliteError";
import { setPragmas } from "./openSqliteDatabase";
import { type SqliteAppends, sqliteAppends } from "./sqliteAppends";
import {
  type CommitThreadAnswer,
  type CommitThreadData,
  type CommitThreadRequest,
  type SentError,
  sendError,
} from "./sqliteCommitMessages";
import { sqliteStatements } from "./sqliteStatements";

const { path, options } = workerData as CommitThreadData;
const port = parentPort;
if (!port) throw new Error("sqliteCommitWorker runs as a worker thread");

/** The connection, or why it could not be opened (then every group is answered with that). */
function open(): { db: Database.Database; appends: SqliteAppends } | { error: SentError } {
  try {
    const db = new Database(path, { fileMustExist: true });
    setPragmas(db, false, options);
    return { db, appends: sqliteAppends(db, sqliteStatements(db)) };
  } catch (error) {
    return { error: sendError(mapSqliteError(error, path)) };
  }
}

const connection = open();

function commit(
  id: number,
  items: Extract<CommitThreadRequest, { type: "commit" }>["items"],
): CommitThreadAnswer {
  if ("error" in connection) return { id, ok: false, error: connection.error };
  try {
    const outcomes = connection.appends
      .appendMany(items)
      .map((o) => (o.ok ? o : { ok: false as const, error: sendError(o.error) }));
    return { id, ok: true, outcomes };
  } catch (error) {
    return { id, ok: false, error: sendError(mapSqliteError(error, path)) };
  }
}

port.on("message", (message: CommitThreadRequest) => {
  if (message.type === "commit") {
    port.postMessage(commit(message.id, message.items));
    return;
  }
  if ("db" in connection && connection.db.open) connection.db.close();
  port.close();
});
