import type { Plan, PlanEvent, PlanEventInput, PlanInput } from "@kehoach/core";
import type { Account, AccountInput, AccountPatch, Session } from "./accounts/Account";
import type { StoreError } from "./StoreError";
import type { VerifyResult } from "./verify/VerifyResult";

/** Which adapter a store runs on. */
export type StoreKind = "memory" | "sqlite" | "postgres";

/**
 * The version a stream (one activity of one plan) must be at for an append to
 * go through, as EventStoreDB does it: a number (the count of events already
 * in the stream; 0 for an empty stream), `"no-stream"` (same as 0),
 * `"stream-exists"` (at least one event) or `"any"` (no check).
 */
export type ExpectedVersion = number | "any" | "no-stream" | "stream-exists";

/** What {@link Store.append} takes. */
export interface AppendInput {
  /** The plan id. */
  plan: string;
  /** The activity id (the stream); every event's `activity` must equal it. */
  activity: string;
  /** The events, in order. Each is validated against `PlanEventSchema`. */
  events: readonly PlanEventInput[];
  /** Optimistic concurrency check (default `"any"`). */
  expectedVersion?: ExpectedVersion;
  /** The plan version the events were made against (default: the latest saved version, or none). */
  planVersion?: number;
}

/** What {@link Store.append} answers. */
export interface AppendResult {
  /** The stream version after the append (the count of events in the stream). */
  streamVersion: number;
  /** The global position of the last event of the batch (or of its stored duplicate). */
  position: number;
  /** How many events were written. */
  appended: number;
  /** How many events were already stored with the same id and content (idempotent retry). */
  duplicates: number;
}

/**
 * The outcome of one input of {@link Store.appendMany}: its result and the
 * events it wrote, as stored (positions, hashes; none for a resent batch), or
 * the error that refused it.
 */
export type AppendOutcome =
  | { ok: true; result: AppendResult; events: readonly StoredEvent[] }
  | { ok: false; error: StoreError };

/**
 * A committed change to the log, as {@link Store.watch} tells it: events of
 * `plan` were committed up to global `position`. `plan` is null when changes
 * may have been missed (the PostgreSQL listener lost its connection and
 * reconnected): read whatever you follow.
 */
export interface LogChange {
  plan: string | null;
  position: number;
}

/** A listener registered with {@link Store.watch}. */
export interface LogWatch {
  /**
   * True when other processes' appends are told too (PostgreSQL: `LISTEN/NOTIFY`);
   * false when only appends made through this store object are (SQLite, memory).
   */
  readonly crossProcess: boolean;
  /** Stops listening (the listener is not called any more). */
  close(): Promise<void>;
}

/** An event as stored: the `PlanEvent` envelope with its place in the log and its hash. */
export interface StoredEvent {
  /** Global order, 1-based and gapless. */
  position: number;
  plan: string;
  /** The plan version the event was made against, or null when the plan was not saved. */
  planVersion: number | null;
  /** 1-based place in its stream (plan + activity). */
  streamVersion: number;
  /** When the store recorded the event (ISO UTC). */
  recordedAt: string;
  /** Hash of the previous event (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 over the previous hash and this event's stored fields. */
  hash: string;
  event: PlanEvent;
}

/** Which events to read. */
export interface ReadEventsOptions {
  /** Only this plan's events. */
  plan?: string;
  /** Only this activity's events (needs `plan`). */
  activity?: string;
  /** Only events after this global position (exclusive). */
  afterPosition?: number;
  /** At most this many events. */
  limit?: number;
  /** Rows fetched per round trip (default 5,000). */
  batchSize?: number;
}

/** A saved version of a plan. */
export interface PlanVersion {
  plan: string;
  version: number;
  title: string;
  /** SHA-256 of the plan's canonical JSON. */
  hash: string;
  createdAt: string;
  note: string | null;
}

/** What {@link Store.savePlan} answers. */
export interface SavePlanResult extends PlanVersion {
  /** True when the plan was identical to the latest version, so no version was added. */
  unchanged: boolean;
}

/** A snapshot written by the engine: opaque data with the place in the log it stands for. */
export interface Snapshot {
  plan: string;
  /** The activity id for a stream snapshot, or "" for a snapshot of the whole plan. */
  stream: string;
  /** The stream version (activity snapshot) or global position (plan snapshot) it includes. */
  version: number;
  /** The lifecycle machine version the data was computed with. */
  machineVersion: string;
  data: unknown;
  createdAt: string;
}

/** What {@link Store.saveSnapshot} takes. */
export interface SnapshotInput {
  plan: string;
  stream?: string;
  version: number;
  machineVersion: string;
  data: unknown;
}

/** Folds events into a state: how the store builds snapshots every N events. */
export interface SnapshotPolicy<S = unknown> {
  /** Write a plan snapshot after at least this many new events of the plan (e.g. 1,000). */
  every: number;
  /** The machine version stored with the snapshot; snapshots of other versions are ignored. */
  machineVersion: string;
  /** Folds events into the state (`undefined` before the first event). Must be pure. */
  reduce(state: S | undefined, events: readonly StoredEvent[]): S;
}

/** What {@link Store.loadState} answers. */
export interface LoadedState<S = unknown> {
  state: S | undefined;
  /** Global position of the last event folded in (0 when none). */
  position: number;
  /** The snapshot used, if any. */
  snapshot: { version: number; createdAt: string } | null;
  /** How many events were read after the snapshot. */
  eventsRead: number;
}

/** The schema state of a store. */
export interface SchemaInfo {
  /** Schema version found before opening. */
  from: number;
  /** Schema version now. */
  to: number;
  /** Migrations applied while opening, by version. */
  applied: number[];
  /** The newest schema version this library knows. */
  latest: number;
}

/** Accounts of the dashboard: users, their unit and role, password hashes and sessions. */
export interface AccountStore {
  /** Creates a user; the password is hashed with scrypt. */
  create(input: AccountInput): Promise<Account>;
  /** A user by id, or null. */
  get(id: string): Promise<Account | null>;
  /** A user by username (case-insensitive, NFC), or null. */
  findByUsername(username: string): Promise<Account | null>;
  /** Every user, by username. */
  list(): Promise<Account[]>;
  /** Changes role, unit, ward, display name or disabled flag. */
  update(id: string, patch: AccountPatch): Promise<Account>;
  /** Replaces a password and ends the user's sessions. */
  setPassword(id: string, password: string): Promise<void>;
  /** The user when the password matches and the account is enabled, else null (constant-time check). */
  authenticate(username: string, password: string): Promise<Account | null>;
  /** Opens a session; the token is returned once and stored only as a hash. */
  createSession(userId: string, options?: { ttlMs?: number; now?: Date }): Promise<Session>;
  /** The session's user when the token is valid and not expired, else null. */
  getSession(token: string, now?: Date): Promise<{ account: Account; expiresAt: string } | null>;
  /** Ends a session. */
  revokeSession(token: string): Promise<void>;
  /** Deletes expired sessions; answers how many. */
  purgeExpiredSessions(now?: Date): Promise<number>;
}

/**
 * The kehoach store: plans and their versions, the hash-chained event log,
 * snapshots and accounts, the same on every adapter. Every method validates
 * its input and raises {@link StoreError} (bilingual) on bad input or failure,
 * with nothing half-written.
 */
export interface Store {
  readonly kind: StoreKind;
  /** The URL without its password. */
  readonly url: string;
  /** Schema versions found and applied on open. */
  readonly schema: SchemaInfo;

  /** Saves a plan; a changed plan becomes a new version, an identical one is not duplicated. */
  savePlan(plan: PlanInput, options?: { note?: string }): Promise<SavePlanResult>;
  /** A plan (its latest version, or the given one), or null. */
  getPlan(id: string, version?: number): Promise<Plan | null>;
  /** The versions of a plan, oldest first; with no id, the latest version of every plan. */
  listPlans(id?: string): Promise<PlanVersion[]>;

  /** Appends events to one activity's stream, atomically, with an optimistic concurrency check. */
  append(input: AppendInput): Promise<AppendResult>;
  /**
   * Group commit: several appends (to one stream or many) in one transaction,
   * so one commit (one fsync) makes them all durable. Each is checked as
   * `append` checks it, in order, against the log as the ones before it left
   * it; one that is refused (a version or id conflict, bad input) writes
   * nothing and is answered with its error, the others are written. Answers
   * one outcome per input, in order; a storage failure rejects the whole call
   * and writes nothing.
   */
  appendMany(inputs: readonly AppendInput[]): Promise<AppendOutcome[]>;
  /** The current version of a stream (0 when empty). */
  streamVersion(plan: string, activity: string): Promise<number>;
  /** The global position of the last event (0 when empty). */
  headPosition(): Promise<number>;
  /** Events in global order, one by one. */
  readEvents(options?: ReadEventsOptions): AsyncIterable<StoredEvent>;
  /** Events in global order, a batch at a time (faster for large reads). */
  readEventBatches(options?: ReadEventsOptions): AsyncIterable<StoredEvent[]>;
  /** Checks the hash chain, and says where an event was edited, removed or inserted behind the store's back. */
  verify(): Promise<VerifyResult>;
  /**
   * Calls `listener` after each committed append or group: at once for
   * appends made through this store object, and on PostgreSQL for every
   * process's (a notification per committed group and plan, payload the plan
   * id and its last position, over one `LISTEN` connection per store). A
   * listener that throws is ignored. `LogWatch.crossProcess` says which.
   */
  watch(listener: (change: LogChange) => void): Promise<LogWatch>;
  /**
   * Runs `task` holding the plan's write lock, so that writers in other
   * processes that take it too read, check and append one after another
   * (PostgreSQL: a session advisory lock keyed by the plan id, released when
   * `task` settles or the connection drops). SQLite and memory run `task` as
   * it is: their appends are serialised by the database or the process.
   */
  withPlanLock<T>(plan: string, task: () => Promise<T>): Promise<T>;

  /** Stores a snapshot. */
  saveSnapshot(input: SnapshotInput): Promise<Snapshot>;
  /** The latest snapshot of a plan (or of one stream) for a machine version, or null. */
  latestSnapshot(
    plan: string,
    options?: { stream?: string; machineVersion?: string },
  ): Promise<Snapshot | null>;
  /** Loads a plan's state: the latest snapshot plus the events after it, folded by the snapshot policy's `reduce`. */
  loadState<S = unknown>(plan: string, policy?: SnapshotPolicy<S>): Promise<LoadedState<S>>;

  readonly accounts: AccountStore;

  /** Copies the database to a file while it stays in use (SQLite online backup). */
  backup(file: string): Promise<{ file: string }>;
  /** Closes the connection(s). Further calls raise `store.closed`. */
  close(): Promise<void>;
}
