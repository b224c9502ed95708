import type { ApplyResult, LifecycleError, PlanEvent, PlanRuntime } from "@kehoach/core";
import { normalizeText } from "./normalizeText";
import type { AppendOutcome, Store, StoredEvent } from "./Store";

/** How many times an event is checked and appended when other processes keep writing to its activity first. */
export const SUBMIT_ATTEMPTS = 5;

/** What a submit answers (see `StorePlanRuntime.submit`). */
export type SubmitResult =
  | { ok: true; event: StoredEvent; duplicate: boolean }
  | { ok: false; error: LifecycleError }
  | { ok: false; conflict: { vi: string; en: string } };

/** Options of a submit (see `StorePlanRuntime.submit`). */
export interface SubmitOptions {
  /**
   * The event's time, taken when it is checked (after the log was read,
   * holding the plan's write lock) instead of when it was made: events
   * stamped by several processes are then dated in the order they are
   * stored, and none is refused as dated before another's (`lifecycle.out-of-order`).
   */
  stamp?: () => string;
}

/** A submitted event waiting for its group's commit. */
export interface PendingSubmit extends SubmitOptions {
  event: PlanEvent;
  /** Commits already lost to another process's write to the same activity. */
  lost: number;
  resolve(result: SubmitResult): void;
  reject(error: unknown): void;
}

/** The plan runtime a group is committed through: its state now, and how it reads, adds and rebuilds. */
export interface GroupCommitContext {
  store: Store;
  planId: string;
  runtime(): PlanRuntime<StoredEvent>;
  streamVersion(activity: string): number;
  add(record: StoredEvent): ApplyResult;
  /** Reads what was appended since the last read: fills in this runtime's provisional records, adds the others'. */
  readNew(): Promise<void>;
  /**
   * Takes a committed group's stored events (in position order) as `readNew` would read them: at once when they
   * directly follow what was read, else by reading the log.
   */
  takeCommitted(events: readonly StoredEvent[]): Promise<void>;
  /** Rebuilds the runtime from the log. */
  reload(): Promise<void>;
}

interface Accepted {
  pending: PendingSubmit;
  record: StoredEvent;
}

/** Same-activity events next to each other (first appearance order), so the log keeps each activity's in one run. */
function byActivity(group: readonly PendingSubmit[]): PendingSubmit[] {
  const runs = new Map<string, PendingSubmit[]>();
  for (const p of group) {
    const run = runs.get(p.event.activity);
    if (run) run.push(p);
    else runs.set(p.event.activity, [p]);
  }
  return [...runs.values()].flat();
}

/**
 * Checks each event of the group with the engine in order, each against the
 * state the ones before it left (applied at once, provisionally), and
 * appends the accepted ones with `store.appendMany`: one transaction, one
 * commit, each activity's events as one batch with the version the runtime
 * knew. Every submit is answered only after that commit. Answers the submits
 * to try again: those whose activity another process wrote to first (the
 * runtime is rebuilt from the log then).
 */
export async function commitGroup(
  ctx: GroupCommitContext,
  group: readonly PendingSubmit[],
): Promise<PendingSubmit[]> {
  await ctx.readNew();
  const accepted: Accepted[] = [];
  const echoes: { pending: PendingSubmit; record: StoredEvent }[] = [];
  const mine = new Map<string, StoredEvent>();
  const firstVersion = new Map<string, number>();
  let broken = false;
  for (const pending of byActivity(group)) {
    const event = normalizeText(pending.stamp ? { ...pending.event, at: pending.stamp() } : pending.event);
    const known = ctx.runtime().find(event.id);
    if (known && mine.has(event.id)) echoes.push({ pending, record: known });
    if (known) {
      if (!mine.has(event.id)) pending.resolve({ ok: true, event: known, duplicate: true });
      continue;
    }
    const checked = ctx.runtime().check(event);
    if (!checked.ok) {
      pending.resolve({ ok: false, error: checked.error });
      continue;
    }
    const version = ctx.streamVersion(event.activity);
    if (!firstVersion.has(event.activity)) firstVersion.set(event.activity, version);
    // Filled in from the stored row once committed.
    const record: StoredEvent = {
      position: 0,
      plan: ctx.planId,
      planVersion: null,
      streamVersion: version + 1,
      recordedAt: "",
      prevHash: "",
      hash: "",
      event,
    };
    if (!ctx.add(record).ok) broken = true;
    mine.set(event.id, record);
    accepted.push({ pending, record });
  }
  if (accepted.length === 0) return [];

  const activities = [...firstVersion.keys()];
  let outcomes: AppendOutcome[];
  try {
    outcomes = await ctx.store.appendMany(
      activities.map((activity) => ({
        plan: ctx.planId,
        activity,
        events: accepted.filter((a) => a.record.event.activity === activity).map((a) => a.record.event),
        expectedVersion: firstVersion.get(activity) ?? 0,
      })),
    );
  } catch (error) {
    await ctx.reload();
    for (const a of [...accepted, ...echoes]) a.pending.reject(error);
    return [];
  }
  // Activities another process wrote to first (tried again), and those refused otherwise (answered with the error).
  const lost = new Set<string>();
  const refused = new Set<string>();
  for (const [i, activity] of activities.entries()) {
    const outcome = outcomes[i];
    if (outcome?.ok) continue;
    broken = true;
    if (outcome?.error.code === "event.version-conflict") {
      lost.add(activity);
      continue;
    }
    refused.add(activity);
    for (const a of accepted) if (a.record.event.activity === activity) a.pending.reject(outcome?.error);
  }
  // Unless the runtime must be rebuilt, the group's own stored events (in position order) are what a read would give.
  const stored = broken ? null : outcomes.flatMap((o) => (o.ok ? o.events : []));
  return finishGroup(
    ctx,
    accepted.filter((a) => !refused.has(a.record.event.activity)),
    echoes,
    lost,
    stored,
  );
}

/**
 * Takes the committed events (the group's own stored events, which the append
 * answered, or the log read again when others came between), answers the
 * submits, and rebuilds the runtime when `stored` is null (a refused or lost append).
 */
async function finishGroup(
  ctx: GroupCommitContext,
  accepted: readonly Accepted[],
  echoes: readonly { pending: PendingSubmit; record: StoredEvent }[],
  lost: ReadonlySet<string>,
  stored: readonly StoredEvent[] | null,
): Promise<PendingSubmit[]> {
  const retry: PendingSubmit[] = [];
  const lostOnes = accepted.filter((a) => lost.has(a.record.event.activity));
  if (stored === null) await ctx.reload();
  else if (stored.length === accepted.length) await ctx.takeCommitted(stored);
  else await ctx.readNew();
  for (const a of accepted) {
    if (lost.has(a.record.event.activity)) continue;
    const stored = ctx.runtime().find(a.record.event.id);
    if (!stored) throw new Error(`event ${a.record.event.id} was appended but could not be read back`);
    a.pending.resolve({ ok: true, event: stored, duplicate: false });
  }
  for (const e of echoes) {
    const stored = ctx.runtime().find(e.record.event.id);
    if (stored) e.pending.resolve({ ok: true, event: stored, duplicate: true });
    else retry.push(e.pending);
  }
  for (const a of lostOnes) {
    if (a.pending.lost + 1 < SUBMIT_ATTEMPTS) retry.push({ ...a.pending, lost: a.pending.lost + 1 });
    else {
      a.pending.resolve({
        ok: false,
        conflict: {
          vi: `xung đột phiên bản: hoạt động "${a.record.event.activity}" vừa được tiến trình khác cập nhật; hãy tải lại rồi thử lại`,
          en: `version conflict: activity "${a.record.event.activity}" was just updated by another process; reload and retry`,
        },
      });
    }
  }
  return retry;
}
