import type { SourceLocation } from "@kehoach/core";
import { convertTcvn3, convertVni } from "../encoding/legacyEncodings";
import type { SourceBlock, SourceCell } from "../SourceDocument";
import { joinRichText, type RichText, type TextSegment } from "../text/RichText";
import type { XmlHandler } from "./scanXml";

const off = new Set(["0", "false", "off", "none"]);

/** A toggle property (`<w:b/>`, `<w:b w:val="0"/>`): on unless its value says off; undefined when absent. */
function flag(attrs: Record<string, string> | null | undefined): boolean | undefined {
  if (attrs === undefined) return undefined;
  const value = attrs?.["w:val"];
  return value === undefined || !off.has(value.toLowerCase());
}

type Legacy = "tcvn3" | "tcvn3-upper" | "vni" | null;

function legacyFont(fonts: Record<string, string> | null | undefined): Legacy {
  const name = fonts?.["w:ascii"] ?? fonts?.["w:hAnsi"] ?? "";
  if (/^\.?vn/iu.test(name) && !/^vni/iu.test(name)) return /h$/iu.test(name) ? "tcvn3-upper" : "tcvn3";
  if (/^vni[-\s]/iu.test(name)) return "vni";
  return null;
}

/** A run being read: its first `w:rPr`'s toggles and font (undefined: not met), and its texts in order. */
interface Run {
  kind: "run";
  props: boolean;
  bold: Record<string, string> | null | undefined;
  italic: Record<string, string> | null | undefined;
  fonts: Record<string, string> | null | undefined;
  parts: string[];
  into: TextSegment[];
}

/** A row of a body table being read: its first `w:trPr`'s hints, and its cells in order. */
interface Row {
  kind: "row";
  line: number;
  table: number;
  number: number;
  props: boolean;
  header: Record<string, string> | null | undefined;
  gridBefore: string | undefined;
  cells: Cell[];
}

/** A cell being read: its first `w:tcPr`'s span and merge, and its paragraphs (nested tables' too). */
interface Cell {
  kind: "cell";
  props: boolean;
  span: string | undefined;
  vMerge: Record<string, string> | null | undefined;
  parts: RichText[];
}

/**
 * Where the walker stands: each open element's frame says how its children
 * are read. "skip" frames are elements whose content carries nothing.
 */
type Frame =
  | { kind: "root" | "document" | "body" | "sdt" | "table" | "skip" | "rowProps" | "cellProps" }
  | { kind: "paragraph"; into: TextSegment[] }
  | { kind: "runProps"; run: Run }
  | { kind: "text"; run: Run; text: string }
  | { kind: "cellContent"; cell: Cell }
  | Run
  | Row
  | Cell;

const SKIP: Frame = { kind: "skip" };
const ROOT: Frame = { kind: "root" };
const DOCUMENT: Frame = { kind: "document" };
const BODY: Frame = { kind: "body" };
const TABLE: Frame = { kind: "table" };
const ROW_PROPS: Frame = { kind: "rowProps" };
const CELL_PROPS: Frame = { kind: "cellProps" };
/** Cell content that nests more cell content (a nested table, a content control, a row, a cell). */
const NESTED_CELL_CONTENT = new Set(["w:tbl", "w:sdt", "w:sdtContent", "w:tr", "w:tc"]);

/**
 * Reads the blocks of `word/document.xml` as the scanner tells it, with no
 * tree: the first `w:document`'s first `w:body`; body paragraphs (looking
 * through content controls) become paragraph blocks, each row of a body table
 * a row block with one cell per grid column (`gridBefore` cells first,
 * `gridSpan` cells followed by "horizontal" covered cells, `vMerge`
 * continuations "vertical"); a cell's paragraphs and nested tables are joined
 * with one space. Runs are read through hyperlinks, insertions, smart tags and
 * content controls, not deletions; bold and italic from the run's first
 * `w:rPr`; text in a legacy font (TCVN3, VNI) converted.
 */
export class DocxBodyReader implements XmlHandler {
  readonly blocks: SourceBlock[] = [];
  /** Whether a body was found. */
  body = false;
  /** Whether text was converted from a legacy font. */
  legacy = false;
  private readonly stack: Frame[] = [ROOT];
  private documentSeen = false;
  private line = 0;
  private tableNumber = 0;
  private rowNumber = 0;

  constructor(private readonly base: SourceLocation) {}

  open(name: string, attrs: Record<string, string> | null): void {
    this.stack.push(this.frameOf(this.stack[this.stack.length - 1]!, name, attrs));
  }

  close(): void {
    const frame = this.stack.pop()!;
    switch (frame.kind) {
      case "run":
        this.endRun(frame);
        break;
      case "text":
        if (frame.text !== "") frame.run.parts.push(frame.text);
        break;
      case "row":
        this.endRow(frame);
        break;
    }
  }

  text(text: string): void {
    const frame = this.stack[this.stack.length - 1]!;
    if (frame.kind === "text") frame.text += text;
  }

  /** The frame of a child `name` of an element read as `parent`. */
  private frameOf(parent: Frame, name: string, attrs: Record<string, string> | null): Frame {
    switch (parent.kind) {
      case "root":
        if (name !== "w:document" || this.documentSeen) return SKIP;
        this.documentSeen = true;
        return DOCUMENT;
      case "document":
        if (name !== "w:body" || this.body) return SKIP;
        this.body = true;
        return BODY;
      case "body":
        return this.bodyChild(name);
      case "sdt":
        // Only the control's first content counts, read as body.
        if (name !== "w:sdtContent") return SKIP;
        this.stack[this.stack.length - 1] = SKIP;
        return BODY;
      case "paragraph":
        return this.paragraphChild(parent.into, name);
      case "run":
        return this.runChild(parent, name);
      case "runProps":
        // The first of each counts (null: present without attributes).
        if (name === "w:b" && parent.run.bold === undefined) parent.run.bold = attrs;
        else if (name === "w:i" && parent.run.italic === undefined) parent.run.italic = attrs;
        else if (name === "w:rFonts" && parent.run.fonts === undefined) parent.run.fonts = attrs;
        return SKIP;
      case "table":
        if (name !== "w:tr") return SKIP;
        this.line++;
        this.rowNumber++;
        return {
          kind: "row",
          line: this.line,
          table: this.tableNumber,
          number: this.rowNumber,
          props: false,
          header: undefined,
          gridBefore: undefined,
          cells: [],
        };
      case "row":
        return this.rowChild(parent, name);
      case "rowProps": {
        const row = this.stack[this.stack.length - 2] as Row;
        if (name === "w:tblHeader" && row.header === undefined) row.header = attrs;
        else if (name === "w:gridBefore" && row.gridBefore === undefined)
          row.gridBefore = attrs?.["w:val"] ?? "";
        return SKIP;
      }
      case "cell":
        if (name === "w:tcPr" && !parent.props) {
          parent.props = true;
          return CELL_PROPS;
        }
        return this.cellContentChild(parent, name);
      case "cellContent":
        return this.cellContentChild(parent.cell, name);
      case "cellProps": {
        const cell = this.stack[this.stack.length - 2] as Cell;
        if (name === "w:gridSpan" && cell.span === undefined) cell.span = attrs?.["w:val"] ?? "";
        else if (name === "w:vMerge" && cell.vMerge === undefined) cell.vMerge = attrs;
        return SKIP;
      }
      default:
        return SKIP;
    }
  }

  private bodyChild(name: string): Frame {
    if (name === "w:sdt") return { kind: "sdt" };
    if (name === "w:tbl") {
      this.tableNumber++;
      this.rowNumber = 0;
      return TABLE;
    }
    if (name !== "w:p") return SKIP;
    this.line++;
    const segments: TextSegment[] = [];
    const line = this.line;
    this.blocks.push({ kind: "paragraph", rich: { segments }, line, location: { ...this.base, line } });
    return { kind: "paragraph", into: segments };
  }

  private paragraphChild(into: TextSegment[], name: string): Frame {
    if (name === "w:r")
      return {
        kind: "run",
        props: false,
        bold: undefined,
        italic: undefined,
        fonts: undefined,
        parts: [],
        into,
      };
    if (name === "w:del" || name === "w:rPr" || name === "w:pPr") return SKIP;
    // Hyperlinks, insertions, smart tags, content controls: their runs are the paragraph's.
    return this.stack[this.stack.length - 1]!;
  }

  private runChild(run: Run, name: string): Frame {
    if (name === "w:rPr") {
      if (run.props) return SKIP;
      run.props = true;
      return { kind: "runProps", run };
    }
    if (name === "w:t") return { kind: "text", run, text: "" };
    if (name === "w:tab" || name === "w:br" || name === "w:cr") run.parts.push(" ");
    else if (name === "w:noBreakHyphen") run.parts.push("-");
    return SKIP;
  }

  private endRun(run: Run): void {
    if (run.parts.length === 0) return;
    const bold = flag(run.bold) ?? false;
    const italic = flag(run.italic) ?? false;
    const font = legacyFont(run.fonts);
    for (let text of run.parts) {
      if (font !== null) {
        this.legacy = true;
        text = font === "vni" ? convertVni(text) : convertTcvn3(text, font === "tcvn3-upper");
      }
      run.into.push({ text, bold, italic });
    }
  }

  private rowChild(row: Row, name: string): Frame {
    if (name === "w:trPr") {
      if (row.props) return SKIP;
      row.props = true;
      return ROW_PROPS;
    }
    if (name !== "w:tc") return SKIP;
    const cell: Cell = { kind: "cell", props: false, span: undefined, vMerge: undefined, parts: [] };
    row.cells.push(cell);
    return cell;
  }

  private cellContentChild(cell: Cell, name: string): Frame {
    if (name === "w:p") {
      const segments: TextSegment[] = [];
      cell.parts.push({ segments });
      return { kind: "paragraph", into: segments };
    }
    if (NESTED_CELL_CONTENT.has(name)) return { kind: "cellContent", cell };
    return SKIP;
  }

  private endRow(row: Row): void {
    const { line, table, number } = row;
    const file = this.base.file;
    const rowPath = ["table", table, "row", number];
    const location: SourceLocation =
      file === undefined ? { line, path: rowPath } : { file, line, path: rowPath };
    // Each cell's location is the row's with its column (built as literals: a spread per cell was a tenth of the read).
    const at = (column: number, path: (string | number)[]): SourceLocation =>
      file === undefined ? { line, path, column } : { file, line, path, column };
    const headerHint = flag(row.header) === true;
    const cells: SourceCell[] = [];
    const skip = Number.parseInt(row.gridBefore ?? "0", 10) || 0;
    for (let i = 0; i < Math.min(skip, 64); i++) {
      cells.push({
        rich: { segments: [] },
        location: at(cells.length + 1, rowPath),
        merge: null,
      });
    }
    for (const cell of row.cells) {
      const width = Math.min(64, Math.max(1, Number.parseInt(cell.span ?? "1", 10) || 1));
      const continues = cell.vMerge !== undefined && (cell.vMerge?.["w:val"] ?? "continue") !== "restart";
      const column = cells.length + 1;
      cells.push({
        rich: joinRichText(cell.parts),
        location: at(column, ["table", table, "row", number, "cell", column]),
        merge: continues ? "vertical" : null,
      });
      for (let i = 1; i < width; i++) {
        cells.push({
          rich: { segments: [] },
          location: at(cells.length + 1, rowPath),
          merge: continues ? "vertical" : "horizontal",
        });
      }
    }
    this.blocks.push({ kind: "row", cells, line, location, headerHint, group: null });
  }
}
