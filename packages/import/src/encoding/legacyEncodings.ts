/**
 * Legacy Vietnamese 8-bit encodings still found in old government files.
 * Both tables are written from the published code charts (TCVN 5712:1993
 * "VN3", the ABC fonts .VnTime/.VnArial; and the VNI-Windows fonts).
 */

/** Names of the legacy encodings the importer converts. */
export type LegacyEncoding = "tcvn3" | "vni";

/** TCVN3 (ABC): one byte per letter; the byte is read as the Latin-1 character with the same code. */
const tcvn3Pairs: ReadonlyArray<readonly [number, string]> = [
  [0xa1, "Ă"],
  [0xa2, "Â"],
  [0xa3, "Ê"],
  [0xa4, "Ô"],
  [0xa5, "Ơ"],
  [0xa6, "Ư"],
  [0xa7, "Đ"],
  [0xa8, "ă"],
  [0xa9, "â"],
  [0xaa, "ê"],
  [0xab, "ô"],
  [0xac, "ơ"],
  [0xad, "ư"],
  [0xae, "đ"],
  [0xb5, "à"],
  [0xb6, "ả"],
  [0xb7, "ã"],
  [0xb8, "á"],
  [0xb9, "ạ"],
  [0xbb, "ằ"],
  [0xbc, "ẳ"],
  [0xbd, "ẵ"],
  [0xbe, "ắ"],
  [0xc6, "ặ"],
  [0xc7, "ầ"],
  [0xc8, "ẩ"],
  [0xc9, "ẫ"],
  [0xca, "ấ"],
  [0xcb, "ậ"],
  [0xcc, "è"],
  [0xce, "ẻ"],
  [0xcf, "ẽ"],
  [0xd0, "é"],
  [0xd1, "ẹ"],
  [0xd2, "ề"],
  [0xd3, "ể"],
  [0xd4, "ễ"],
  [0xd5, "ế"],
  [0xd6, "ệ"],
  [0xd7, "ì"],
  [0xd8, "ỉ"],
  [0xdc, "ĩ"],
  [0xdd, "í"],
  [0xde, "ị"],
  [0xdf, "ò"],
  [0xe1, "ỏ"],
  [0xe2, "õ"],
  [0xe3, "ó"],
  [0xe4, "ọ"],
  [0xe5, "ồ"],
  [0xe6, "ổ"],
  [0xe7, "ỗ"],
  [0xe8, "ố"],
  [0xe9, "ộ"],
  [0xea, "ờ"],
  [0xeb, "ở"],
  [0xec, "ỡ"],
  [0xed, "ớ"],
  [0xee, "ợ"],
  [0xef, "ù"],
  [0xf1, "ủ"],
  [0xf2, "ũ"],
  [0xf3, "ú"],
  [0xf4, "ụ"],
  [0xf5, "ừ"],
  [0xf6, "ử"],
  [0xf7, "ữ"],
  [0xf8, "ứ"],
  [0xf9, "ự"],
  [0xfa, "ỳ"],
  [0xfb, "ỷ"],
  [0xfc, "ỹ"],
  [0xfd, "ý"],
  [0xfe, "ỵ"],
];

/** The TCVN3 table: Latin-1 character → Unicode letter. */
export const tcvn3ToUnicode: ReadonlyMap<string, string> = new Map(
  tcvn3Pairs.map(([code, letter]) => [String.fromCharCode(code), letter]),
);

/** VNI-Windows tone/shape marks written after the base letter (lower case; upper case uses the upper-case mark). */
const vniMarks: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  a: {
    ù: "á",
    ø: "à",
    û: "ả",
    õ: "ã",
    ï: "ạ",
    â: "â",
    á: "ấ",
    à: "ầ",
    å: "ẩ",
    ã: "ẫ",
    ä: "ậ",
    ê: "ă",
    é: "ắ",
    è: "ằ",
    ú: "ẳ",
    ü: "ẵ",
    ë: "ặ",
  },
  e: { ù: "é", ø: "è", û: "ẻ", õ: "ẽ", ï: "ẹ", â: "ê", á: "ế", à: "ề", å: "ể", ã: "ễ", ä: "ệ" },
  o: { ù: "ó", ø: "ò", û: "ỏ", õ: "õ", ï: "ọ", â: "ô", á: "ố", à: "ồ", å: "ổ", ã: "ỗ", ä: "ộ" },
  ô: { ù: "ớ", ø: "ờ", û: "ở", õ: "ỡ", ï: "ợ" },
  u: { ù: "ú", ø: "ù", û: "ủ", õ: "ũ", ï: "ụ" },
  ö: { ù: "ứ", ø: "ừ", û: "ử", õ: "ữ", ï: "ự" },
  y: { ù: "ý", ø: "ỳ", û: "ỷ", õ: "ỹ" },
};

/** VNI-Windows characters that stand alone: đ, the i vowels, ỵ, and the bare ơ/ư. */
const vniSingles: Readonly<Record<string, string>> = {
  ñ: "đ",
  í: "í",
  ì: "ì",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
  ô: "ơ",
  ö: "ư",
  Ñ: "Đ",
  Í: "Í",
  Ì: "Ì",
  Æ: "Ỉ",
  Ó: "Ĩ",
  Ò: "Ị",
  Î: "Ỵ",
  Ô: "Ơ",
  Ö: "Ư",
};

/** The VNI-Windows table: two-character (base + mark) and one-character sequences → Unicode letter. */
export const vniToUnicode: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [base, marks] of Object.entries(vniMarks)) {
    for (const [mark, letter] of Object.entries(marks)) {
      map.set(base + mark, letter);
      map.set(base.toUpperCase() + mark.toUpperCase(), letter.toUpperCase());
    }
  }
  for (const [char, letter] of Object.entries(vniSingles)) map.set(char, letter);
  return map;
})();

/** Converts TCVN3 (ABC) text, read as Latin-1 characters, to Unicode (NFC). `upperCase` for the ".VnTimeH" capital fonts. */
export function convertTcvn3(text: string, upperCase = false): string {
  let out = "";
  for (const char of text) {
    const letter = tcvn3ToUnicode.get(char) ?? char;
    out += upperCase ? letter.toUpperCase() : letter;
  }
  return out.normalize("NFC");
}

/** Converts VNI-Windows text, read as Latin-1 characters, to Unicode (NFC). */
export function convertVni(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const pair = vniToUnicode.get(text.slice(i, i + 2));
    if (pair !== undefined && text.length - i >= 2) {
      out += pair;
      i += 2;
      continue;
    }
    const char = text[i] ?? "";
    out += vniToUnicode.get(char) ?? char;
    i += 1;
  }
  return out.normalize("NFC");
}

/** Letters that only Unicode Vietnamese has (ă, đ, ơ, ư and the precomposed tone letters). */
const unicodeVietnamese =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/gu;
/** Latin-1 characters typical of TCVN3 text and absent from Vietnamese. */
const tcvn3Markers =
  /[\u00a8-\u00ae\u00b5-\u00be\u00c6\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00dc\u00de\u00df\u00e4-\u00e7\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/gu;
/** Base letter + VNI mark pairs that never occur in Unicode Vietnamese. */
const vniMarkers =
  /[aeouyAEOUY\u00f4\u00f6\u00d4\u00d6][\u00f9\u00f8\u00fb\u00ef\u00e5\u00e4\u00eb\u00fc\u00d9\u00d8\u00db\u00cf\u00c5\u00c4\u00cb\u00dc]|[\u00f1\u00d1]/gu;

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** Scores of a text for each legacy encoding. */
export interface LegacyDetection {
  encoding: LegacyEncoding | null;
  tcvn3: number;
  vni: number;
  unicode: number;
}

/**
 * Guesses whether a text is TCVN3 or VNI-Windows read as Latin-1: counts
 * characters each encoding uses and Unicode Vietnamese never does, against
 * genuine Unicode Vietnamese letters. `null` when the text looks like Unicode
 * (or plain ASCII).
 */
export function detectLegacyEncoding(text: string): LegacyDetection {
  const unicode = count(text, unicodeVietnamese);
  const vni = count(text, vniMarkers);
  const tcvn3 = count(text, tcvn3Markers);
  const best = Math.max(vni, tcvn3);
  const threshold = Math.max(2, unicode * 2);
  let encoding: LegacyEncoding | null = null;
  if (best >= threshold) encoding = vni > tcvn3 ? "vni" : "tcvn3";
  return { encoding, tcvn3, vni, unicode };
}

/** Converts a text from the given legacy encoding. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === "vni" ? convertVni(text) : convertTcvn3(text);
}
