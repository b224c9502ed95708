import { decodeEntity, ENTITY_PATTERN } from "./decodeEntities";

const COMBINING = /\p{M}/u;
const TAG = "<\\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>]{0,500})?\\/?>";

/** Where the table of settled characters ends: anything from here on takes the full test. */
const SETTLED_END = 0x2060;
let settledTable: Uint8Array | null = null;

/** Whether a character code lies where nothing composes with the character before it: below U+0300, Latin Extended Additional, General Punctuation. */
function inSettledRange(code: number): boolean {
  return code < 0x300 || (code >= 0x1e00 && code < 0x1f00) || (code >= 0x2000 && code < SETTLED_END);
}

/** 1 for each character in the settled ranges that is no combining mark and NFC on its own (U+2000, which NFC maps to U+2002, is not). */
function buildSettledTable(): Uint8Array {
  const table = new Uint8Array(SETTLED_END);
  for (let code = 0; code < SETTLED_END; code++) {
    const ch = String.fromCharCode(code);
    if (inSettledRange(code) && !COMBINING.test(ch) && ch.normalize("NFC") === ch) table[code] = 1;
  }
  return table;
}

/**
 * Whether `source` is made only of settled characters (see {@link buildSettledTable}): then it is NFC and
 * holds no combining mark, told without running the `\p{M}` pattern or the normaliser — most cells are
 * ASCII, Vietnamese letters and punctuation. False means only that the full test must decide.
 */
export function isSettled(source: string): boolean {
  settledTable ??= buildSettledTable();
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code >= SETTLED_END || settledTable[code] === 0) return false;
  }
  return true;
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
    (isSettled(source) || (!COMBINING.test(source) && source.normalize("NFC") === source))
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
