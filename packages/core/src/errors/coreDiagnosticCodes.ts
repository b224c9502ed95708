import type { z } from "zod";
import { type LifecycleErrorCode, lifecycleErrorMessages } from "../lifecycle/LifecycleError";
import { createDiagnostic } from "./createDiagnostic";
import { zodIssuesToDiagnostics } from "./zodIssuesToDiagnostics";

/** zod's issue codes: `parsePlan` names each problem of a plan.json `plan.<zod code>`. */
const zodIssueCodes = [
  "invalid_type",
  "too_big",
  "too_small",
  "invalid_format",
  "not_multiple_of",
  "unrecognized_keys",
  "invalid_union",
  "invalid_key",
  "invalid_element",
  "invalid_value",
  "custom",
] as const satisfies readonly z.core.$ZodIssue["code"][];

/** The codes of core's own diagnostics (the lifecycle's are {@link lifecycleErrorMessages}' keys). */
const ownCodes = [
  "plan.invalid-json",
  "plan.duplicate-activity",
  "plan.unknown-parent",
  "plan.unknown-table",
  ...zodIssueCodes.map((code) => `plan.${code}` as const),
  "engine.invalid-plan",
  "engine.invalid-snapshot",
  "engine.invalid-as-of",
  "engine.snapshot-state",
  "engine.snapshot-plan",
  "registry.invalid",
  "registry.duplicate-unit",
  "registry.duplicate-ward",
  "registry.unknown-parent",
  "registry.unknown-member",
  "registry.unknown-district",
  "registry.ward-outside-district",
  "registry.alias-conflict",
  "registry.invalid-validity",
  "unit.unresolved",
  "unit.ambiguous",
  "unit.not-valid-at-date",
  "unit.invalid-text",
  "unit.invalid-options",
  "kehoach.invalid-options",
  "kehoach.duplicate-plugin",
  "kehoach.unit-conflict",
  "kehoach.ward-conflict",
  "kehoach.period-word-conflict",
  "kehoach.exporter-conflict",
  "kehoach.plan-conflict",
  "kehoach.unknown-unit",
  "plugin.invalid",
  "plugin.missing",
  "plugin.version-mismatch",
  "plugin.unknown-unit",
  "plugin.duplicate-plan",
  "query.invalid-options",
  "lifecycle.extension-invalid",
  "lifecycle.extension-after",
  "lifecycle.extension-state",
  "lifecycle.extension-event",
] as const satisfies readonly CoreDiagnosticCode[];

/** Compiles only when every code of the union is listed (in `ownCodes` or the lifecycle's messages). */
const listed: [Exclude<CoreDiagnosticCode, (typeof ownCodes)[number] | LifecycleErrorCode>] extends [never]
  ? true
  : never = true;
void listed;

/**
 * A code of a diagnostic `@kehoach/core` returns or throws (in a `KehoachError`
 * or `PlanEngineError`): plan.json problems (`plan.*`, one per zod issue code),
 * the engine's, the unit registry's and resolver's, `createKehoach`'s and the
 * plugins', the queries', and the lifecycle's ({@link LifecycleErrorCode}).
 */
export type CoreDiagnosticCode =
  | "plan.invalid-json"
  | "plan.duplicate-activity"
  | "plan.unknown-parent"
  | "plan.unknown-table"
  | "engine.invalid-plan"
  | "engine.invalid-snapshot"
  | "engine.invalid-as-of"
  | "engine.snapshot-state"
  | "engine.snapshot-plan"
  | "registry.invalid"
  | "registry.duplicate-unit"
  | "registry.duplicate-ward"
  | "registry.unknown-parent"
  | "registry.unknown-member"
  | "registry.unknown-district"
  | "registry.ward-outside-district"
  | "registry.alias-conflict"
  | "registry.invalid-validity"
  | "unit.unresolved"
  | "unit.ambiguous"
  | "unit.not-valid-at-date"
  | "unit.invalid-text"
  | "unit.invalid-options"
  | "kehoach.invalid-options"
  | "kehoach.duplicate-plugin"
  | "kehoach.unit-conflict"
  | "kehoach.ward-conflict"
  | "kehoach.period-word-conflict"
  | "kehoach.exporter-conflict"
  | "kehoach.plan-conflict"
  | "kehoach.unknown-unit"
  | "plugin.invalid"
  | "plugin.missing"
  | "plugin.version-mismatch"
  | "plugin.unknown-unit"
  | "plugin.duplicate-plan"
  | "query.invalid-options"
  | "lifecycle.extension-invalid"
  | "lifecycle.extension-after"
  | "lifecycle.extension-state"
  | "lifecycle.extension-event"
  | `plan.${z.core.$ZodIssue["code"]}`
  | LifecycleErrorCode;

/**
 * Every {@link CoreDiagnosticCode}, for a consumer that switches on codes or
 * documents them.
 *
 * @example
 * ```ts
 * import { coreDiagnosticCodes } from "@kehoach/core";
 * coreDiagnosticCodes.includes("unit.unresolved"); // true
 * ```
 */
export const coreDiagnosticCodes: readonly CoreDiagnosticCode[] = [
  ...ownCodes,
  ...(Object.keys(lifecycleErrorMessages) as LifecycleErrorCode[]),
];

/** Core's diagnostics: {@link createDiagnostic} with its codes checked. */
export const coreDiagnostic = createDiagnostic<CoreDiagnosticCode>;

/** Core's zod diagnostics: {@link zodIssuesToDiagnostics} with its codes checked. */
export const coreZodDiagnostics = zodIssuesToDiagnostics<CoreDiagnosticCode>;
