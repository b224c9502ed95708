import type { Diagnostic, SourceLocation } from "@kehoach/core";
import type { RichText } from "./text/RichText";

/** The input formats the importer reads. */
export type ImportFormat = "text" | "docx" | "xlsx" | "csv";

/** One cell of a source row, with where it stands. */
export interface SourceCell {
  rich: RichText;
  location: SourceLocation;
  /**
   * How the cell is covered by a merged cell of the original: "vertical" (a
   * Word `vMerge` continuation or a merged range's lower cell: it repeats the
   * cell above), "horizontal" (covered by the cell to its left), or null.
   */
  merge: "vertical" | "horizontal" | null;
}

/** A paragraph of text outside a table (a title line, the "(Kèm theo …)" line). */
export interface SourceParagraph {
  kind: "paragraph";
  rich: RichText;
  /** 1-based source line (text), block number (docx) or row (sheet). */
  line: number;
  location: SourceLocation;
}

/** A table row as read, before any interpretation. */
export interface SourceRow {
  kind: "row";
  cells: SourceCell[];
  line: number;
  location: SourceLocation;
  /** Marked as a header row by the source itself (Word "repeat as header row"). */
  headerHint: boolean;
  /** Sheet name (xlsx) or physical table number (docx), when the source has them. */
  group: string | null;
}

/** A block of a source document, in document order. */
export type SourceBlock = SourceParagraph | SourceRow;

/** A document read into the one row model every format shares. */
export interface SourceDocument {
  format: ImportFormat;
  fileName: string | null;
  blocks: SourceBlock[];
  diagnostics: Diagnostic[];
  /** Size of the input in bytes (or UTF-16 code units for strings). */
  size: number;
}
