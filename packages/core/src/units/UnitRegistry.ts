import type { Diagnostic } from "../model/Diagnostic";
import type { Unit, Ward } from "../model/Unit";

/** Options of the registry's look-ups. */
export interface LookupOptions {
  /** ISO date: only units (wards) valid on that day match. Omitted: every unit matches. */
  date?: string | null;
}

/**
 * An index of units and wards by every way they are written, built by
 * `createUnitRegistry`. Immutable; safe to share.
 */
export interface UnitRegistry {
  /** Every unit: those given, then those the wards imply (ward committees, ward branches, "… các phường" groups). */
  readonly units: readonly Unit[];
  /** Every ward, in the order given. */
  readonly wards: readonly Ward[];
  /** Problems found while building: aliases claimed by two units, unknown parents or members, inverted validity. */
  readonly diagnostics: readonly Diagnostic[];
  /** The unit with this id (also ward committees such as "ubnd-phuong-ha-dinh"). */
  get(id: string): Unit | undefined;
  /** The ward with this id. */
  getWard(id: string): Ward | undefined;
  /** The one unit `text` names (valid at `date` when given), or null when none or several do. */
  lookup(text: string, options?: LookupOptions): Unit | null;
  /** Every unit `text` names, valid at `date` when given; tries an accent-free match only when the exact one finds nothing. */
  lookupAll(text: string, options?: LookupOptions): Unit[];
  /** The ward `text` names: "Hạ Đình", "phường Hạ Đình", "P. Hạ Đình", "KĐ"; or null. */
  lookupWard(text: string, options?: LookupOptions): Ward | null;
  /** The wards valid at `date` (every ward when omitted), in the order given. */
  wardsAt(date?: string | null): Ward[];
  /** The member ids of a group valid at `date` (a group's members that ended are left out). */
  membersAt(unit: Unit, date?: string | null): string[];
}
