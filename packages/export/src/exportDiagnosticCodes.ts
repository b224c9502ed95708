import { createDiagnostic, zodIssuesToDiagnostics } from "@kehoach/core";

/**
 * Every code of a diagnostic `@kehoach/export` returns (in a report's or
 * `exportPlan`'s `diagnostics`) or throws (as an `ExportError`'s `code`).
 *
 * @example
 * ```ts
 * import { exportDiagnosticCodes } from "@kehoach/export";
 * exportDiagnosticCodes.includes("export.unknown-unit"); // true
 * ```
 */
export const exportDiagnosticCodes = [
  "export.invalid-input",
  "export.invalid-options",
  "export.invalid-exporter",
  "export.duplicate-format",
  "export.unknown-format",
  "export.unknown-unit",
  "export.empty-report",
  "export.state-plan-mismatch",
  "export.state-missing-activity",
  "export.state-after-as-of",
  "export.event-rejected",
] as const;

/** A code of a diagnostic or `ExportError` of `@kehoach/export` (listed in {@link exportDiagnosticCodes}). */
export type ExportDiagnosticCode = (typeof exportDiagnosticCodes)[number];

/** Export's diagnostics: core's `createDiagnostic` with its codes checked. */
export const exportDiagnostic = createDiagnostic<ExportDiagnosticCode>;

/** Export's zod diagnostics: core's `zodIssuesToDiagnostics` with its codes checked. */
export const exportZodDiagnostics = zodIssuesToDiagnostics<ExportDiagnosticCode>;
