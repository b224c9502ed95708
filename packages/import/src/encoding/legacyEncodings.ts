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

const UNICODE_VI = 1;
const TCVN3_MARKER = 2;
const VNI_BASE = 4;
const VNI_MARK = 8;
/** One flag byte per code point below U+1F00 (no evidence lies above it). */
const evidence = new Uint8Array(0x1f00);
/** Letters that only Unicode Vietnamese has (ă, đ, ĩ, ũ, ơ, ư and the precomposed tone letters U+1EA0–U+1EF9). */
for (const code of [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0])
  evidence[code]! |= UNICODE_VI;
for (let code = 0x1ea0; code <= 0x1ef9; code++) evidence[code]! |= UNICODE_VI;
/** Latin-1 characters typical of TCVN3 text and absent from Vietnamese. */
for (const [from, to] of [
  [0xa8, 0xae],
  [0xb5, 0xbe],
  [0xc6, 0xc7],
  [0xcb, 0xcb],
  [0xce, 0xcf],
  [0xd1, 0xd1],
  [0xd6, 0xd8],
  [0xdc, 0xdc],
  [0xde, 0xdf],
  [0xe4, 0xe7],
  [0xee, 0xef],
  [0xf1, 0xf1],
  [0xf6, 0xf8],
  [0xfb, 0xfc],
  [0xfe, 0xfe],
] as const)
  for (let code = from; code <= to; code++) evidence[code]! |= TCVN3_MARKER;
/** VNI: one of these base letters followed by one of the marks never occurs in Unicode Vietnamese (nor does ñ). */
for (const ch of "aeouyAEOUY\u00f4\u00f6\u00d4\u00d6") evidence[ch.charCodeAt(0)]! |= VNI_BASE;
for (const code of [
  0xf9, 0xf8, 0xfb, 0xef, 0xe5, 0xe4, 0xeb, 0xfc, 0xd9, 0xd8, 0xdb, 0xcf, 0xc5, 0xc4, 0xcb, 0xdc,
])
  evidence[code]! |= VNI_MARK;

/** The code points whose evidence has `flag`, as the body of a character class. */
function codePointsWith(flag: number): string {
  let body = "";
  for (let code = 0; code < evidence.length; code++)
    if ((evidence[code]! & flag) !== 0) body += `\\u{${code.toString(16)}}`;
  return body;
}

/**
 * Any legacy evidence {@link countEvidence} counts: a TCVN3 marker, "ñ" or "Ñ", or a VNI
 * base letter followed by a VNI mark (built from the same table).
 */
const LEGACY_EVIDENCE = new RegExp(
  `[${codePointsWith(TCVN3_MARKER)}\\u{f1}\\u{d1}]|[${codePointsWith(VNI_BASE)}][${codePointsWith(VNI_MARK)}]`,
  "u",
);

/**
 * Whether some part of `text` may read as TCVN3 or VNI-Windows: false when it holds no
 * legacy evidence at all, so that no line of it can ({@link detectLegacyEncoding} needs
 * two marks in the text it is given). One scan of a whole file instead of a count per line.
 */
export function mayHoldLegacyEncoding(text: string): boolean {
  return LEGACY_EVIDENCE.test(text);
}

/** Counts the three kinds of evidence in one pass over the text, without allocating. */
function countEvidence(text: string): { unicode: number; vni: number; tcvn3: number } {
  let unicode = 0;
  let vni = 0;
  let tcvn3 = 0;
  let vniFree = -1;
  for (let i = 0; i < text.length; i++) {
    const flags = evidence[text.charCodeAt(i)] ?? 0;
    if (flags === 0) continue;
    if (flags & UNICODE_VI) unicode++;
    if (flags & TCVN3_MARKER) tcvn3++;
    // VNI pairs do not overlap: a mark already used by a pair cannot start another.
    if (i > vniFree) {
      if (flags & VNI_BASE && (evidence[text.charCodeAt(i + 1)] ?? 0) & VNI_MARK) {
        vni++;
        vniFree = i + 1;
      } else if (text.charCodeAt(i) === 0xf1 || text.charCodeAt(i) === 0xd1) vni++;
    }
  }
  return { unicode, vni, tcvn3 };
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
  const { unicode, vni, tcvn3 } = countEvidence(text);
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
