/** An 8-bit grey image, row by row (0 black, 255 white). */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** The largest image accepted, in pixels (an A3 page at 300 dpi is 17.4 million). */
export const MAX_IMAGE_PIXELS = 40_000_000;

function token(bytes: Uint8Array, at: { i: number }): string {
  // skip whitespace and comments
  for (;;) {
    while (at.i < bytes.length && /\s/u.test(String.fromCharCode(bytes[at.i]!))) at.i++;
    if (bytes[at.i] !== 0x23) break;
    while (at.i < bytes.length && bytes[at.i] !== 0x0a) at.i++;
  }
  let out = "";
  while (at.i < bytes.length && !/\s/u.test(String.fromCharCode(bytes[at.i]!)))
    out += String.fromCharCode(bytes[at.i++]!);
  return out;
}

/**
 * Reads a binary PGM (P5, 8-bit: what `pdftoppm -gray` writes). Returns an
 * error string for anything else or for an image over the size limit.
 */
export function readPgm(bytes: Uint8Array): GrayImage | { error: string } {
  const at = { i: 0 };
  if (token(bytes, at) !== "P5") return { error: "not a binary PGM (P5)" };
  const width = Number(token(bytes, at));
  const height = Number(token(bytes, at));
  const max = Number(token(bytes, at));
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0)
    return { error: "bad PGM size" };
  if (max !== 255) return { error: "only 8-bit PGM is read" };
  if (width * height > MAX_IMAGE_PIXELS)
    return { error: `image of ${width}×${height} pixels is over the limit` };
  const start = at.i + 1;
  if (bytes.length < start + width * height) return { error: "truncated PGM" };
  return { width, height, pixels: bytes.subarray(start, start + width * height) };
}

/** The image as a binary PGM (P5). */
export function writePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header, 0);
  out.set(image.pixels, header.length);
  return out;
}
