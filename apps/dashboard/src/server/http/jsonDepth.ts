/**
 * How deeply a JSON text nests arrays and objects, counted without parsing
 * (brackets inside strings are skipped); stops counting past `max + 1`, so a
 * hostile body costs one pass over its characters and nothing more.
 */
export function jsonDepth(text: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return deepest;
}
