import pg from "pg";
import type { EventRow } from "../backend/Backend";
import type { LogChange } from "../Store";
import { mapPostgresError } from "./mapPostgresError";

/** The channel every append notifies and every store's listener listens on. */
export const EVENTS_CHANNEL = "kehoach_events";

/**
 * The `NOTIFY` statements of a commit (one per plan, payload `{"plan","position"}`
 * with the plan's last position), to send in the transaction before COMMIT:
 * PostgreSQL delivers them only once it commits, and drops them on rollback.
 */
export function notifySql(client: Pick<pg.ClientBase, "escapeLiteral">, rows: readonly EventRow[]): string {
  const last = new Map<string, number>();
  for (const row of rows) last.set(row.plan, Math.max(last.get(row.plan) ?? 0, row.position));
  let sql = "";
  for (const [plan, position] of last) {
    sql += `NOTIFY ${EVENTS_CHANNEL}, ${client.escapeLiteral(JSON.stringify({ plan, position }))};\n`;
  }
  return sql;
}

/** A notification's payload as a change, or null when it is not one of ours. */
function parseChange(payload: string | undefined): LogChange | null {
  try {
    const { plan, position } = JSON.parse(payload ?? "") as { plan?: unknown; position?: unknown };
    if (typeof plan === "string" && typeof position === "number" && Number.isInteger(position)) {
      return { plan, position };
    }
  } catch {
    // Not JSON: someone else's notification on our channel.
  }
  return null;
}

const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5_000;

/**
 * Listens on {@link EVENTS_CHANNEL} over a connection of its own (a `LISTEN`
 * session cannot be pooled) and calls `onChange` for each commit. When the
 * connection drops it reconnects, waiting 0.1 s then up to 5 s between tries,
 * and then calls `onChange({ plan: null })`: notifications sent meanwhile are
 * lost, so listeners read what they follow. Answers the function that stops.
 * @throws {StoreError} when the first connection fails.
 */
export async function listenPostgres(
  connectionString: string,
  url: string,
  onChange: (change: LogChange) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let current: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    client.on("notification", (message) => {
      if (message.channel !== EVENTS_CHANNEL) return;
      const change = parseChange(message.payload);
      if (change) onChange(change);
    });
    client.on("error", () => dropped(client));
    client.on("end", () => dropped(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    if (stopped) await client.end().catch(() => {});
    else current = client;
  };
  const retry = (delay: number) => {
    timer = setTimeout(() => {
      timer = null;
      if (stopped) return;
      connect().then(
        () => onChange({ plan: null, position: 0 }),
        () => retry(Math.min(delay * 2, LAST_RETRY_MS)),
      );
    }, delay);
    timer.unref();
  };
  const dropped = (client: pg.Client) => {
    if (stopped || current !== client) return;
    current = null;
    client.end().catch(() => {});
    retry(FIRST_RETRY_MS);
  };

  try {
    await connect();
  } catch (error) {
    throw mapPostgresError(error, url);
  }
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const client = current;
    current = null;
    await client?.end().catch(() => {});
  };
}
