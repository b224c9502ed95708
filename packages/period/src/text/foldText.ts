/**
 * Accent folding with stable offsets: every UTF-16 code unit of the input maps
 * to exactly one code unit of the output, lower-cased, with Vietnamese
 * diacritics removed ("Quý" → "quy", "Đ" → "d"). Tone-mark placement
 * ("hòa"/"hoà") therefore never matters, and offsets in the folded text are
 * offsets in the original.
 */

const cache = new Map<number, string>();

function foldUnit(code: number): string {
  const cached = cache.get(code);
  if (cached !== undefined) return cached;
  let out: string;
  if (code >= 0xd800 && code <= 0xdfff) out = "\u0000";
  else if (code === 0x0111 || code === 0x0110) out = "d";
  else if (code >= 0x2010 && code <= 0x2015) out = "-";
  else if (code === 0x2212) out = "-";
  else {
    const ch = String.fromCharCode(code);
    const base = ch.normalize("NFD").charAt(0).toLowerCase();
    out = base.length === 1 ? base : ch;
    if (/\p{M}/u.test(ch)) out = "\u0301";
  }
  cache.set(code, out);
  return out;
}

/** Folds `text` (already NFC) to lower-case ASCII-like letters, one output unit per input unit. */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += foldUnit(text.charCodeAt(i));
  return out;
}

/** Folds a short word or phrase for comparison (NFC first, then {@link foldText}, marks dropped, spaces collapsed). */
export function foldWord(text: string): string {
  return foldText(text.normalize("NFC"))
    .replace(/\u0301/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
