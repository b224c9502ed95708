/**
 * How a plugin extends the activity lifecycle without forking the core:
 * extra guarded steps inserted after an existing state, e.g. an `approved`
 * step by the ward chairman between `reported` and `rewarded`.
 * (Owned by the lifecycle module; the plugin API only carries it.)
 */
export interface LifecycleExtension {
  /** Extra states, each entered from `after` by `event` and left to where `after` used to go. */
  steps: readonly LifecycleStep[];
}

/** One extra lifecycle step. */
export interface LifecycleStep {
  /** New state name, e.g. "approved". */
  state: string;
  /** The existing state it follows, e.g. "reported". */
  after: string;
  /** The event that enters it, e.g. "APPROVE". */
  event: string;
  /** Unit ids allowed to send `event` ("issuer" stands for the plan's issuer). */
  allowed: readonly string[];
  /** Labels for UIs and reports. */
  label: { vi: string; en: string };
}
