/**
 * Who may do what for one machine (an activity or a ward part), derived from
 * the plan once by the engine and carried on every machine event, so that the
 * machines' guards stay pure functions of (context, event).
 */
export interface LifecycleRoles {
  /** Activity id. */
  activity: string;
  /** Ward id for a ward part, else null. */
  ward: string | null;
  /** Units that may START, PROGRESS and REPORT (the leads; for a ward part, the ward's committee). */
  actors: readonly string[];
  /** True when the activity names no resolvable lead ("Các đơn vị liên quan"): any unit may act. */
  openActors: boolean;
  /** Units that may send each overseer event (RETURN, REWARD, CANCEL, EXTEND) and each plugin step event. */
  overseers: Readonly<Record<string, readonly string[]>>;
  /** Ward ids of the activity's ward parts (empty when it has none). */
  wards: readonly string[];
  /** Number of the activity's targets (achieved quantities index them). */
  targets: number;
  /** The period's deadline (else its end), before any extension; null when undetermined. */
  deadline: string | null;
  /** EXTEND must cite a decision. */
  requireExtendDecision: boolean;
}
