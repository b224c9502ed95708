import type { PlanEvent } from "../model/Event";
import { type FoldPoint, type FoldShape, PlanFold } from "./PlanFold";
import type { PlanState } from "./PlanState";

/** States kept by prefix length, for repeated `stateAt` calls on the same dates. */
const RECENT = 16;

/**
 * Answers "the state as of a cutoff" from an engine's accepted events without
 * replaying the whole log per call. The log is split into its head (the
 * longest prefix whose `at` never goes back) and its tail. As of a cutoff, the
 * head contributes a prefix (found by binary search) and the tail the events
 * dated up to the cutoff, in log order: exactly the fold of the events dated
 * up to the cutoff. Head prefixes are rebuilt from checkpoints taken every
 * `every` events (at least as many as the plan has machines, so checkpoints
 * cost no more than the events they cover) or from the last prefix asked
 * for, when the next one is later (a chart walking a year day by day).
 */
export class StateHistory {
  private readonly log: PlanEvent[] = [];
  private readonly ats: number[] = [];
  private head = 0;
  private readonly every: number;
  private readonly checkpoints: FoldPoint[];
  private cursor: PlanFold | null = null;
  private readonly recent = new Map<number, PlanState>();

  constructor(
    private readonly shape: FoldShape,
    machines: number,
    every = Math.max(1024, machines),
  ) {
    this.every = every;
    this.checkpoints = [new PlanFold(shape).point()];
  }

  /** Records an accepted event (in the order the engine accepted it). */
  push(event: PlanEvent): void {
    const at = Date.parse(event.at);
    if (this.head === this.log.length && (this.head === 0 || at >= this.ats[this.head - 1]!)) this.head++;
    this.log.push(event);
    this.ats.push(at);
  }

  /** The state as of `cutoff` (epoch ms); `live` is the engine's current fold. */
  stateAt(cutoff: number, live: PlanFold): PlanState {
    const k = this.headCount(cutoff);
    const tail = this.tailUpTo(cutoff);
    if (k === this.log.length) return live.state();
    if (tail.length === 0) return this.prefixState(k);
    const fold = new PlanFold(this.shape, this.prefixFold(k).point());
    for (const e of tail) fold.consume(e);
    return fold.state();
  }

  /** How many head events are dated up to the cutoff. */
  private headCount(cutoff: number): number {
    let lo = 0;
    let hi = this.head;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ats[mid]! <= cutoff) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private tailUpTo(cutoff: number): PlanEvent[] {
    const out: PlanEvent[] = [];
    for (let i = this.head; i < this.log.length; i++) if (this.ats[i]! <= cutoff) out.push(this.log[i]!);
    return out;
  }

  private prefixState(k: number): PlanState {
    const known = this.recent.get(k);
    if (known) return known;
    const state = this.prefixFold(k).state();
    if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(k, state);
    return state;
  }

  /** A fold of the first `k` head events (the cursor, moved there). */
  private prefixFold(k: number): PlanFold {
    const cursor = this.cursor;
    const nearest = Math.floor(k / this.every);
    if (cursor === null || cursor.consumed > k || cursor.consumed < nearest * this.every) {
      this.cursor = new PlanFold(this.shape, this.checkpoint(nearest));
    }
    const fold = this.cursor!;
    while (fold.consumed < k) fold.consume(this.log[fold.consumed]!);
    return fold;
  }

  /** The checkpoint after `j * every` head events, built from the previous ones as needed. */
  private checkpoint(j: number): FoldPoint {
    if (j < this.checkpoints.length) return this.checkpoints[j]!;
    const fold = new PlanFold(this.shape, this.checkpoints[this.checkpoints.length - 1]!);
    while (this.checkpoints.length <= j) {
      const end = this.checkpoints.length * this.every;
      while (fold.consumed < end) fold.consume(this.log[fold.consumed]!);
      this.checkpoints.push(fold.point());
    }
    return this.checkpoints[j]!;
  }
}
