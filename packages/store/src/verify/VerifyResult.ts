import type { Diagnostic } from "@kehoach/core";

/** How the chain was broken at a position. */
export type ChainBreakKind = "edited" | "deleted" | "inserted" | "unreadable" | "truncated";

/** One place where the hash chain does not hold. */
export interface ChainBreak {
  kind: ChainBreakKind;
  /** Global position of the event where the break shows. */
  position: number;
  /** The event id stored there, when readable. */
  eventId: string | null;
}

/** What {@link Store.verify} answers. */
export interface VerifyResult {
  /** True when every event's hash matches and no event is missing. */
  ok: boolean;
  /** Events checked. */
  checked: number;
  /** The position the store's head records. */
  headPosition: number;
  /** Every break found, in order. */
  breaks: ChainBreak[];
  /** The same, as bilingual diagnostics (location path `["events", position]`). */
  diagnostics: Diagnostic[];
}
