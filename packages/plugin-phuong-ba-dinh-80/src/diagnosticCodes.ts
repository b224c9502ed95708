import { createDiagnostic, zodIssuesToDiagnostics } from "@kehoach/core";

/**
 * Every code of a diagnostic the Ba Đình plugin returns (from
 * `buildRewardAnnouncement` and the `thong-bao-khen-thuong` exporter).
 *
 * @example
 * ```ts
 * import { phuongBaDinh80DiagnosticCodes } from "@kehoach/plugin-phuong-ba-dinh-80";
 * phuongBaDinh80DiagnosticCodes.includes("announcement.no-rewards"); // true
 * ```
 */
export const phuongBaDinh80DiagnosticCodes = [
  "announcement.invalid-report",
  "announcement.no-rewards",
] as const;

/** A code of a diagnostic of the Ba Đình plugin (listed in {@link phuongBaDinh80DiagnosticCodes}). */
export type PhuongBaDinh80DiagnosticCode = (typeof phuongBaDinh80DiagnosticCodes)[number];

/** The plugin's diagnostics: core's `createDiagnostic` with its codes checked. */
export const pluginDiagnostic = createDiagnostic<PhuongBaDinh80DiagnosticCode>;

/** The plugin's zod diagnostics: core's `zodIssuesToDiagnostics` with its codes checked. */
export const pluginZodDiagnostics = zodIssuesToDiagnostics<PhuongBaDinh80DiagnosticCode>;
