import { z } from "zod";
import type { SnapshotRow } from "./backend/Backend";
import { canonicalJson } from "./canonicalJson";
import type { LoadedState, Snapshot, SnapshotPolicy, Store } from "./Store";
import { type StoreContext, StoreIdSchema } from "./StoreContext";
import { StoreError } from "./StoreError";
import { readStoredBatches } from "./storeEvents";
import { validateInput } from "./validateInput";

/** Validates a {@link SnapshotPolicy}. */
export const SnapshotPolicySchema = z.object({
  every: z.number().int().positive(),
  machineVersion: z.string().min(1),
  reduce: z.custom<SnapshotPolicy["reduce"]>((v) => typeof v === "function", "reduce must be a function"),
});
const SnapshotInputSchema = z.object({
  plan: StoreIdSchema,
  stream: z.string().max(200).default(""),
  version: z.number().int().nonnegative(),
  machineVersion: z.string().min(1),
  data: z.unknown(),
});

/** The snapshot operations of a store, and the hook that writes a snapshot every `policy.every` events. */
export type StoreSnapshots = Pick<Store, "saveSnapshot" | "latestSnapshot" | "loadState"> & {
  afterAppend(plan: string, appended: number): Promise<void>;
};

/**
 * Snapshots: stored and read as canonical JSON; `loadState` folds the events
 * after the latest one; with a default `policy`, a plan snapshot is written
 * after every `policy.every` new events of the plan.
 */
export function storeSnapshots(ctx: StoreContext, policy: SnapshotPolicy | undefined): StoreSnapshots {
  const { backend } = ctx;
  const sinceSnapshot = new Map<string, number>();

  const loadState = <S>(plan: string, given?: SnapshotPolicy<S>) =>
    loadPlanState(ctx, plan, (given ?? policy) as SnapshotPolicy<S> | undefined);

  async function afterAppend(plan: string, appended: number): Promise<void> {
    if (!policy || appended === 0) return;
    let count = sinceSnapshot.get(plan);
    if (count === undefined) {
      const latest = await backend.latestSnapshot(plan, "", policy.machineVersion);
      count = await backend.countEvents(plan, latest?.version ?? 0);
    } else {
      count += appended;
    }
    sinceSnapshot.set(plan, count);
    if (count < policy.every) return;
    const loaded = await loadState(plan, policy);
    await backend.saveSnapshot({
      plan,
      stream: "",
      version: loaded.position,
      machineVersion: policy.machineVersion,
      data: canonicalJson(loaded.state ?? null),
      createdAt: ctx.now().toISOString(),
    });
    sinceSnapshot.set(plan, 0);
  }

  return {
    async saveSnapshot(input) {
      ctx.assertOpen();
      const s = validateInput(SnapshotInputSchema, input, "snapshot");
      const row: SnapshotRow = {
        plan: s.plan,
        stream: s.stream,
        version: s.version,
        machineVersion: s.machineVersion,
        data: canonicalJson(s.data ?? null),
        createdAt: ctx.now().toISOString(),
      };
      await backend.saveSnapshot(row);
      if (s.stream === "") sinceSnapshot.delete(s.plan);
      return toSnapshot(row);
    },
    async latestSnapshot(plan, options = {}) {
      ctx.assertOpen();
      validateInput(StoreIdSchema, plan, "plan id");
      const o = validateInput(
        z.object({ stream: z.string().max(200).default(""), machineVersion: z.string().optional() }),
        options,
        "snapshot options",
      );
      const row = await backend.latestSnapshot(plan, o.stream, o.machineVersion);
      return row ? toSnapshot(row) : null;
    },
    loadState,
    afterAppend,
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

/** A plan's state: the latest snapshot for the policy's machine version, plus the events after it folded in. */
async function loadPlanState<S>(
  ctx: StoreContext,
  plan: string,
  p: SnapshotPolicy<S> | undefined,
): Promise<LoadedState<S>> {
  ctx.assertOpen();
  validateInput(StoreIdSchema, plan, "plan");
  if (!p) {
    throw new StoreError("store.bad-input", {
      vi: "cần một chính sách ảnh chụp (reduce) để tải trạng thái",
      en: "loading a state needs a snapshot policy (reduce)",
    });
  }
  validateInput(SnapshotPolicySchema, p, "snapshot policy");
  const snap = await ctx.backend.latestSnapshot(plan, "", p.machineVersion);
  let state = snap ? (JSON.parse(snap.data) as S) : undefined;
  let position = snap?.version ?? 0;
  let eventsRead = 0;
  for await (const batch of readStoredBatches(ctx, { plan, afterPosition: position })) {
    state = p.reduce(state, batch);
    eventsRead += batch.length;
    position = batch[batch.length - 1]?.position ?? position;
  }
  const snapshot = snap ? { version: snap.version, createdAt: snap.createdAt } : null;
  return { state, position, snapshot, eventsRead };
}
