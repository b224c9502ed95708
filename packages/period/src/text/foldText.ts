/**
 * Accent folding: lower case, Vietnamese diacritics removed ("Quý" → "quy", "Đ" → "d"),
 * dashes unified to "-". Tone-mark placement ("hòa"/"hoà") therefore never matters.
 */

const folded: (string | undefined)[] = [];

/** The folded form of one UTF-16 code unit (one character, or "" for a combining mark). */
export function foldCode(code: number): string {
  const known = folded[code];
  if (known !== undefined) return known;
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
  folded[code] = out;
  return out;
}

/** Folds a word or phrase for comparison (NFC first; marks dropped, spaces collapsed). */
export function foldWord(text: string): string {
  const nfc = text.normalize("NFC");
  let out = "";
  for (let i = 0; i < nfc.length; i++) out += foldCode(nfc.charCodeAt(i));
  return out.replace(/\s+/g, " ").trim();
}
