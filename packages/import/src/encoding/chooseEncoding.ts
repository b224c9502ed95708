import { convertTcvn3, convertVni } from "./legacyEncodings";
import { scoreVietnameseText, type VietnameseScore } from "./scoreVietnameseText";

/** The encodings a text file may be read in, besides UTF-8. */
export type CandidateEncoding = "utf-16le" | "utf-16be" | "windows-1258" | "tcvn3" | "vni";

/** How people call each encoding, for diagnostics. */
export const encodingLabels: Readonly<Record<CandidateEncoding | "utf-8", string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1258": "Windows-1258",
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI-Windows",
};

/** The decodings a decision weighs, in order of preference when two score the same. */
export const EIGHT_BIT_CANDIDATES: readonly CandidateEncoding[] = ["windows-1258", "tcvn3", "vni"];
/** The byte orders of UTF-16 without a byte order mark. */
export const UTF16_CANDIDATES: readonly CandidateEncoding[] = ["utf-16le", "utf-16be"];

/** At least this share of the evidence must read as Vietnamese for a decoding to be taken. */
export const MIN_QUALITY = 0.8;

/** What a decoder does (the global `TextDecoder`, without needing the DOM types). */
interface Decoder {
  decode(input: Uint8Array): string;
}

function decoderFor(label: string): Decoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    // A Node without full ICU lacks the legacy single-byte tables: the candidate is skipped.
    return null;
  }
}

const decoders = new Map<string, Decoder | null>();
function decoder(label: string): Decoder | null {
  if (!decoders.has(label)) decoders.set(label, decoderFor(label));
  return decoders.get(label) ?? null;
}

/**
 * Decodes bytes in one candidate encoding, to NFC text (Windows-1258 writes
 * tone marks as combining characters; NFC composes them). TCVN3 and VNI are
 * font encodings: their bytes are read as Windows-1252 characters, then mapped
 * by the published tables. Null when this Node cannot decode the encoding.
 */
export function decodeAs(bytes: Uint8Array, encoding: CandidateEncoding): string | null {
  switch (encoding) {
    case "tcvn3":
    case "vni": {
      const latin = decoder("windows-1252")?.decode(bytes);
      if (latin === undefined) return null;
      return encoding === "tcvn3" ? convertTcvn3(latin) : convertVni(latin);
    }
    default:
      return decoder(encoding)?.decode(bytes).normalize("NFC") ?? null;
  }
}

/** One candidate's score. */
export interface EncodingScore extends VietnameseScore {
  encoding: CandidateEncoding;
}

/** What {@link chooseEncoding} decided, with every candidate's score (best first). */
export interface EncodingDecision {
  /** The decoding taken, or null when none reads as Vietnamese text. */
  encoding: CandidateEncoding | null;
  scores: EncodingScore[];
}

/** Net evidence: accented words that are syllables, less twice the words and characters that are not. */
function net(score: VietnameseScore): number {
  return score.syllables - 2 * (score.broken + score.odd);
}

/**
 * Decides which encoding a sample of bytes is in, as a scored decision:
 * each candidate decodes the sample and is scored by how much of it reads as
 * Vietnamese (`scoreVietnameseText`); the best net evidence wins (earlier
 * candidates on a tie), and is taken only when at least
 * 80% of its evidence is Vietnamese. Pure.
 */
export function chooseEncoding(
  sample: Uint8Array,
  candidates: readonly CandidateEncoding[],
): EncodingDecision {
  const scores: EncodingScore[] = [];
  for (const encoding of candidates) {
    const text = decodeAs(sample, encoding);
    if (text !== null) scores.push({ encoding, ...scoreVietnameseText(text) });
  }
  const ranked = scores
    .map((score, order) => ({ score, order }))
    .sort((a, b) => net(b.score) - net(a.score) || a.order - b.order)
    .map(({ score }) => score);
  const best = ranked[0];
  return {
    encoding: best !== undefined && best.quality >= MIN_QUALITY ? best.encoding : null,
    scores: ranked,
  };
}
