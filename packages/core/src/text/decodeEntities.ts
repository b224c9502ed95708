const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  laquo: "«",
  raquo: "»",
  middot: "·",
  bull: "•",
  deg: "°",
  times: "×",
  copy: "©",
  reg: "®",
};

/** Matches one HTML character reference: `&amp;`, `&#39;`, `&#x1EA1;` (bounded, no backtracking). */
export const ENTITY_PATTERN = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

/**
 * Decodes one HTML character reference (`&amp;` → `&`), or returns it unchanged
 * when it is unknown or names no valid code point.
 */
export function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith("#")) {
    const hex = body[1] === "x" || body[1] === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      return entity;
    }
    return String.fromCodePoint(code);
  }
  return NAMED[body.toLowerCase()] ?? entity;
}

/**
 * Decodes the HTML character references that extracted document text carries
 * (`VH&amp;TT` → `VH&TT`). Unknown references are left as written.
 *
 * @example
 * ```ts
 * import { decodeEntities } from "@kehoach/core";
 *
 * decodeEntities("331/UBND-VH&amp;TT"); // "331/UBND-VH&TT"
 * ```
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY_PATTERN, decodeEntity);
}
