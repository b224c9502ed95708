import { decodeEntity, ENTITY_PATTERN } from "./decodeEntities";

const COMBINING = /\p{M}/u;
const TAG = "<\\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>]{0,500})?\\/?>";

/**
 * Whether `source` holds a combining mark, as `\p{M}` tests it. The pattern runs only once a character
 * outside the ranges without marks is met: below U+0300, Latin Extended Additional (every precomposed
 * Vietnamese letter), General Punctuation before its invisible operators — most cells are made of them.
 */
export function holdsMark(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x300 || (code >= 0x1e00 && code < 0x1f00) || (code >= 0x2000 && code < 0x2060)) continue;
    return COMBINING.test(source);
  }
  return false;
}

const TAG_ANYWHERE = new RegExp(TAG, "u");
const ENTITY_ANYWHERE = new RegExp(ENTITY_PATTERN.source, "u");

/** A normalised text together with a map from its offsets back to the source's. */
export interface OffsetText {
  /** NFC text with entities decoded (white space kept: offsets stay meaningful). */
  text: string;
  /** Maps an offset in `text` (0…text.length) to the offset in the source it came from. */
  toSource(offset: number): number;
}

/** The offset map of a text that did not move: each offset clamped to 0…length (an unnamed function: nothing to name per call). */
function clampedTo(length: number): (offset: number) => number {
  return (offset) => (offset <= 0 ? 0 : Math.min(offset, length));
}

/**
 * NFC-normalises `source` and decodes its HTML character references while
 * remembering where each output character came from, so that spans found in
 * the normalised text can be reported against the text the user gave.
 * HTML tags (`<i>`, `</b>`) are removed: cells extracted from documents carry them.
 */
export function normalizeWithOffsets(source: string): OffsetText {
  // Most cells have no tag, no entity and no combining mark, and are NFC already: nothing moves.
  if (
    !(source.includes("<") && TAG_ANYWHERE.test(source)) &&
    !(source.includes("&") && ENTITY_ANYWHERE.test(source)) &&
    !holdsMark(source) &&
    source.normalize("NFC") === source
  ) {
    return { text: source, toSource: clampedTo(source.length) };
  }
  const starts: number[] = [];
  let text = "";
  const pattern = new RegExp(`${TAG}|${ENTITY_PATTERN.source}|\\P{M}\\p{M}*|\\p{M}+`, "gu");
  for (const match of source.matchAll(pattern)) {
    const piece = match[0];
    const at = match.index;
    const out =
      piece.length > 1 && piece.startsWith("<")
        ? ""
        : piece.length > 1 && piece.startsWith("&")
          ? decodeEntity(piece)
          : piece.normalize("NFC");
    for (let i = 0; i < out.length; i++) starts.push(at);
    text += out;
  }
  starts.push(source.length);
  return {
    text,
    toSource(offset: number): number {
      if (offset <= 0) return 0;
      if (offset >= starts.length) return source.length;
      return starts[offset] ?? source.length;
    },
  };
}
