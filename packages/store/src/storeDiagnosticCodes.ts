import { createDiagnostic, zodIssuesToDiagnostics } from "@kehoach/core";
import type { StoreErrorCode } from "./StoreError";

/**
 * Every code of a diagnostic `@kehoach/store` returns: the lines
 * `importEventsJsonl` refuses (`events.*`) and the breaks `store.verify()`
 * finds in the hash chain (`store.chain-<kind>`). Errors the store throws
 * carry a {@link StoreErrorCode} instead.
 *
 * @example
 * ```ts
 * import { storeDiagnosticCodes } from "@kehoach/store";
 * storeDiagnosticCodes.includes("store.chain-edited"); // true
 * ```
 */
export const storeDiagnosticCodes = [
  "events.bad-json",
  "events.invalid",
  "events.duplicate-id",
  "store.chain-edited",
  "store.chain-deleted",
  "store.chain-inserted",
  "store.chain-unreadable",
  "store.chain-truncated",
] as const;

/** A code of a diagnostic of `@kehoach/store` (listed in {@link storeDiagnosticCodes}). */
export type StoreDiagnosticCode = (typeof storeDiagnosticCodes)[number];

/** The store's diagnostics: core's `createDiagnostic` with its codes checked. */
export const storeDiagnostic = createDiagnostic<StoreDiagnosticCode>;

/** The store's zod diagnostics (diagnostic or error codes): core's `zodIssuesToDiagnostics`, codes checked. */
export const storeZodDiagnostics = zodIssuesToDiagnostics<StoreDiagnosticCode | StoreErrorCode>;
