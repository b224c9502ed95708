import type { UnitRef } from "@kehoach/core";

/** How unit cells are written: as in the source document, or with the registry's canonical names. */
export type UnitNames = "source" | "canonical";

const REQUESTED = /^đề nghị(?![\p{L}\p{N}])/iu;

/**
 * Writes a lead or coordinator cell the way plans do: numbered units as
 * "(1) A; (2) B", others joined with "; ", and "Đề nghị" before requested
 * units when the name does not already say it.
 */
export function formatUnitRefs(refs: readonly UnitRef[], names: UnitNames = "source"): string {
  return refs
    .map((ref) => {
      let text = names === "source" && ref.source.trim() ? ref.source.trim() : ref.name;
      if (ref.requested && names === "canonical" && !REQUESTED.test(text)) text = `Đề nghị ${text}`;
      return ref.number === null ? text : `(${ref.number}) ${text}`;
    })
    .join("; ");
}
