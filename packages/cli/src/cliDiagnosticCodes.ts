import { zodIssuesToDiagnostics } from "@kehoach/core";

/**
 * Every diagnostic code the CLI itself gives (besides the codes of the
 * packages it runs, which it passes on): `event.not-json` for an events-file
 * line that is not JSON (`status --json`'s `events.rejected`, `export`'s
 * stderr), `cli.invalid-arguments` for arguments its own schemas refuse.
 *
 * @example
 * ```ts
 * import { cliDiagnosticCodes } from "@kehoach/cli";
 * cliDiagnosticCodes.includes("event.not-json"); // true
 * ```
 */
export const cliDiagnosticCodes = ["event.not-json", "cli.invalid-arguments"] as const;

/** A diagnostic code of the CLI's own (listed in {@link cliDiagnosticCodes}). */
export type CliDiagnosticCode = (typeof cliDiagnosticCodes)[number];

/** The CLI's zod diagnostics: core's `zodIssuesToDiagnostics` with its codes checked. */
export const cliZodDiagnostics = zodIssuesToDiagnostics<CliDiagnosticCode>;
