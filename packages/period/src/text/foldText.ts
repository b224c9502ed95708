/**
 * Accent folding: lower case, Vietnamese diacritics removed ("Quý" → "quy", "Đ" → "d"),
 * dashes unified to "-". Tone-mark placement ("hòa"/"hoà") therefore never matters.
 */

const others = new Map<number, string>();

function compute(code: number): string {
  let out: string;
  if (code === 0x0111 || code === 0x0110) out = "d";
  else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) out = "-";
  else if (code >= 0xd800 && code <= 0xdfff) out = "\u0000";
  else {
    const ch = String.fromCharCode(code);
    if (/\p{M}/u.test(ch)) out = "";
    else {
      const base = ch.normalize("NFD").charAt(0).toLowerCase();
      out = base.length === 1 ? base : ch;
    }
  }
  return out;
}

/** Dense tables for Latin (U+0000–U+024F) and Vietnamese (U+1E00–U+1EFF) letters, built once. */
const latin: string[] = Array.from({ length: 0x250 }, (_, code) => compute(code));
const vietnamese: string[] = Array.from({ length: 0x100 }, (_, k) => compute(0x1e00 + k));

/** The folded form of one UTF-16 code unit (one character, or "" for a combining mark). */
export function foldCode(code: number): string {
  if (code < 0x250) return latin[code] as string;
  if (code >= 0x1e00 && code < 0x1f00) return vietnamese[code - 0x1e00] as string;
  let out = others.get(code);
  if (out === undefined) {
    out = compute(code);
    others.set(code, out);
  }
  return out;
}

/** Folds a word or phrase for comparison (NFC first; marks dropped, spaces collapsed). */
export function foldWord(text: string): string {
  const nfc = text.normalize("NFC");
  let out = "";
  for (let i = 0; i < nfc.length; i++) out += foldCode(nfc.charCodeAt(i));
  return out.replace(/\s+/g, " ").trim();
}

/**
 * Folds a whole text, one output unit per input unit (combining marks become U+0301),
 * so that offsets in the folded text are offsets in the original.
 */
export function foldText(text: string): string {
  const n = text.length;
  if (n > 512) return foldLongText(text);
  let out = "";
  for (let i = 0; i < n; i++) {
    const f = foldCode(text.charCodeAt(i));
    out += f === "" ? "\u0301" : f;
  }
  return out;
}

/** The same for long texts, through a typed array: no string per character to collect. */
function foldLongText(text: string): string {
  const n = text.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const f = foldCode(text.charCodeAt(i));
    units[i] = f === "" ? 0x0301 : f.charCodeAt(0);
  }
  let out = "";
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return out;
}
