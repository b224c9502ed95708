import type { Rule } from "../readers/pdf/PageLayout";
import type { GrayImage } from "./GrayImage";

/** A pixel darker than this is ink. */
const INK = 140;

interface Stroke {
  /** Position across the stroke (row for horizontal strokes). */
  from: number;
  to: number;
  /** Extent along the stroke. */
  start: number;
  end: number;
}

/**
 * Long straight runs of ink along one axis, grouped over adjacent
 * rows/columns into strokes. `along` is the image's extent along the runs.
 */
function strokes(image: GrayImage, horizontal: boolean, minLength: number): Stroke[] {
  const { width, height, pixels } = image;
  const lines = horizontal ? height : width;
  const length = horizontal ? width : height;
  const open: Stroke[] = [];
  const done: Stroke[] = [];
  for (let a = 0; a < lines; a++) {
    const runs: [number, number][] = [];
    let runStart = -1;
    let gap = 0;
    for (let b = 0; b <= length; b++) {
      const dark = b < length && pixels[horizontal ? a * width + b : b * width + a]! < INK;
      if (dark) {
        if (runStart < 0) runStart = b;
        gap = 0;
      } else if (runStart >= 0) {
        // a one-pixel break (antialiasing, scan noise) does not end a run
        if (b < length && gap < 1) {
          gap++;
          continue;
        }
        const end = b - gap;
        if (end - runStart >= minLength) runs.push([runStart, end]);
        runStart = -1;
        gap = 0;
      }
    }
    for (const [start, end] of runs) {
      const stroke = open.find(
        (s) => s.to >= a - 1 && Math.min(s.end, end) - Math.max(s.start, start) > (end - start) / 2,
      );
      if (stroke !== undefined) {
        stroke.to = a;
        stroke.start = Math.min(stroke.start, start);
        stroke.end = Math.max(stroke.end, end);
      } else open.push({ from: a, to: a, start, end });
    }
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i]!.to < a - 1) done.push(...open.splice(i, 1));
    }
  }
  done.push(...open);
  return done;
}

/**
 * The ruling lines of a page image: horizontal and vertical runs of ink at
 * least `minLength` pixels long (thin strokes: at most `maxThickness`
 * pixels across), in pixel coordinates. Text strokes are far shorter; a
 * text underline is found too, but a lone line makes no table.
 */
export function findImageRules(image: GrayImage, minLength: number, maxThickness: number): Rule[] {
  const rules: Rule[] = [];
  for (const s of strokes(image, true, minLength)) {
    if (s.to - s.from + 1 > maxThickness) continue;
    const y = (s.from + s.to + 1) / 2;
    rules.push({ x0: s.start, y0: y, x1: s.end, y1: y });
  }
  for (const s of strokes(image, false, minLength)) {
    if (s.to - s.from + 1 > maxThickness) continue;
    const x = (s.from + s.to + 1) / 2;
    rules.push({ x0: x, y0: s.start, x1: x, y1: s.end });
  }
  return rules;
}

/** A copy of the image with the rules painted white (Tesseract reads cells better without their borders). */
export function eraseRules(image: GrayImage, rules: readonly Rule[], thickness: number): GrayImage {
  const pixels = image.pixels.slice();
  const half = Math.ceil(thickness / 2) + 1;
  for (const rule of rules) {
    const x0 = Math.max(0, Math.floor(rule.x0 - half));
    const x1 = Math.min(image.width - 1, Math.ceil(rule.x1 + half));
    const y0 = Math.max(0, Math.floor(rule.y0 - half));
    const y1 = Math.min(image.height - 1, Math.ceil(rule.y1 + half));
    for (let y = y0; y <= y1; y++) pixels.fill(255, y * image.width + x0, y * image.width + x1 + 1);
  }
  return { ...image, pixels };
}
