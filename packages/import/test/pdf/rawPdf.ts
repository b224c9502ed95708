/** One page of a hand-written PDF: its content stream (PDF operators) and size. */
export interface RawPage {
  content: string;
  width?: number;
  height?: number;
}

/**
 * Writes a small PDF by hand: each page's content stream as given, with the
 * standard font Helvetica as /F1 (WinAnsi), Helvetica-Bold as /F2, and /F3
 * a two-byte font without a ToUnicode map (`<hex> Tj`). Text
 * is written with `(…) Tj`; bytes outside ASCII are given as octal escapes
 * by the caller. For tests that need exact drawing: rules, text positions,
 * fonts without a Unicode mapping.
 */
export function rawPdf(pages: readonly RawPage[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Count ${pages.length} /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
  // A composite font with two-byte codes (Identity-H) and no ToUnicode map: its text cannot be decoded.
  objects[5] =
    "<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [<< /Type /Font " +
    "/Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
    "/FontDescriptor << /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 " +
    "/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >> >>] >>";
  pages.forEach((page, i) => {
    const id = pageIds[i]!;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width ?? 595} ${page.height ?? 842}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${page.content.length} >>\nstream\n${page.content}\nendstream`;
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Array.from(out, (char) => char.charCodeAt(0) & 0xff));
}

/** Content-stream text at (x, y) in points from the bottom-left, in font /F1 (or /F2 when bold). */
export function text(x: number, y: number, value: string, bold = false, size = 11): string {
  return `BT /${bold ? "F2" : "F1"} ${size} Tf ${x} ${y} Td (${value}) Tj ET\n`;
}

/** A ruled grid: horizontal lines at `ys`, vertical at `xs` (points from the bottom-left), stroked. */
export function grid(
  xs: readonly number[],
  ys: readonly number[],
  skip: (line: string) => boolean = () => false,
): string {
  let out = "0.5 w\n";
  const [x0, x1] = [xs[0]!, xs[xs.length - 1]!];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  for (const y of ys) if (!skip(`h${y}`)) out += `${x0} ${y} m ${x1} ${y} l S\n`;
  for (const x of xs) if (!skip(`v${x}`)) out += `${x} ${y0} m ${x} ${y1} l S\n`;
  return out;
}

/** Content-stream text in /F3, the font without a ToUnicode map: two-byte glyph codes, as hex. */
export function undecodable(x: number, y: number, hex: string, size = 11): string {
  return `BT /F3 ${size} Tf ${x} ${y} Td <${hex}> Tj ET\n`;
}
