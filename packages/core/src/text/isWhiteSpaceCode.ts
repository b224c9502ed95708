/**
 * Whether a UTF-16 code unit is white space as the pattern `\s` reads it
 * (ECMAScript WhiteSpace and LineTerminator: tab, line feed, vertical tab,
 * form feed, carriage return, space, no-break space, U+1680, U+2000–U+200A,
 * line and paragraph separators, U+202F, U+205F, U+3000, U+FEFF). For scanners
 * that walk a text by character code instead of running a pattern per character.
 */
export function isWhiteSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x80 &&
      (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff))
  );
}
