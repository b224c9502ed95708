import type { EventRow } from "./Backend";

/** One stored field of an event row: its {@link EventRow} key, its column and its PostgreSQL array type. */
export interface EventRowField {
  key: keyof EventRow;
  column: string;
  /** The element type `unnest` casts the field's array to in PostgreSQL's batch insert. */
  postgresType: "bigint" | "int" | "text";
}

/**
 * Every field of an event row, in the one order that drives the SQL of both
 * adapters (select lists, inserts) and the chain hash (every field but the
 * two hashes, in this order). Changing the order changes every stored hash.
 */
export const EVENT_ROW_FIELDS: readonly EventRowField[] = [
  { key: "position", column: "position", postgresType: "bigint" },
  { key: "eventId", column: "event_id", postgresType: "text" },
  { key: "plan", column: "plan_id", postgresType: "text" },
  { key: "planVersion", column: "plan_version", postgresType: "int" },
  { key: "activity", column: "activity", postgresType: "text" },
  { key: "ward", column: "ward", postgresType: "text" },
  { key: "streamVersion", column: "stream_version", postgresType: "int" },
  { key: "type", column: "type", postgresType: "text" },
  { key: "byUnit", column: "by_unit", postgresType: "text" },
  { key: "byPerson", column: "by_person", postgresType: "text" },
  { key: "at", column: "at", postgresType: "text" },
  { key: "machineVersion", column: "machine_version", postgresType: "text" },
  { key: "payload", column: "payload", postgresType: "text" },
  { key: "recordedAt", column: "recorded_at", postgresType: "text" },
  { key: "prevHash", column: "prev_hash", postgresType: "text" },
  { key: "hash", column: "hash", postgresType: "text" },
];

/** The keys the chain hash covers, in order: every field but `prevHash` (hashed as the prefix) and `hash`. */
export const HASHED_EVENT_KEYS: readonly (keyof EventRow)[] = EVENT_ROW_FIELDS.map((f) => f.key).filter(
  (key) => key !== "prevHash" && key !== "hash",
);

/** `column AS "key", …`: the select list that reads event rows in both dialects. */
export const EVENT_SELECT_SQL = EVENT_ROW_FIELDS.map((f) =>
  f.column === f.key ? f.column : `${f.column} AS "${f.key}"`,
).join(", ");

/** `position, event_id, …`: the column list of an insert, in {@link EVENT_ROW_FIELDS} order. */
export const EVENT_INSERT_COLUMNS_SQL = EVENT_ROW_FIELDS.map((f) => f.column).join(", ");
