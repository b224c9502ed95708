/**
 * What must not break across lines: document numbers ("02/KH-UBND",
 * "1234/QĐ-UBND"), dates ("30/11/2024", "10/10/1954-10/10/2024"), periods
 * ("III-IV/2024") and unit abbreviations ("LĐTB&XH", "VH-TT", "TNCS HCM").
 * Line breakers allow a break after "/" and "-", and justified text then
 * spreads "02/ KH- UBND" across the line.
 */
const UNBREAKABLE =
  /[\p{L}\p{N}]+(?:[/\-–&.][\p{L}\p{N}]+)+|(?<![\p{L}\p{N}])\p{Lu}{2,5}(?: \p{Lu}{2,5}){1,2}(?![\p{L}\p{N}])/gu;

/** A piece of text and whether it must stay on one line. */
export interface RunPiece {
  text: string;
  unbreakable: boolean;
}

/** Splits a text into runs that may break and runs that must stay whole, in order. */
export function unbreakableRuns(text: string): RunPiece[] {
  const runs: RunPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(UNBREAKABLE)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ text: text.slice(last, start), unbreakable: false });
    runs.push({ text: match[0], unbreakable: true });
    last = start + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), unbreakable: false });
  return runs;
}
