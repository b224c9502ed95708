import { execFileSync } from "node:child_process";

// What a printed page looks like, measured from a PDF with poppler: the words and where they are
// (`pdftotext -bbox-layout`), and the table's ruling lines (`pdftocairo -svg`, whose stroked paths
// are the cell borders). Coordinates are points from the top-left corner of the page.

/** A word on a page and its box. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A straight ruling line (a cell border): vertical when x1 = x2, horizontal when y1 = y2. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/** The words of every page of a PDF (index 0 = page 1), NFC. */
export function pdfWords(pdf: string): PdfWord[][] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return xml
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: decode(m[5] ?? "").normalize("NFC"),
      })),
    );
}

/** The straight stroked lines of one page (1-based), in page coordinates. */
export function pdfRules(pdf: string, page: number, workDir: string): PdfRule[] {
  const svg = `${workDir}/rules-${page}.svg`;
  execFileSync("pdftocairo", ["-svg", "-f", String(page), "-l", String(page), pdf, svg]);
  const text = execFileSync("cat", [svg], { encoding: "utf8", maxBuffer: 64 << 20 });
  const rules: PdfRule[] = [];
  const path =
    /<path style="fill:none;[^"]*" d="M ([\d.-]+) ([\d.-]+) L ([\d.-]+) ([\d.-]+) "(?: transform="matrix\(([^)]*)\)")?/g;
  for (const m of text.matchAll(path)) {
    const [a, b, c, d, e, f] = (m[5] ?? "1,0,0,1,0,0").split(",").map(Number) as number[];
    const at = (x: number, y: number) => [
      (a ?? 1) * x + (c ?? 0) * y + (e ?? 0),
      (b ?? 0) * x + (d ?? 1) * y + (f ?? 0),
    ];
    const [x1, y1] = at(Number(m[1]), Number(m[2])) as [number, number];
    const [x2, y2] = at(Number(m[3]), Number(m[4])) as [number, number];
    rules.push({ x1, y1: Math.min(y1, y2), x2, y2: Math.max(y1, y2) });
  }
  return rules;
}

/** Finds a phrase (consecutive words on one line) on a page; returns its words or null. */
export function findPhrase(words: readonly PdfWord[], phrase: string): PdfWord[] | null {
  const parts = phrase.normalize("NFC").split(/\s+/);
  for (let i = 0; i + parts.length <= words.length; i++) {
    const run = words.slice(i, i + parts.length);
    if (run.every((w, k) => w.text === parts[k]) && run.every((w) => Math.abs(w.yMin - run[0]!.yMin) < 2))
      return run;
  }
  return null;
}

/** A table's header as printed: the x of its leaf columns' borders, and the band of its header rows. */
export interface PrintedHeader {
  /** x of every vertical border of the leaf columns, left to right (columns + 1 values). */
  edges: number[];
  top: number;
  bottom: number;
}

const near = (a: number, b: number, tolerance = 1.5) => Math.abs(a - b) <= tolerance;

/**
 * Measures the header of the table whose first header cell shows `firstLabel` (a cell spanning
 * every header row, like "TT"): the top border above it, the first border below it that crosses
 * its column (the end of the header), and the vertical borders crossing the header's last row.
 */
export function printedHeader(words: readonly PdfWord[], rules: readonly PdfRule[], firstLabel: string) {
  const label = findPhrase(words, firstLabel);
  if (!label) return null;
  const box = label[0] as PdfWord;
  const horizontal = rules.filter((r) => near(r.y1, r.y2, 0.1) && r.x1 !== r.x2);
  const crosses = (r: PdfRule, x: number) => Math.min(r.x1, r.x2) <= x && x <= Math.max(r.x1, r.x2);
  const midX = (box.xMin + box.xMax) / 2;
  const above = horizontal.filter((r) => r.y1 <= box.yMin && crosses(r, midX)).sort((p, q) => q.y1 - p.y1);
  const below = horizontal.filter((r) => r.y1 >= box.yMax && crosses(r, midX)).sort((p, q) => p.y1 - q.y1);
  const top = above[0]?.y1;
  const bottom = below[0]?.y1;
  if (top === undefined || bottom === undefined) return null;
  const y = bottom - 2;
  const xs = rules
    .filter((r) => near(r.x1, r.x2, 0.1) && r.y1 <= y && y <= r.y2)
    .map((r) => r.x1)
    .sort((p, q) => p - q);
  const edges = xs.filter((x, i) => i === 0 || !near(x, xs[i - 1] as number));
  return { edges, top, bottom } satisfies PrintedHeader;
}

/** The words inside a rectangle (by their centres). */
export function wordsIn(
  words: readonly PdfWord[],
  box: { left: number; right: number; top: number; bottom: number },
): PdfWord[] {
  return words.filter((w) => {
    const x = (w.xMin + w.xMax) / 2;
    const y = (w.yMin + w.yMax) / 2;
    return x > box.left && x < box.right && y > box.top && y < box.bottom;
  });
}
