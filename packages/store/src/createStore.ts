import { createHash, randomBytes, randomUUID } from "node:crypto";
import { type Plan, type PlanEvent, PlanEventSchema, PlanSchema } from "@kehoach/core";
import { z } from "zod";
import {
  type Account,
  AccountInputSchema,
  AccountPatchSchema,
  type Role,
  RoleSchema,
  type Session,
} from "./accounts/Account";
import { hashPassword, verifyPassword } from "./accounts/passwordHash";
import type { Backend, PlanRow, SnapshotRow, UserRow } from "./backend/Backend";
import { canonicalJson } from "./canonicalJson";
import { normalizeText } from "./normalizeText";
import { planAppend } from "./planAppend";
import { rowToStoredEvent } from "./rowToStoredEvent";
import type {
  AccountStore,
  AppendInput,
  LoadedState,
  ReadEventsOptions,
  Snapshot,
  SnapshotPolicy,
  Store,
  StoredEvent,
} from "./Store";
import { StoreError } from "./StoreError";
import { validateInput } from "./validateInput";
import { verifyChain } from "./verify/verifyChain";

/** Options every adapter takes. */
export interface StoreOptions {
  /** Write a plan snapshot every N events, folded with this policy (see {@link SnapshotPolicy}). */
  snapshots?: SnapshotPolicy;
  /** Default session lifetime in milliseconds (default 8 hours). */
  sessionTtlMs?: number;
  /** The clock (tests). */
  now?: () => Date;
}

const idSchema = z.string().min(1).max(200);
const expectedVersionSchema = z.union([
  z.number().int().nonnegative(),
  z.enum(["any", "no-stream", "stream-exists"]),
]);
const appendSchema = z.object({
  plan: idSchema,
  activity: idSchema,
  events: z.array(PlanEventSchema).min(1).max(100_000),
  expectedVersion: expectedVersionSchema.default("any"),
  planVersion: z.number().int().positive().optional(),
});
const readSchema = z.object({
  plan: idSchema.optional(),
  activity: idSchema.optional(),
  afterPosition: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().optional(),
  batchSize: z.number().int().positive().max(100_000).default(5000),
});
const snapshotSchema = z.object({
  plan: idSchema,
  stream: z.string().max(200).default(""),
  version: z.number().int().nonnegative(),
  machineVersion: z.string().min(1),
  data: z.unknown(),
});
const policySchema = z.object({
  every: z.number().int().positive(),
  machineVersion: z.string().min(1),
  reduce: z.custom<SnapshotPolicy["reduce"]>((v) => typeof v === "function", "reduce must be a function"),
});

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function toAccount(row: UserRow): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    unit: row.unit,
    ward: row.ward,
    disabled: row.disabled,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toSnapshot(row: SnapshotRow): Snapshot {
  return {
    plan: row.plan,
    stream: row.stream,
    version: row.version,
    machineVersion: row.machineVersion,
    data: JSON.parse(row.data) as unknown,
    createdAt: row.createdAt,
  };
}

/** A hash to compare against when a user does not exist, so that both paths take the same time. */
let dummyHash: Promise<string> | undefined;

/**
 * Builds a {@link Store} over an adapter's storage primitives. Everything that
 * must behave the same on every adapter lives here: validation, NFC
 * normalisation, hashing, idempotency, version checks, snapshots, accounts.
 */
export function createStore(backend: Backend, options: StoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const sessionTtlMs = options.sessionTtlMs ?? 8 * 60 * 60 * 1000;
  const defaultPolicy = options.snapshots
    ? validateInput(policySchema, options.snapshots, "snapshots")
    : undefined;
  const sinceSnapshot = new Map<string, number>();
  let closed = false;

  const open = () => {
    if (closed) {
      throw new StoreError("store.closed", { vi: "kho dữ liệu đã đóng", en: "the store is closed" });
    }
  };

  async function* readBatches(options: ReadEventsOptions = {}): AsyncIterable<StoredEvent[]> {
    open();
    const o = validateInput(readSchema, options, "readEvents");
    if (o.activity !== undefined && o.plan === undefined) {
      throw new StoreError("store.bad-input", {
        vi: "đọc theo hoạt động cần có mã kế hoạch",
        en: "reading by activity needs a plan id",
      });
    }
    for await (const rows of backend.readEvents(
      { plan: o.plan, activity: o.activity, afterPosition: o.afterPosition, limit: o.limit },
      o.batchSize,
    )) {
      yield rows.map(rowToStoredEvent);
    }
  }

  async function maybeSnapshot(plan: string, appended: number): Promise<void> {
    if (!defaultPolicy || appended === 0) return;
    let count = sinceSnapshot.get(plan);
    if (count === undefined) {
      const latest = await backend.latestSnapshot(plan, "", defaultPolicy.machineVersion);
      count = await backend.countEvents(plan, latest?.version ?? 0);
    } else {
      count += appended;
    }
    sinceSnapshot.set(plan, count);
    if (count >= defaultPolicy.every) {
      const loaded = await loadState(plan, defaultPolicy);
      await backend.saveSnapshot({
        plan,
        stream: "",
        version: loaded.position,
        machineVersion: defaultPolicy.machineVersion,
        data: canonicalJson(loaded.state ?? null),
        createdAt: now().toISOString(),
      });
      sinceSnapshot.set(plan, 0);
    }
  }

  async function loadState<S>(plan: string, policy?: SnapshotPolicy<S>): Promise<LoadedState<S>> {
    open();
    validateInput(idSchema, plan, "plan");
    const p = (policy ?? defaultPolicy) as SnapshotPolicy<S> | undefined;
    if (!p) {
      throw new StoreError("store.bad-input", {
        vi: "cần một chính sách ảnh chụp (reduce) để tải trạng thái",
        en: "loading a state needs a snapshot policy (reduce)",
      });
    }
    validateInput(policySchema, p, "snapshot policy");
    const snap = await backend.latestSnapshot(plan, "", p.machineVersion);
    let state = snap ? (JSON.parse(snap.data) as S) : undefined;
    let position = snap?.version ?? 0;
    let eventsRead = 0;
    for await (const batch of readBatches({ plan, afterPosition: position })) {
      state = p.reduce(state, batch);
      eventsRead += batch.length;
      position = batch[batch.length - 1]?.position ?? position;
    }
    return {
      state,
      position,
      snapshot: snap ? { version: snap.version, createdAt: snap.createdAt } : null,
      eventsRead,
    };
  }

  const accounts: AccountStore = {
    async create(input) {
      open();
      const a = validateInput(AccountInputSchema, input, "account");
      const ward = a.ward ?? null;
      const unit = a.unit ?? (a.role === "ward-officer" && ward ? `ubnd-phuong-${ward}` : null);
      const at = now().toISOString();
      const row: UserRow = {
        id: randomUUID(),
        username: a.username,
        displayName: (a.displayName ?? a.username).normalize("NFC"),
        role: a.role,
        unit,
        ward,
        passwordHash: await hashPassword(a.password),
        disabled: false,
        createdAt: at,
        updatedAt: at,
      };
      await backend.insertUser(row);
      return toAccount(row);
    },
    async get(id) {
      open();
      const row = await backend.getUser({ id: validateInput(idSchema, id, "user id") });
      return row ? toAccount(row) : null;
    },
    async findByUsername(username) {
      open();
      const name = validateInput(z.string(), username, "username").trim().normalize("NFC").toLowerCase();
      const row = await backend.getUser({ username: name });
      return row ? toAccount(row) : null;
    },
    async list() {
      open();
      return (await backend.listUsers()).map(toAccount);
    },
    async update(id, patch) {
      open();
      const p = validateInput(AccountPatchSchema, patch, "account patch");
      const row = await backend.getUser({ id: validateInput(idSchema, id, "user id") });
      if (!row) throw accountNotFound(id);
      const next: UserRow = {
        ...row,
        displayName: p.displayName?.normalize("NFC") ?? row.displayName,
        role: p.role ?? row.role,
        unit: p.unit === undefined ? row.unit : p.unit,
        ward: p.ward === undefined ? row.ward : p.ward,
        disabled: p.disabled ?? row.disabled,
        updatedAt: now().toISOString(),
      };
      validateInput(
        RoleSchema.refine((role) => role === "viewer" || role === "ward-officer" || next.unit !== null, {
          message: "this role needs a unit",
          params: { vi: "vai trò này cần một đơn vị" },
        }).refine((role) => role !== "ward-officer" || next.ward !== null, {
          message: "a ward officer needs a ward",
          params: { vi: "cán bộ phường cần một phường" },
        }),
        next.role,
        "account patch",
      );
      await backend.updateUser(next);
      if (next.disabled) await backend.deleteSessions({ userId: id });
      return toAccount(next);
    },
    async setPassword(id, password) {
      open();
      const pw = validateInput(z.string().min(8).max(1024), password, "password");
      const row = await backend.getUser({ id: validateInput(idSchema, id, "user id") });
      if (!row) throw accountNotFound(id);
      await backend.updateUser({
        ...row,
        passwordHash: await hashPassword(pw),
        updatedAt: now().toISOString(),
      });
      await backend.deleteSessions({ userId: id });
    },
    async authenticate(username, password) {
      open();
      const name = validateInput(z.string().max(256), username, "username")
        .trim()
        .normalize("NFC")
        .toLowerCase();
      const pw = validateInput(z.string().max(1024), password, "password");
      const row = await backend.getUser({ username: name });
      if (!row) {
        dummyHash ??= hashPassword("kehoach-dummy-password");
        await verifyPassword(pw, await dummyHash);
        return null;
      }
      const ok = await verifyPassword(pw, row.passwordHash);
      return ok && !row.disabled ? toAccount(row) : null;
    },
    async createSession(userId, sessionOptions = {}) {
      open();
      const o = validateInput(
        z.object({ ttlMs: z.number().int().positive().optional(), now: z.date().optional() }),
        sessionOptions,
        "session options",
      );
      const row = await backend.getUser({ id: validateInput(idSchema, userId, "user id") });
      if (!row) throw accountNotFound(userId);
      if (row.disabled) {
        throw new StoreError("store.bad-input", {
          vi: `tài khoản "${row.username}" đã bị khóa`,
          en: `account "${row.username}" is disabled`,
        });
      }
      const start = o.now ?? now();
      const token = randomBytes(32).toString("base64url");
      const session: Session = {
        token,
        userId: row.id,
        createdAt: start.toISOString(),
        expiresAt: new Date(start.getTime() + (o.ttlMs ?? sessionTtlMs)).toISOString(),
      };
      await backend.insertSession({
        tokenHash: sha256(token),
        userId: row.id,
        createdAt: session.createdAt,
        expiresAt: session.expiresAt,
      });
      return session;
    },
    async getSession(token, at) {
      open();
      if (typeof token !== "string" || token.length === 0 || token.length > 200) return null;
      const row = await backend.getSession(sha256(token));
      if (!row) return null;
      if (row.expiresAt <= (at ?? now()).toISOString()) {
        await backend.deleteSessions({ tokenHash: row.tokenHash });
        return null;
      }
      const user = await backend.getUser({ id: row.userId });
      if (!user || user.disabled) return null;
      return { account: toAccount(user), expiresAt: row.expiresAt };
    },
    async revokeSession(token) {
      open();
      if (typeof token !== "string" || token.length === 0) return;
      await backend.deleteSessions({ tokenHash: sha256(token) });
    },
    async purgeExpiredSessions(at) {
      open();
      return backend.deleteSessions({ expiredBefore: (at ?? now()).toISOString() });
    },
  };

  const store: Store = {
    kind: backend.kind,
    url: backend.url,
    schema: backend.schema,

    async savePlan(plan, saveOptions = {}) {
      open();
      const p: Plan = normalizeText(validateInput(PlanSchema, plan, "plan"));
      const note = validateInput(
        z.object({ note: z.string().max(2000).optional() }),
        saveOptions,
        "options",
      ).note;
      const body = canonicalJson(p);
      const hash = sha256(body);
      const { row, inserted } = await backend.savePlan(p.id, (latest: PlanRow | null) =>
        latest && latest.hash === hash
          ? null
          : {
              plan: p.id,
              version: (latest?.version ?? 0) + 1,
              title: p.title,
              hash,
              body,
              createdAt: now().toISOString(),
              note: note?.normalize("NFC") ?? null,
            },
      );
      return {
        plan: row.plan,
        version: row.version,
        title: row.title,
        hash: row.hash,
        createdAt: row.createdAt,
        note: row.note,
        unchanged: !inserted,
      };
    },
    async getPlan(id, version) {
      open();
      validateInput(idSchema, id, "plan id");
      if (version !== undefined) validateInput(z.number().int().positive(), version, "plan version");
      const row = await backend.getPlan(id, version);
      return row ? PlanSchema.parse(JSON.parse(row.body)) : null;
    },
    async listPlans(id) {
      open();
      if (id !== undefined) validateInput(idSchema, id, "plan id");
      return (await backend.listPlans(id)).map((row) => ({
        plan: row.plan,
        version: row.version,
        title: row.title,
        hash: row.hash,
        createdAt: row.createdAt,
        note: row.note,
      }));
    },

    async append(input: AppendInput) {
      open();
      const a = validateInput(appendSchema, input, "append");
      const events: PlanEvent[] = a.events.map((event) => normalizeText(event));
      const ids = new Set<string>();
      for (const [index, event] of events.entries()) {
        if (event.activity !== a.activity.normalize("NFC")) {
          throw new StoreError(
            "store.bad-input",
            {
              vi: `sự kiện ${index + 1} ("${event.id}") thuộc hoạt động "${event.activity}", không phải "${a.activity}"`,
              en: `event ${index + 1} ("${event.id}") belongs to activity "${event.activity}", not "${a.activity}"`,
            },
            { index, eventId: event.id },
          );
        }
        if (ids.has(event.id)) {
          throw new StoreError(
            "store.bad-input",
            {
              vi: `mã sự kiện "${event.id}" lặp lại trong lô`,
              en: `event id "${event.id}" repeats in the batch`,
            },
            { index, eventId: event.id },
          );
        }
        ids.add(event.id);
      }
      const plan = a.plan.normalize("NFC");
      const activity = a.activity.normalize("NFC");
      const recordedAt = now().toISOString();
      const { result } = await backend.append({ plan, activity, ids: [...ids] }, (state) =>
        planAppend(state, {
          plan,
          activity,
          events,
          expectedVersion: a.expectedVersion,
          planVersion: a.planVersion,
          recordedAt,
        }),
      );
      await maybeSnapshot(plan, result.appended);
      return result;
    },
    async streamVersion(plan, activity) {
      open();
      return backend.streamVersion(
        validateInput(idSchema, plan, "plan id").normalize("NFC"),
        validateInput(idSchema, activity, "activity id").normalize("NFC"),
      );
    },
    async headPosition() {
      open();
      return (await backend.head()).position;
    },
    async *readEvents(options) {
      for await (const batch of readBatches(options)) yield* batch;
    },
    readEventBatches: readBatches,
    async verify() {
      open();
      const head = await backend.head();
      return verifyChain(backend.readEvents({ afterPosition: 0 }, 5000), head);
    },

    async saveSnapshot(input) {
      open();
      const s = validateInput(snapshotSchema, input, "snapshot");
      const row: SnapshotRow = {
        plan: s.plan,
        stream: s.stream,
        version: s.version,
        machineVersion: s.machineVersion,
        data: canonicalJson(s.data ?? null),
        createdAt: now().toISOString(),
      };
      await backend.saveSnapshot(row);
      if (s.stream === "") sinceSnapshot.delete(s.plan);
      return toSnapshot(row);
    },
    async latestSnapshot(plan, snapshotOptions = {}) {
      open();
      validateInput(idSchema, plan, "plan id");
      const o = validateInput(
        z.object({ stream: z.string().max(200).default(""), machineVersion: z.string().optional() }),
        snapshotOptions,
        "snapshot options",
      );
      const row = await backend.latestSnapshot(plan, o.stream, o.machineVersion);
      return row ? toSnapshot(row) : null;
    },
    loadState,

    accounts,

    async backup(file) {
      open();
      const target = validateInput(z.string().min(1), file, "backup file");
      await backend.backup(target);
      return { file: target };
    },
    async close() {
      if (closed) return;
      closed = true;
      await backend.close();
    },
  };
  return store;
}

function accountNotFound(id: string): StoreError {
  return new StoreError("account.not-found", {
    vi: `không có tài khoản "${id}"`,
    en: `no account "${id}"`,
  });
}
