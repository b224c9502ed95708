// Plan table of a 1,000-activity plan through our .docx exporter vs a bare `docx` table of the same
// rows; a 100,000-activity .xlsx through our streaming exporter vs bare exceljs streaming, with the
// peak memory of ours. Both sides run in this one process, side by side.
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";
import { report } from "../../../scripts/bench-kit.ts";
import {
  buildPlanTableReport,
  cellText,
  planTableStreamTables,
  renderDocx,
  writeXlsxStream,
} from "../src/index";
import { layoutTable, roundWidths } from "../src/render/tableLayout";
import { syntheticPlan } from "./syntheticPlan";

const work = mkdtempSync(join(tmpdir(), "kehoach-export-bench-"));

// --- .docx, 1,000 activities ---
const plan1k = syntheticPlan(1_000);
const TEXT_TWIPS = 14_287; // A4 landscape less the Decree 30 margins
const MARGIN_X = 57;
const table1k = (() => {
  const built = buildPlanTableReport(plan1k).report;
  const block = built?.parts[0]?.blocks[0];
  if (block?.type !== "table") throw new Error("no table");
  const table = block.table;
  // The bare side is handed the widths and the rows kept whole that ours computes, as a writer
  // with hand-set widths would have them: it does not size anything, it only writes.
  const { widthsPt, keepWhole } = layoutTable(table, {
    totalPt: TEXT_TWIPS / 20,
    fontSizePt: 12,
    paddingPt: 5.7,
  });
  return {
    columns: table.columns,
    widths: roundWidths(
      widthsPt.map((w) => w * 20),
      TEXT_TWIPS,
    ),
    rows: table.rows.map((r, i) => ({
      section: r.kind === "section",
      keep: keepWhole[i] === true,
      values:
        r.kind === "section"
          ? [cellText(r.cells.code), cellText(r.cells.title)]
          : table.columns.map((c) => cellText(r.cells[c.key])),
    })),
  };
})();

/**
 * A bare `docx` plan table with what ours writes: a fixed layout, the same column widths in the
 * grid and in every cell, the same cell padding, the two-row header (merged "Dự kiến kết quả",
 * the other labels spanning both rows) repeated on every page, bold centred labels, section rows
 * merged across the columns, the same rows kept whole, centred codes, one paragraph per line.
 */
async function bareDocx(): Promise<Buffer> {
  const { columns, widths } = table1k;
  const width = (from: number, span = 1) => ({
    size: widths.slice(from, from + span).reduce((a, b) => a + b, 0),
    type: WidthType.DXA,
  });
  const label = (text: string) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] });
  const grouped = columns.findIndex((c) => c.group !== null);
  const top = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      ...columns.slice(0, grouped).map(
        (c, i) =>
          new TableCell({
            width: width(i),
            verticalMerge: VerticalMergeType.RESTART,
            verticalAlign: VerticalAlignTable.CENTER,
            children: [label(c.label)],
          }),
      ),
      new TableCell({
        width: width(grouped, columns.length - grouped),
        columnSpan: columns.length - grouped,
        verticalAlign: VerticalAlignTable.CENTER,
        children: [label(columns[grouped]?.group ?? "")],
      }),
    ],
  });
  const bottom = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: width(i),
          verticalMerge: i < grouped ? VerticalMergeType.CONTINUE : undefined,
          verticalAlign: VerticalAlignTable.CENTER,
          children: [i < grouped ? new Paragraph({}) : label(c.label)],
        }),
    ),
  });
  const lines = (text: string, bold: boolean, center: boolean) =>
    text.split("\n").map(
      (line) =>
        new Paragraph({
          alignment: center ? AlignmentType.CENTER : undefined,
          children: [bold ? new TextRun({ text: line, bold: true }) : new TextRun(line)],
        }),
    );
  const body = table1k.rows.map(
    (row) =>
      new TableRow({
        ...(row.keep ? { cantSplit: true } : {}),
        children: row.section
          ? [
              new TableCell({ width: width(0), children: lines(row.values[0] ?? "", true, true) }),
              new TableCell({
                width: width(1, columns.length - 1),
                columnSpan: columns.length - 1,
                children: lines(row.values[1] ?? "", true, false),
              }),
            ]
          : row.values.map(
              (v, i) =>
                new TableCell({ width: width(i), children: lines(v, false, columns[i]?.align === "center") }),
            ),
      }),
  );
  const doc = new Document({
    styles: { default: { document: { run: { font: "Times New Roman", size: 24 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } },
        },
        children: [
          new Table({
            layout: TableLayoutType.FIXED,
            width: { size: TEXT_TWIPS, type: WidthType.DXA },
            columnWidths: widths,
            margins: { left: MARGIN_X, right: MARGIN_X, top: 20, bottom: 20 },
            rows: [top, bottom, ...body],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function oursDocx(): Promise<Uint8Array> {
  const built = buildPlanTableReport(plan1k);
  if (!built.report) throw new Error("no report");
  return renderDocx(built.report);
}

// Interleaved (bare, ours, bare, ours, …), best of each, with a full garbage collection before
// every run: on a shared machine, load that comes and goes then weighs on both sides alike, and
// neither side pays for the garbage the other left.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
let docxBare = Number.POSITIVE_INFINITY;
let docxOurs = Number.POSITIVE_INFINITY;
await bareDocx(); // warm-up (JIT, docx's lazily built tables)
await oursDocx();
/** CPU milliseconds (user + system) of one call: unlike wall time, not inflated by waiting for a core. */
async function cpuMs(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
for (let i = 0; i < 9; i++) {
  collectGarbage();
  docxBare = Math.min(docxBare, await cpuMs(bareDocx));
  collectGarbage();
  docxOurs = Math.min(docxOurs, await cpuMs(oursDocx));
}
report({
  package: "export",
  benchmark: "plan table .docx, 1,000 activities",
  ours: docxOurs,
  baseline: docxBare,
  baselineName: "bare docx table, same widths and properties",
  unit: "ms CPU",
  ratio: docxOurs / docxBare,
  target: "≤ 1.2×",
  note: "ratio = our CPU time / baseline CPU time (best of 9, interleaved, GC before each)",
});

// --- .xlsx streaming, 100,000 activities ---
const plan100k = syntheticPlan(100_000);

/**
 * Bare exceljs streaming of the same rows as a sensible writer would: column widths, a bold
 * header row, and every body cell given one shared style object (font, top alignment with
 * wrapping, thin borders), which exceljs serialises once; not a fresh style per cell.
 */
async function bareXlsx(): Promise<void> {
  const out = createWriteStream(join(work, "bare.xlsx"));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const table = planTableStreamTables(plan100k)[0];
  if (!table) throw new Error("no table");
  const thin = { style: "thin" as const, color: { argb: "FF000000" } };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const body: Partial<ExcelJS.Style> = {
    font: { name: "Times New Roman", size: 12 },
    alignment: { vertical: "top", wrapText: true },
    border,
  };
  const head: Partial<ExcelJS.Style> = { ...body, font: { name: "Times New Roman", size: 12, bold: true } };
  const ws = wb.addWorksheet("Biểu 1");
  ws.columns = table.head.columns.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.addRow(table.head.columns.map((c) => c.label));
  header.eachCell((cell) => {
    cell.style = head;
  });
  header.commit();
  for (const row of table.rows as Iterable<{
    cells: Record<string, { text: string; note: string | null }>;
  }>) {
    const added = ws.addRow(table.head.columns.map((c) => cellText(row.cells[c.key] as never)));
    for (let c = 1; c <= table.head.columns.length; c++) added.getCell(c).style = body;
    added.commit();
  }
  ws.commit();
  await wb.commit();
  await finished(out);
}

async function oursXlsx(): Promise<void> {
  const out = createWriteStream(join(work, "ours.xlsx"));
  await writeXlsxStream(planTableStreamTables(plan100k), out);
  await finished(out);
}

// Interleaved, best of two each, in CPU time like the .docx benchmark.
let xlsxBare = Number.POSITIVE_INFINITY;
let xlsxOurs = Number.POSITIVE_INFINITY;
for (let i = 0; i < 2; i++) {
  collectGarbage();
  xlsxBare = Math.min(xlsxBare, await cpuMs(bareXlsx));
  collectGarbage();
  xlsxOurs = Math.min(xlsxOurs, await cpuMs(oursXlsx));
}
// Peak memory of our exporter alone: a fresh process that builds the 100,000-activity plan and streams it.
const child = JSON.parse(
  execFileSync(
    process.execPath,
    [
      "--conditions=@kehoach/source",
      "--import",
      "tsx",
      join(import.meta.dirname, "streamXlsxChild.ts"),
      "100000",
    ],
    { encoding: "utf8" },
  ),
) as { rows: number; maxRssKb: number };
report({
  package: "export",
  benchmark: "streaming .xlsx, 100,000 activities",
  ours: xlsxOurs,
  baseline: xlsxBare,
  baselineName: "bare exceljs streaming, one shared style",
  unit: "ms CPU",
  ratio: xlsxOurs / xlsxBare,
  target: "≤ 1.2×",
  note: "ratio = our CPU time / baseline CPU time (best of 2, interleaved, GC before each)",
});
report({
  package: "export",
  benchmark: "streaming .xlsx, 100,000 activities: peak RSS",
  ours: child.maxRssKb / 1024,
  unit: "MB",
  target: "< 300 MB",
  note: `maxRSS of a process that builds the plan and streams its ${child.rows} rows`,
});
rmSync(work, { recursive: true, force: true });
