import type { Diagnostic } from "../model/Diagnostic";

/** Thrown by `createPlanEngine` and `createPlanRuntime` when the plan, the options, the plugins or the snapshot are invalid. */
export class PlanEngineError extends Error {
  /** Every problem, located and in Vietnamese and English. */
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.en).join("; "));
    this.name = "PlanEngineError";
    this.diagnostics = diagnostics;
  }
}
