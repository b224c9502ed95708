import { z } from "zod";

const stateName = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "camelCase state name");
const eventName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "UPPER_CASE event name");

/** One extra lifecycle step, validated. */
export const LifecycleStepSchema = z.object({
  /** New state name, e.g. "approved". */
  state: stateName,
  /** The existing state it follows, e.g. "reported". */
  after: stateName,
  /** The event that enters it, e.g. "APPROVE". */
  event: eventName,
  /** Unit ids allowed to send `event` ("issuer" stands for the plan's issuer, "lead" for the activity's leads). */
  allowed: z.array(z.string().min(1)).min(1).readonly(),
  /** Labels for UIs and reports. */
  label: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
});

/** Extra units allowed to send an overseer event (RETURN, REWARD, CANCEL, EXTEND) besides the issuer. */
export const LifecycleAuthoritySchema = z.object({
  event: z.enum(["RETURN", "REWARD", "CANCEL", "EXTEND"]),
  units: z.array(z.string().min(1)).min(1).readonly(),
});

/** A lifecycle extension, validated (see {@link LifecycleExtension}). */
export const LifecycleExtensionSchema = z.object({
  steps: z.array(LifecycleStepSchema).readonly().default([]),
  authorities: z.array(LifecycleAuthoritySchema).readonly().optional(),
  requireExtendDecision: z.boolean().optional(),
});

/**
 * How a plugin extends the activity lifecycle without forking the core:
 * extra guarded steps inserted after an existing state, e.g. an `approved`
 * step by the ward chairman between `reported` and `rewarded`; extra units
 * allowed to return, reward, cancel or extend (e.g. Phòng Nội vụ for thi đua);
 * and whether an extension (gia hạn) must cite a decision.
 * (Owned by the lifecycle module; the plugin API only carries it.)
 */
export interface LifecycleExtension {
  /** Extra states, each entered from `after` by `event` and left to where `after` used to go. */
  steps: readonly LifecycleStep[];
  /** Extra units allowed to send RETURN, REWARD, CANCEL or EXTEND besides the plan's issuer. */
  authorities?: readonly LifecycleAuthority[];
  /** When true, EXTEND must carry `payload.decision` (a DocumentRef of kind "decision"). */
  requireExtendDecision?: boolean;
}

/** One extra lifecycle step. */
export interface LifecycleStep {
  /** New state name, e.g. "approved". */
  state: string;
  /** The existing state it follows, e.g. "reported". */
  after: string;
  /** The event that enters it, e.g. "APPROVE". */
  event: string;
  /** Unit ids allowed to send `event` ("issuer" stands for the plan's issuer, "lead" for the activity's leads). */
  allowed: readonly string[];
  /** Labels for UIs and reports. */
  label: { vi: string; en: string };
}

/** Extra units allowed to send one overseer event. */
export interface LifecycleAuthority {
  event: "RETURN" | "REWARD" | "CANCEL" | "EXTEND";
  units: readonly string[];
}
