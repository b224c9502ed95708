// The seed plan as an office would hold it in Word and in Excel, built here
// from the seed text with an independent, deliberately simple reading of it
// (not the importer's): the page-break continuation rows are joined back into
// their row (one row, as in Word), the repeated headers are dropped, the
// two-row header gets its real merges ("Dự kiến kết quả" spanning two columns,
// the other labels spanning two rows), and table 2's lead and time cells are
// one cell merged down items 1–9.

import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";
import { seedText } from "./seed";

/** A run of text with its style. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** One table of the seed, as the author laid it out. */
export interface SeedTable {
  /** The bold title lines above it. */
  titles: string[];
  /** The italic "(Kèm theo …)" line. */
  attached: string;
  /** First header line and, for table 1, the level line under it. */
  header: string[];
  subHeader: string[] | null;
  /** Logical rows: one per activity, cells as runs. */
  rows: Run[][][];
}

function decode(text: string): string {
  return text.replace(/&amp;/gu, "&").replace(/&lt;/gu, "<").replace(/&gt;/gu, ">");
}

/** `<b>`/`<i>` tags to runs (the seed nests neither). */
function runsOf(cell: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  for (const part of cell.split(/(<\/?[bi]>)/u)) {
    if (part === "<b>") bold = true;
    else if (part === "</b>") bold = false;
    else if (part === "<i>") italic = true;
    else if (part === "</i>") italic = false;
    else if (part !== "") runs.push({ text: decode(part), bold, italic });
  }
  return runs;
}

function joinRuns(a: Run[], b: Run[]): Run[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const last = a[a.length - 1] as Run;
  const first = b[0] as Run;
  const space = { text: " ", bold: last.bold && first.bold, italic: last.italic && first.italic };
  return [...a, space, ...b];
}

/** Reads the seed text into its two tables. */
export function seedTables(text: string = seedText): SeedTable[] {
  const tables: SeedTable[] = [];
  let titles: string[] = [];
  let attached = "";
  let current: SeedTable | null = null;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/\s+$/u, "");
    if (line.trim() === "") continue;
    if (!line.includes("\t")) {
      const bare = line.trim();
      if (bare.startsWith("**")) titles.push(bare.replace(/^\*\*|\*\*$/gu, "").trim());
      else attached = bare.replace(/^\*|\*$/gu, "").trim();
      continue;
    }
    const cells = (lines[i] ?? "").split("\t");
    if (cells[0] === "TT") {
      const next = (lines[i + 1] ?? "").split("\t");
      const subHeader = next[0] === "" && next.some((cell) => cell.startsWith("Cấp")) ? next : null;
      if (subHeader) i++;
      if (titles.length > 0) {
        const width = subHeader ? subHeader.length : cells.filter((cell) => cell !== "").length;
        current = { titles, attached, header: cells.slice(0, width), subHeader, rows: [] };
        tables.push(current);
        titles = [];
      }
      continue;
    }
    if (current === null) continue;
    const width = current.header.length;
    const row = Array.from({ length: width }, (_, c) => runsOf(cells[c] ?? ""));
    const last = current.rows[current.rows.length - 1];
    if ((cells[0] ?? "") === "" && last !== undefined) {
      current.rows[current.rows.length - 1] = last.map((cell, c) => joinRuns(cell, row[c] ?? []));
    } else current.rows.push(row);
  }
  return tables;
}

function isEmpty(runs: Run[]): boolean {
  return runs.every((run) => run.text.trim() === "");
}

/** For each table, the cells merged down: column → row index where the merge starts and how many rows it spans. */
function verticalMerges(table: SeedTable, index: number): Map<string, number> {
  const spans = new Map<string, number>();
  if (index !== 1) return spans;
  // Table 2: item 1's lead (column 2) and time (column 4) cells span items 1–9.
  for (const column of [2, 4]) spans.set(`0:${column}`, table.rows.length);
  return spans;
}

function covered(spans: Map<string, number>, row: number, column: number): boolean {
  for (const [key, length] of spans) {
    const [r, c] = key.split(":").map(Number);
    if (c === column && r !== undefined && row > r && row < r + length) return true;
  }
  return false;
}

function docxRuns(runs: Run[]): TextRun[] {
  return runs.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic }));
}

function headerCell(label: string, span: { rowSpan?: number; columnSpan?: number } = {}): TableCell {
  const paragraph = new Paragraph({ children: [new TextRun({ text: label, bold: true })] });
  return new TableCell({ ...span, children: [paragraph] });
}

/** The seed (or other tables read by `seedTables`) as a Word document: titles, real merged cells, header rows repeated by Word itself. */
export async function seedDocx(tables: SeedTable[] = seedTables()): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  tables.forEach((table, t) => {
    for (const title of table.titles) {
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: title, bold: true })],
        }),
      );
    }
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: table.attached, italics: true })],
      }),
    );
    const headerRows: TableRow[] = [];
    if (table.subHeader) {
      const top = table.header.slice(0, 5).map((label) => headerCell(label, { rowSpan: 2 }));
      top.push(headerCell(table.header[5] ?? "", { columnSpan: 2 }));
      headerRows.push(new TableRow({ tableHeader: true, children: top }));
      const levels = table.subHeader.slice(5).map((label) => headerCell(label));
      headerRows.push(new TableRow({ tableHeader: true, children: levels }));
    } else {
      const labels = table.header.map((label) => headerCell(label));
      headerRows.push(new TableRow({ tableHeader: true, children: labels }));
    }
    const spans = verticalMerges(table, t);
    const bodyRows = table.rows.map(
      (row, r) =>
        new TableRow({
          children: row.flatMap((cell, c) => {
            if (covered(spans, r, c)) return [];
            const span = spans.get(`${r}:${c}`);
            return [
              new TableCell({
                ...(span === undefined ? {} : { rowSpan: span }),
                children: [new Paragraph({ children: docxRuns(cell) })],
              }),
            ];
          }),
        }),
    );
    children.push(
      new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...headerRows, ...bodyRows] }),
    );
    children.push(new Paragraph({ children: [] }));
  });
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

function excelValue(runs: Run[]): ExcelJS.CellValue {
  if (isEmpty(runs)) return null;
  if (runs.every((run) => !run.bold && !run.italic)) return runs.map((run) => run.text).join("");
  return {
    richText: runs.map((run) => ({
      text: run.text,
      font: { ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) },
    })),
  };
}

/**
 * The seed as an Excel workbook, one sheet per table: title rows merged
 * across the table's width, the two-row header with its merges, table 2's
 * lead and time cells merged down items 1–9, rich-text bold and italic.
 * With `oneSheet`, both tables stand on one sheet, one under the other.
 * `tables` are the seed's by default (the benchmark gives a generated plan's).
 */
export async function seedXlsx(oneSheet = false, tables: SeedTable[] = seedTables()): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | null = null;
  let r = 0;
  tables.forEach((table, t) => {
    if (sheet === null || !oneSheet) {
      sheet = workbook.addWorksheet(`Biểu ${t + 1}`);
      r = 0;
    } else r += 2;
    const ws: ExcelJS.Worksheet = sheet;
    const width = table.header.length;
    const last = String.fromCharCode(64 + width);
    for (const title of table.titles) {
      r++;
      ws.getCell(`A${r}`).value = { richText: [{ text: title, font: { bold: true } }] };
      ws.mergeCells(`A${r}:${last}${r}`);
    }
    r++;
    ws.getCell(`A${r}`).value = { richText: [{ text: table.attached, font: { italic: true } }] };
    ws.mergeCells(`A${r}:${last}${r}`);
    r++;
    table.header.forEach((label, c) => {
      if (label !== "") ws.getCell(r, c + 1).value = label;
    });
    if (table.subHeader) {
      table.subHeader.forEach((label, c) => {
        if (label !== "") ws.getCell(r + 1, c + 1).value = label;
      });
      for (let c = 1; c <= 5; c++) ws.mergeCells(r, c, r + 1, c);
      ws.mergeCells(r, 6, r, 7);
      r++;
    }
    const spans = verticalMerges(table, t);
    const first = r + 1;
    table.rows.forEach((row, i) => {
      r++;
      row.forEach((cell, c) => {
        if (!covered(spans, i, c)) ws.getCell(r, c + 1).value = excelValue(cell);
      });
    });
    for (const [key, length] of spans) {
      const [row, column] = key.split(":").map(Number);
      if (row === undefined || column === undefined) continue;
      ws.mergeCells(first + row, column + 1, first + row + length - 1, column + 1);
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
