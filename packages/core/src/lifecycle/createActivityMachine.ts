import { initialLifecycleContext } from "./LifecycleContext";
import type { LifecycleExtension, LifecycleStep } from "./LifecycleExtension";
import { type LifecycleStateConfig, type LifecycleTransition, lifecycleSetup, step } from "./lifecycleSetup";
import { validateLifecycleExtension } from "./validateLifecycleExtension";

/** Version of the core activity lifecycle; an extension appends its steps ("1+reported>approved"). */
export const ACTIVITY_MACHINE_VERSION = "1";

/** Events that move along the main chain; a plugin step takes them over from the state it follows. */
const coreForwardEvents = ["START", "REPORT", "REWARD"];

function baseStates(): Record<string, LifecycleStateConfig> {
  return {
    planned: { on: { START: step("inProgress"), EXTEND: step(), CANCEL: step("cancelled") } },
    inProgress: {
      on: { PROGRESS: step(), REPORT: step("reported"), EXTEND: step(), CANCEL: step("cancelled") },
    },
    reported: { on: { RETURN: step("inProgress"), REWARD: step("rewarded"), CANCEL: step("cancelled") } },
    rewarded: { type: "final" },
    cancelled: { type: "final" },
  };
}

function insertStep(
  states: Record<string, LifecycleStateConfig>,
  s: LifecycleStep,
  forwardEvents: Set<string>,
): void {
  const after = states[s.after]!;
  const on = after.on ?? {};
  const kept: Record<string, LifecycleTransition> = {};
  for (const [event, t] of Object.entries(on)) {
    if (!forwardEvents.has(event)) kept[event] = t;
  }
  forwardEvents.add(s.event);
  kept[s.event] = {
    target: s.state,
    guard: "valid",
    actions: { type: "recordStep", params: { step: s.state } },
  };
  states[s.state] = { on: { ...on } };
  states[s.after] = { on: kept };
}

/** The machine version for an extension: "1", or "1+reported>approved" with steps. */
export function activityMachineVersion(extension?: LifecycleExtension): string {
  const steps = extension?.steps ?? [];
  return steps.length === 0
    ? ACTIVITY_MACHINE_VERSION
    : `${ACTIVITY_MACHINE_VERSION}+${steps.map((s) => `${s.after}>${s.state}:${s.event}`).join(",")}`;
}

/**
 * Builds the activity lifecycle machine, with a plugin's extra steps inserted:
 * `planned` → START → `inProgress` → REPORT → `reported` → REWARD → `rewarded`;
 * RETURN sends `reported` back to `inProgress`; CANCEL ends any non-final
 * state; PROGRESS and EXTEND stay in place. A step `{ state: "approved",
 * after: "reported", event: "APPROVE" }` makes `reported` → APPROVE →
 * `approved` → REWARD → `rewarded`, RETURN and CANCEL staying possible from both.
 *
 * @throws {TypeError} when the extension is invalid (a developer error): use
 *   {@link validateLifecycleExtension} to get its diagnostics instead.
 */
export function createActivityMachine(extension?: LifecycleExtension) {
  const diagnostics = extension ? validateLifecycleExtension(extension) : [];
  if (diagnostics.length > 0) {
    throw new TypeError(`invalid lifecycle extension: ${diagnostics.map((d) => d.en).join("; ")}`);
  }
  const states = baseStates();
  const forwardEvents = new Set(coreForwardEvents);
  for (const s of extension?.steps ?? []) insertStep(states, s, forwardEvents);
  return lifecycleSetup.createMachine({
    id: "activity" as string,
    version: activityMachineVersion(extension),
    initial: "planned",
    context: initialLifecycleContext,
    states,
  });
}

/** The core activity machine, without extensions. */
export const activityMachine = createActivityMachine();

/** The type of an activity machine (core or extended: extensions add states, not types). */
export type ActivityMachine = typeof activityMachine;
