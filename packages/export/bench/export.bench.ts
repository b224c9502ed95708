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
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";
import { report, timeMs } from "../../../scripts/bench-kit.ts";
import {
  buildPlanTableReport,
  cellText,
  planTableStreamTables,
  renderDocx,
  writeXlsxStream,
} from "../src/index";
import { syntheticPlan } from "./syntheticPlan";

const work = mkdtempSync(join(tmpdir(), "kehoach-export-bench-"));

// --- .docx, 1,000 activities ---
const plan1k = syntheticPlan(1_000);
const rows1k = (() => {
  const built = buildPlanTableReport(plan1k).report;
  const block = built?.parts[0]?.blocks[0];
  if (block?.type !== "table") throw new Error("no table");
  return {
    columns: block.table.columns,
    rows: block.table.rows.map((r) => block.table.columns.map((c) => cellText(r.cells[c.key]))),
  };
})();

async function bareDocx(): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: rows1k.columns.map(
      (c) =>
        new TableCell({
          children: [new Paragraph({ children: [new TextRun({ text: c.label, bold: true })] })],
        }),
    ),
  });
  const body = rows1k.rows.map(
    (values) =>
      new TableRow({
        cantSplit: true,
        children: values.map(
          (v) =>
            new TableCell({
              children: v.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] })),
            }),
        ),
      }),
  );
  const doc = new Document({
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } },
        },
        children: [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] })],
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
  baselineName: "bare docx table",
  unit: "ms CPU",
  ratio: docxOurs / docxBare,
  target: "≤ 1.2×",
  note: "ratio = our CPU time / baseline CPU time (best of 9, interleaved, GC before each)",
});

// --- .xlsx streaming, 100,000 activities ---
const plan100k = syntheticPlan(100_000);

async function bareXlsx(): Promise<void> {
  const out = createWriteStream(join(work, "bare.xlsx"));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const table = planTableStreamTables(plan100k)[0];
  if (!table) throw new Error("no table");
  const ws = wb.addWorksheet("Biểu 1");
  ws.columns = table.head.columns.map((c) => ({ key: c.key, width: c.width }));
  ws.addRow(table.head.columns.map((c) => c.label)).commit();
  for (const row of table.rows as Iterable<{
    cells: Record<string, { text: string; note: string | null }>;
  }>) {
    ws.addRow(table.head.columns.map((c) => cellText(row.cells[c.key] as never))).commit();
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

const xlsxBare = await timeMs(bareXlsx, 2);
const xlsxOurs = await timeMs(oursXlsx, 2);
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
  baselineName: "bare exceljs streaming",
  unit: "ms",
  ratio: xlsxOurs / xlsxBare,
  target: "≤ 1.2×",
  note: "ratio = our time / baseline time",
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
