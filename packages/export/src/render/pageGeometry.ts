/** A4 in millimetres. */
export const A4 = { width: 210, height: 297 } as const;

/**
 * Page margins of Decree 30/2020/NĐ-CP (appendix I): top and bottom 20–25 mm,
 * left 30–35 mm, right 15–20 mm. We take the lower bounds, which leave the
 * widest text area for the tables.
 */
export const DECREE_30_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Twips (1/1440 inch) in a millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to whole twips. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** The width of the text area in millimetres for an orientation. */
export function textWidthMm(orientation: "portrait" | "landscape"): number {
  const pageWidth = orientation === "portrait" ? A4.width : A4.height;
  return pageWidth - DECREE_30_MARGINS_MM.left - DECREE_30_MARGINS_MM.right;
}

/** Scales relative widths to integers that add up to `total` exactly. */
export function scaleWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0) || 1;
  const scaled = relative.map((w) => Math.floor((w / sum) * total));
  const rest = total - scaled.reduce((a, b) => a + b, 0);
  if (scaled.length > 0) scaled[scaled.length - 1] = (scaled[scaled.length - 1] ?? 0) + rest;
  return scaled;
}
