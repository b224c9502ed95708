import { z } from "zod";
import { storeSessions } from "./accounts/storeSessions";
import { storeUsers } from "./accounts/storeUsers";
import type { Backend } from "./backend/Backend";
import type { SnapshotPolicy, Store } from "./Store";
import type { StoreContext } from "./StoreContext";
import { StoreError } from "./StoreError";
import { storeEvents } from "./storeEvents";
import { storePlans } from "./storePlans";
import { SnapshotPolicySchema, storeSnapshots } from "./storeSnapshots";
import { storeWatch } from "./storeWatch";
import { validateInput } from "./validateInput";

/** Options every adapter takes. */
export interface StoreOptions {
  /** Write a plan snapshot every N events, folded with this policy (see {@link SnapshotPolicy}). */
  snapshots?: SnapshotPolicy;
  /** Default session lifetime in milliseconds (default 8 hours). */
  sessionTtlMs?: number;
  /** The clock (tests). */
  now?: () => Date;
}

/**
 * Builds a {@link Store} over an adapter's storage primitives. Everything that
 * must behave the same on every adapter lives in the parts it assembles:
 * plans (`storePlans`), the event log (`storeEvents`), snapshots
 * (`storeSnapshots`), users and sessions (`accounts/`): validation, NFC
 * normalisation, hashing, idempotency, version checks.
 */
export function createStore(backend: Backend, options: StoreOptions = {}): Store {
  const policy = options.snapshots
    ? validateInput(SnapshotPolicySchema, options.snapshots, "snapshots")
    : undefined;
  let closed = false;
  const ctx: StoreContext = {
    backend,
    now: options.now ?? (() => new Date()),
    assertOpen() {
      if (closed)
        throw new StoreError("store.closed", { vi: "kho dữ liệu đã đóng", en: "the store is closed" });
    },
  };
  const { afterAppend, ...snapshots } = storeSnapshots(ctx, policy);
  const { committed, close: stopWatching, ...watch } = storeWatch(ctx);
  const sessionTtlMs = options.sessionTtlMs ?? 8 * 60 * 60 * 1000;
  return {
    kind: backend.kind,
    url: backend.url,
    schema: backend.schema,
    ...storePlans(ctx),
    ...storeEvents(ctx, { committed, afterAppend }),
    ...watch,
    ...snapshots,
    accounts: { ...storeUsers(ctx), ...storeSessions(ctx, sessionTtlMs) },
    async backup(file) {
      ctx.assertOpen();
      const target = validateInput(z.string().min(1), file, "backup file");
      await backend.backup(target);
      return { file: target };
    },
    async close() {
      if (closed) return;
      closed = true;
      await stopWatching();
      await backend.close();
    },
  };
}
