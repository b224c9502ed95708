import type { AppendRequest, PlannedAppend } from "../planAppend";
import type { LogChange, StoreKind } from "../Store";

/** An event row exactly as stored (payload as its canonical JSON text). */
export interface EventRow {
  position: number;
  eventId: string;
  plan: string;
  planVersion: number | null;
  activity: string;
  ward: string | null;
  streamVersion: number;
  type: string;
  byUnit: string;
  byPerson: string | null;
  at: string;
  machineVersion: string;
  payload: string;
  recordedAt: string;
  prevHash: string;
  hash: string;
}

/** The head of the chain: the last position and its hash. */
export interface ChainHead {
  position: number;
  hash: string;
}

/** What an append is keyed by: the stream and the ids of the batch. */
export type AppendKey = { plan: string; activity: string; ids: string[] };

/**
 * One append as an adapter gets it: its key and the validated request, which
 * the adapter plans with `planAppend` under its write lock. Plain data, so an
 * adapter may plan and write it in another thread (SQLite's commit thread).
 */
export interface AppendItem {
  key: AppendKey;
  request: AppendRequest;
}

/** What an adapter reads, under its write lock, before an append is planned. */
export interface AppendState {
  head: ChainHead;
  streamVersion: number;
  /** Stored events that share an id with the batch. */
  existing: EventRow[];
  /** The latest saved version of the plan, or null. */
  latestPlanVersion: number | null;
}

/** A plan version row. */
export interface PlanRow {
  plan: string;
  version: number;
  title: string;
  hash: string;
  body: string;
  createdAt: string;
  note: string | null;
}

/** A snapshot row. */
export interface SnapshotRow {
  plan: string;
  stream: string;
  version: number;
  machineVersion: string;
  data: string;
  createdAt: string;
}

/** A user row. */
export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unit: string | null;
  ward: string | null;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A session row (the token is kept only as its hash). */
export interface SessionRow {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

/** Filter for reading event rows. */
export interface EventFilter {
  plan?: string;
  activity?: string;
  afterPosition: number;
  limit?: number;
}

/** The event log of an adapter: atomic appends under its write lock, the head, paged reads. */
export interface EventBackend {
  /**
   * Runs one append atomically under the store's write lock: reads the state,
   * plans it (`planAppend`, pure; may throw to abort), writes the rows it
   * returns and moves the head to the last one.
   */
  append(item: AppendItem): Promise<PlannedAppend>;
  /**
   * Runs several appends in one transaction under the write lock, in order,
   * each planned against the state the ones before it left. One whose
   * planning throws writes nothing and is answered with what it threw; a
   * storage error rolls everything back and rejects.
   */
  appendMany(
    items: readonly AppendItem[],
  ): Promise<({ ok: true; value: PlannedAppend } | { ok: false; error: unknown })[]>;
  head(): Promise<ChainHead>;
  streamVersion(plan: string, activity: string): Promise<number>;
  /** Event rows in position order, in batches of at most `batchSize`. */
  readEvents(filter: EventFilter, batchSize: number): AsyncIterable<EventRow[]>;
  /** Counts a plan's events after a position. */
  countEvents(plan: string, afterPosition: number): Promise<number>;
  /**
   * Listens for other processes' commits (PostgreSQL `LISTEN`); absent when
   * the adapter cannot (then only this process's appends are told). Answers
   * the function that stops listening.
   */
  listen?(onChange: (change: LogChange) => void): Promise<() => Promise<void>>;
  /** Runs `task` under the plan's lock across processes (PostgreSQL advisory lock); absent: `task` runs as it is. */
  lockPlan?<T>(plan: string, task: () => Promise<T>): Promise<T>;
}

/** Plan versions and snapshots of an adapter. */
export interface PlanBackend {
  /** Inserts a plan version under a lock: `build` sees the latest row and returns the new row, or null to keep it. */
  savePlan(
    plan: string,
    build: (latest: PlanRow | null) => PlanRow | null,
  ): Promise<{ row: PlanRow; inserted: boolean }>;
  getPlan(plan: string, version?: number): Promise<PlanRow | null>;
  /** Versions of one plan (oldest first), or the latest version of every plan. */
  listPlans(plan?: string): Promise<Omit<PlanRow, "body">[]>;

  saveSnapshot(row: SnapshotRow): Promise<void>;
  latestSnapshot(
    plan: string,
    stream: string,
    machineVersion: string | undefined,
  ): Promise<SnapshotRow | null>;
}

/** Users and sessions of an adapter. */
export interface AccountBackend {
  insertUser(row: UserRow): Promise<void>;
  getUser(by: { id: string } | { username: string }): Promise<UserRow | null>;
  listUsers(): Promise<UserRow[]>;
  updateUser(row: UserRow): Promise<void>;
  insertSession(row: SessionRow): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRow | null>;
  deleteSessions(by: { tokenHash: string } | { userId: string } | { expiredBefore: string }): Promise<number>;
}

/**
 * What an adapter implements: storage primitives only, in three parts (the
 * event log, plans and snapshots, accounts). The shared logic (validation,
 * hashing, idempotency, accounts, snapshots) lives in `createStore`'s parts.
 */
export interface Backend extends EventBackend, PlanBackend, AccountBackend {
  kind: StoreKind;
  url: string;
  schema: { from: number; to: number; applied: number[]; latest: number };
  backup(file: string): Promise<void>;
  close(): Promise<void>;
}
