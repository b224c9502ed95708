/** The part of pdfjs-dist the reader uses. */
export type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<Pdfjs> | null = null;

/**
 * Loads pdfjs-dist's legacy build (the one that runs on Node) once. The
 * specifier is held in a variable so that the CommonJS build keeps a real
 * dynamic `import()` (pdfjs-dist is ESM-only) instead of a `require()`.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  const specifier = "pdfjs-dist/legacy/build/pdf.mjs";
  loading ??= import(specifier) as Promise<Pdfjs>;
  return loading;
}
