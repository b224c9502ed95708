import type { Diagnostic, SourceLocation } from "@kehoach/core";
import type { DocumentSignature } from "./readers/pdf/readSignatures";
import type { RichText } from "./text/RichText";

/** The input formats the importer reads. */
export type ImportFormat = "text" | "markdown" | "docx" | "xlsx" | "csv" | "pdf";

/** One cell of a source row, with where it stands. */
export interface SourceCell {
  /**
   * The cell's text. Read-only: the readers give the cells of one text (or of one
   * spreadsheet shared string) one RichText, as the assembler does down merged cells.
   */
  rich: RichText;
  location: SourceLocation;
  /**
   * How the cell is covered by a merged cell of the original: "vertical" (a
   * Word `vMerge` continuation or a merged range's lower cell: it repeats the
   * cell above), "horizontal" (covered by the cell to its left), or null.
   */
  merge: "vertical" | "horizontal" | null;
}

/**
 * A paragraph of text outside a table (a title line, the "(Kèm theo …)" line).
 *
 * PDF: the text outside ruled tables, top to bottom, wrapped lines joined into
 * their paragraph, page numbers in the top and bottom bands dropped. A
 * borderless two-column block (the Decree 30 letterhead: issuer and "Số: …"
 * on the left, motto and "…, ngày … tháng … năm …" on the right; the
 * signature block: "Nơi nhận" on the left, the signer on the right) becomes
 * one paragraph per line, its left column first, then its right column.
 * The text of annotation appearances (a signature stamp "Số: …", "Thời gian
 * ký: …") is read like the page's text, where it is drawn.
 */
export interface SourceParagraph {
  kind: "paragraph";
  rich: RichText;
  /** 1-based source line (text), block number (docx) or row (sheet). */
  line: number;
  location: SourceLocation;
}

/**
 * A table row as read, before any interpretation.
 *
 * PDF: one row per grid row of a ruled table (grid lines from the drawn
 * rules); a cell spanning columns is followed by "horizontal" cells, one
 * spanning rows by "vertical" cells below it (its text is all in its first
 * cell, as in Word); a repeated header on later pages, and the rows it
 * repeats, get `headerHint`. `location.page` is the page.
 */
export interface SourceRow {
  kind: "row";
  cells: SourceCell[];
  line: number;
  location: SourceLocation;
  /** Marked as a header row by the source itself (Word "repeat as header row"). */
  headerHint: boolean;
  /** Sheet name (xlsx) or physical table number (docx), when the source has them. */
  group: string | null;
  /**
   * PDF: the row is the first below the (repeated) header of a table
   * continued from the previous page, and its first cell is empty: it may be
   * the rest of the row above, cut by the page break. Evidence for the
   * assembler to merge it into that row; absent for other formats.
   */
  pageContinuation?: boolean;
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
  /** PDF: the electronic signatures (reason, location, signing time); absent for other formats. */
  signatures?: DocumentSignature[];
}
