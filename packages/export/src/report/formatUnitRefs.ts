import type { UnitRef } from "@kehoach/core";

/** How unit cells are written: as in the source document, or with the registry's canonical names. */
export type UnitNames = "source" | "canonical";

const REQUESTED = /^đề nghị(?![\p{L}\p{N}])/iu;

/**
 * Writes a lead or coordinator cell the way plans do: numbered units as
 * "(1) A; (2) B", others joined with "; " (", " inside a distributed phrase:
 * "UBND, Hội CCB, Đoàn TNCS HCM các phường"), and "Đề nghị" before requested
 * units when the text does not already say it (importers keep it out of `source`).
 */
export function formatUnitRefs(refs: readonly UnitRef[], names: UnitNames = "source"): string {
  const texts = refs.map((ref) => {
    let text = names === "source" && ref.source.trim() ? ref.source.trim() : ref.name;
    if (ref.requested && !REQUESTED.test(text)) text = `Đề nghị ${text}`;
    return ref.number === null ? text : `(${ref.number}) ${text}`;
  });
  let out = texts[0] ?? "";
  for (let i = 1; i < texts.length; i++) {
    out += (names === "source" && sharesSuffix(refs[i - 1], refs[i]) ? ", " : "; ") + texts[i];
  }
  return out;
}

const GROUP_SUFFIX = /\s(các\s+\p{L}+)$/u;

/**
 * Whether two refs were written as one distributed phrase ("UBND, Hội CCB,
 * Đoàn TNCS HCM các phường"): the first's source lacks the "các phường" its
 * name ends with, and the next one's name ends with the same words.
 */
function sharesSuffix(previous: UnitRef | undefined, next: UnitRef | undefined): boolean {
  if (!previous || !next || previous.number !== null || next.number !== null) return false;
  const suffix = GROUP_SUFFIX.exec(previous.name.normalize("NFC"))?.[1];
  if (!suffix) return false;
  const lower = (t: string) => t.normalize("NFC").toLowerCase();
  return !lower(previous.source).endsWith(lower(suffix)) && lower(next.name).endsWith(lower(suffix));
}
