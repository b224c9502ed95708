import { type CoreDiagnosticCode, coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import { WARD_PART_MACHINE_VERSION, wardPartMachine } from "../lifecycle/wardPartMachine";
import type { Diagnostic } from "../model/Diagnostic";
import type { PlanEvent } from "../model/Event";
import { PlanEngineError } from "./PlanEngineError";
import {
  type MachineSnapshotJson,
  type PlanEngineSnapshot,
  PlanEngineSnapshotSchema,
} from "./PlanEngineSnapshot";
import { type FoldShape, type MachineSnapshot, PlanFold, wardKey } from "./PlanFold";

/** What a snapshot restores: the fold and its events, or events to replay (another machine version). */
export type RestoredSnapshot =
  | { kind: "loaded"; fold: PlanFold; events: PlanEvent[] }
  | { kind: "replay"; events: PlanEvent[]; from: string };

function badState(id: string, path: (string | number)[]): PlanEngineError {
  const diagnostic: Diagnostic = {
    code: "engine.snapshot-state" satisfies CoreDiagnosticCode,
    severity: "error",
    vi: `bản chụp có trạng thái không hợp lệ cho "${id}"`,
    en: `the snapshot has an invalid state for "${id}"`,
    location: { path },
  };
  return new PlanEngineError([diagnostic]);
}

function resolve(
  machine: FoldShape["machine"] | typeof wardPartMachine,
  s: MachineSnapshotJson,
): MachineSnapshot {
  return machine.resolveState({ value: s.status, context: s.context }) as MachineSnapshot;
}

/**
 * Reads an engine snapshot: one of the same machine versions is loaded as is;
 * one of another version gives its events to replay.
 * @throws {PlanEngineError} when it is invalid or belongs to another plan.
 */
export function restoreSnapshot(shape: FoldShape, input: unknown): RestoredSnapshot {
  const parsed = PlanEngineSnapshotSchema.safeParse(input);
  if (!parsed.success) {
    const what = { vi: "bản chụp", en: "snapshot" };
    throw new PlanEngineError(coreZodDiagnostics("engine.invalid-snapshot", what, parsed.error.issues));
  }
  const snap = parsed.data;
  const { plan, machine, entries } = shape;
  if (snap.planId !== plan.id) {
    throw new PlanEngineError([
      {
        code: "engine.snapshot-plan" satisfies CoreDiagnosticCode,
        severity: "error",
        vi: `bản chụp thuộc kế hoạch "${snap.planId}", không phải "${plan.id}"`,
        en: `the snapshot belongs to plan "${snap.planId}", not "${plan.id}"`,
        location: { path: ["planId"] },
      },
    ]);
  }
  const events = [...snap.events];
  if (
    snap.machineVersion !== shape.machineVersion ||
    snap.wardPartMachineVersion !== WARD_PART_MACHINE_VERSION
  ) {
    return { kind: "replay", events, from: snap.machineVersion };
  }
  const fold = new PlanFold(shape);
  for (const [id, s] of Object.entries(snap.activities)) {
    if (!entries.has(id) || !machine.root.states[s.status]) throw badState(id, ["activities", id]);
    fold.snaps.set(id, resolve(machine, s));
  }
  for (const [id, parts] of Object.entries(snap.wardParts)) {
    for (const [ward, s] of Object.entries(parts)) {
      if (!entries.get(id)?.wardRoles.has(ward) || !wardPartMachine.root.states[s.status]) {
        throw badState(`${id}/${ward}`, ["wardParts", id, ward]);
      }
      fold.wardSnaps.set(wardKey(id, ward), resolve(wardPartMachine, s));
    }
  }
  fold.count = events.length;
  fold.lastEventAt = snap.lastEventAt;
  return { kind: "loaded", fold, events };
}

/** The JSON snapshot of a fold and its accepted events (see docs/lifecycle.md). */
export function writeSnapshot(
  shape: FoldShape,
  fold: PlanFold,
  events: readonly PlanEvent[],
): PlanEngineSnapshot {
  const activities: Record<string, MachineSnapshotJson> = {};
  for (const [id, s] of fold.snaps) activities[id] = { status: s.value as string, context: s.context };
  const wardParts: Record<string, Record<string, MachineSnapshotJson>> = {};
  for (const [key, s] of fold.wardSnaps) {
    const [activity, ward] = key.split("\u0000") as [string, string];
    wardParts[activity] ??= {};
    wardParts[activity][ward] = { status: s.value as string, context: s.context };
  }
  return JSON.parse(
    JSON.stringify({
      format: "kehoach.engine-snapshot",
      formatVersion: 1,
      planId: shape.plan.id,
      machineVersion: shape.machineVersion,
      wardPartMachineVersion: WARD_PART_MACHINE_VERSION,
      eventCount: events.length,
      lastEventAt: fold.lastEventAt,
      events,
      activities,
      wardParts,
    }),
  ) as PlanEngineSnapshot;
}
