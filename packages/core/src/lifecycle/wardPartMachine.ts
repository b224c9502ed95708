import { initialLifecycleContext } from "./LifecycleContext";
import { type LifecycleStateConfig, lifecycleSetup, step } from "./lifecycleSetup";

/** Version of {@link wardPartMachine}, stamped into snapshots. */
export const WARD_PART_MACHINE_VERSION = "1";

const states: Record<string, LifecycleStateConfig> = {
  planned: { on: { START: step("inProgress") } },
  inProgress: { on: { PROGRESS: step(), REPORT: step("reported") } },
  reported: { on: { RETURN: step("inProgress") } },
};

/**
 * A ward's share of an activity (activity 2.2: one part per ward and street):
 * `planned` → START → `inProgress` → REPORT → `reported`; RETURN sends a
 * report back. Only the ward's People's Committee starts, records progress
 * and reports; the issuer and the activity's leads return.
 */
export const wardPartMachine = lifecycleSetup.createMachine({
  id: "wardPart" as string,
  version: WARD_PART_MACHINE_VERSION,
  initial: "planned",
  context: initialLifecycleContext,
  states,
});
