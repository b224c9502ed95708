import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Pdfjs } from "./loadPdfjs";
import type { PageLayout, PageWord, Rule } from "./PageLayout";

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

/** Bold and italic from a font's PostScript name ("TimesNewRomanPS-BoldItalicMT", "Arial,Bold"). */
export function styleOfFontName(name: string): { bold: boolean; italic: boolean } {
  const style = name.replace(/^[A-Z]{6}\+/u, "");
  return {
    bold: /bold|black|heavy|semibold|demi|[-,]b$|[-,]bi$/iu.test(style),
    italic: /italic|oblique|[-,]i$|[-,]bi$/iu.test(style),
  };
}

/**
 * pdfjs' path opcodes inside a `constructPath` (its internal `DrawOPS`, not
 * exported; pdfjs-dist is pinned to an exact version for this).
 */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** The longest thin shape taken as a rule, across its length (points). */
const MAX_RULE_THICKNESS = 3;
/** The shortest segment taken as a rule (points). */
const MIN_RULE_LENGTH = 4;

function pushRule(rules: Rule[], ax: number, ay: number, bx: number, by: number): void {
  const x0 = Math.min(ax, bx);
  const x1 = Math.max(ax, bx);
  const y0 = Math.min(ay, by);
  const y1 = Math.max(ay, by);
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH)
    rules.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
  else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH)
    rules.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
}

/**
 * The ruling lines of one painted path (in page coordinates): each
 * axis-aligned segment of a stroked path, and each thin filled rectangle
 * (how Word draws cell borders). Curves and large filled shapes (shading)
 * are not rules.
 */
function rulesOfPath(path: ArrayLike<number>, toPage: Matrix, stroked: boolean, rules: Rule[]): void {
  const points: [number, number][] = [];
  const flushFilled = () => {
    if (!stroked && points.length >= 4) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const x0 = Math.min(...xs);
      const x1 = Math.max(...xs);
      const y0 = Math.min(...ys);
      const y1 = Math.max(...ys);
      if (y1 - y0 <= MAX_RULE_THICKNESS || x1 - x0 <= MAX_RULE_THICKNESS) pushRule(rules, x0, y0, x1, y1);
    }
    points.length = 0;
  };
  let i = 0;
  let start: [number, number] | null = null;
  while (i < path.length) {
    const op = path[i]!;
    if (op === DRAW.moveTo) {
      flushFilled();
      start = apply(toPage, path[i + 1]!, path[i + 2]!);
      points.push(start);
      i += 3;
    } else if (op === DRAW.lineTo) {
      const point = apply(toPage, path[i + 1]!, path[i + 2]!);
      const last = points[points.length - 1];
      if (stroked && last !== undefined) pushRule(rules, last[0], last[1], point[0], point[1]);
      points.push(point);
      i += 3;
    } else if (op === DRAW.curveTo) {
      points.push(apply(toPage, path[i + 5]!, path[i + 6]!));
      points.length = 0; // a curved outline is no rule
      i += 7;
    } else if (op === DRAW.quadraticCurveTo) {
      points.length = 0;
      i += 5;
    } else {
      // closePath
      const last = points[points.length - 1];
      if (stroked && last !== undefined && start !== null)
        pushRule(rules, last[0], last[1], start[0], start[1]);
      i += 1;
    }
  }
  flushFilled();
}

interface ShownText {
  font: string;
  size: number;
  textMatrix: Matrix;
  lineMatrix: Matrix;
}

/**
 * Walks the page's operator list: the ruling lines of painted paths (with
 * the current transformation tracked through save/restore, `cm` and form
 * XObjects), and the text painted by annotation appearances (the signature
 * stamp "Số: …/Thời gian ký: …" of signed documents), which the text layer
 * leaves out.
 */
function walkOperators(
  pdfjs: Pdfjs,
  operators: { fnArray: number[]; argsArray: unknown[] },
  viewport: Matrix,
  fontStyle: (font: string) => { bold: boolean; italic: boolean },
): { rules: Rule[]; annotationWords: PageWord[] } {
  const { OPS } = pdfjs;
  const rules: Rule[] = [];
  const annotationWords: PageWord[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let inAnnotation = 0;
  const text: ShownText = { font: "", size: 0, textMatrix: IDENTITY, lineMatrix: IDENTITY };
  for (let k = 0; k < operators.fnArray.length; k++) {
    const fn = operators.fnArray[k];
    const args = operators.argsArray[k] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.transform:
        ctm = multiply(ctm, args as number[]);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        if (args?.[0]) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>));
        break;
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.beginAnnotation:
        stack.push(ctm);
        inAnnotation++;
        ctm = multiply(multiply(IDENTITY, args![2] as number[]), args![3] as number[]);
        break;
      case OPS.endAnnotation:
        ctm = stack.pop() ?? IDENTITY;
        inAnnotation = Math.max(0, inAnnotation - 1);
        break;
      case OPS.constructPath: {
        const paint = args![0] as number;
        const data = (args![1] as unknown[])[0] as ArrayLike<number> | null | undefined;
        if (!data || paint === OPS.endPath) break;
        const stroked = paint === OPS.stroke || paint === OPS.closeStroke;
        rulesOfPath(data, multiply(viewport, ctm), stroked, rules);
        break;
      }
      case OPS.beginText:
        text.textMatrix = IDENTITY;
        text.lineMatrix = IDENTITY;
        break;
      case OPS.setFont:
        text.font = String(args![0]);
        text.size = Number(args![1]) || 0;
        break;
      case OPS.setTextMatrix: {
        const m = args!.length === 6 ? (args as number[]) : Array.from(args![0] as ArrayLike<number>);
        text.textMatrix = m as Matrix;
        text.lineMatrix = text.textMatrix;
        break;
      }
      case OPS.moveText:
        text.lineMatrix = multiply(text.lineMatrix, [1, 0, 0, 1, args![0] as number, args![1] as number]);
        text.textMatrix = text.lineMatrix;
        break;
      case OPS.showText:
        if (inAnnotation > 0)
          annotationWords.push(...shownWord(args![0] as unknown[], text, ctm, viewport, fontStyle));
        break;
      default:
        break;
    }
  }
  return { rules, annotationWords };
}

function shownWord(
  glyphs: unknown[],
  text: ShownText,
  ctm: Matrix,
  viewport: Matrix,
  fontStyle: (font: string) => { bold: boolean; italic: boolean },
): PageWord[] {
  let value = "";
  let advance = 0;
  for (const glyph of glyphs) {
    if (typeof glyph === "number") advance -= glyph / 1000;
    else if (glyph !== null && typeof glyph === "object") {
      const g = glyph as { unicode?: string; width?: number };
      value += g.unicode ?? "";
      advance += (g.width ?? 0) / 1000;
    }
  }
  if (value.trim() === "") return [];
  const m = multiply(viewport, multiply(ctm, text.textMatrix));
  const size = text.size * Math.hypot(m[2], m[3]);
  const [x, y] = apply(m, 0, 0);
  const width = advance * text.size * Math.hypot(m[0], m[1]);
  return [
    { text: value, x0: x, x1: x + width, y0: y - size * 0.8, y1: y + size * 0.2, ...fontStyle(text.font) },
  ];
}

/**
 * Reads one page into a {@link PageLayout}: the text layer's items (with
 * bold/italic from their fonts' names) and the ruling lines drawn by the
 * operator list.
 */
export async function extractPageLayout(pdfjs: Pdfjs, page: PDFPageProxy): Promise<PageLayout> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const operators = await page.getOperatorList();
  const content = await page.getTextContent();
  const styles = new Map<string, { bold: boolean; italic: boolean }>();
  const fontStyle = (font: string) => {
    let style = styles.get(font);
    if (style === undefined) {
      let name = content.styles[font]?.fontFamily ?? "";
      try {
        const loaded = page.commonObjs.has(font) ? (page.commonObjs.get(font) as { name?: string }) : null;
        if (typeof loaded?.name === "string") name = loaded.name;
      } catch {
        // the font object is not available: the family name is all we have
      }
      style = styleOfFontName(name);
      styles.set(font, style);
    }
    return style;
  };
  const words: PageWord[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const m = multiply(vt, item.transform as number[]);
    const size = Math.hypot(m[2], m[3]) || item.height;
    const x = m[4];
    const y = m[5];
    const horizontal = Math.abs(m[1]) < 1e-3;
    const width = item.width * (horizontal ? 1 : 0);
    words.push({
      text: item.str,
      x0: x,
      x1: x + Math.max(width, 0),
      y0: y - size * 0.8,
      y1: y + size * 0.2,
      ...fontStyle(item.fontName),
    });
  }
  const { rules, annotationWords } = walkOperators(pdfjs, operators, vt, fontStyle);
  words.push(...annotationWords);
  page.cleanup();
  return { page: page.pageNumber, width: viewport.width, height: viewport.height, words, rules };
}
