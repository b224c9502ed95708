import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  type ISectionOptions,
  type ITableCellBorders,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from "docx";
import { z } from "zod";
import { noteInParentheses } from "../report/cellText";
import { formatVietnameseDateLine } from "../report/formatVietnameseDate";
import { type HeaderCell, headerLayout } from "../report/headerLayout";
import {
  type Closing,
  type Letterhead,
  type Report,
  type ReportBlock,
  type ReportCell,
  type ReportRow,
  ReportSchema,
  type ReportTable,
} from "../report/Report";
import { assertValid } from "./assertValid";
import { closingPartIndex } from "./closingPartIndex";
import { emphasisLines } from "./emphasisRuns";
import { A4, DECREE_30_MARGINS_MM, mmToTwips, scaleWidths, textWidthMm } from "./pageGeometry";
import { statusLabels } from "./statusLabels";
import { layoutTable, roundWidths } from "./tableLayout";
import { wrappedLines } from "./textWidth";

/** Options of {@link renderDocx}. */
export const DocxOptionsSchema = z.object({
  /** Body font (Decree 30/2020: Times New Roman). */
  font: z.string().min(1).default("Times New Roman"),
  /** Body size in points (Decree 30/2020: 13–14). */
  fontSize: z.number().min(8).max(20).default(13),
  /**
   * Table text size in points (default 12: the size issued plan tables use; Decree 30/2020 sets the
   * body's size, and a 13 pt table of the seed prints on a page more).
   */
  tableFontSize: z.number().min(8).max(20).default(12),
  /** Document metadata: creator. */
  creator: z.string().default("kehoach"),
});
/** What {@link DocxOptionsSchema} accepts (before defaults are filled in): options of {@link renderDocx}. */
export type DocxOptions = z.input<typeof DocxOptionsSchema>;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const NO_BORDERS: ITableCellBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

const align: Record<string, Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

interface Ctx {
  size: number; // half-points
  tableSize: number;
}

function run(
  text: string,
  ctx: Ctx,
  extra: { bold?: boolean; italics?: boolean; size?: number } = {},
): TextRun {
  return new TextRun({ text, bold: extra.bold, italics: extra.italics, size: extra.size ?? ctx.size });
}

/** A short horizontal rule under a heading line: a bottom border on an indented, empty paragraph. */
function rule(cellWidthTwips: number, ruleWidthTwips: number): Paragraph {
  const indent = Math.max(0, Math.round((cellWidthTwips - ruleWidthTwips) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 120, line: 120, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

/**
 * A borderless table of two side-by-side blocks: how the letterhead (issuer |
 * national motto) and the closing (recipients | signature) are laid out.
 */
function twoColumnBlock(
  left: Paragraph[],
  right: Paragraph[],
  leftWidth: number,
  rightWidth: number,
  cantSplit: boolean,
): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ borders: NO_BORDERS, width: { size: width, type: WidthType.DXA }, children });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: leftWidth + rightWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders: {
      ...NO_BORDERS,
      insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
    },
    rows: [
      new TableRow({
        ...(cantSplit ? { cantSplit: true } : {}),
        children: [cell(left, leftWidth), cell(right, rightWidth)],
      }),
    ],
  });
}

function letterheadTable(
  head: Letterhead,
  orientation: "portrait" | "landscape",
  ctx: Ctx,
  year: number | null,
) {
  const total = mmToTwips(textWidthMm(orientation));
  const [leftWidth, rightWidth] = scaleWidths([40, 60], total) as [number, number];
  const left: Paragraph[] = [];
  if (head.superior) {
    left.push(
      new Paragraph({ alignment: AlignmentType.CENTER, children: [run(head.superior, ctx, { size: 24 })] }),
    );
  }
  head.issuer.forEach((line) => {
    left.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(line, ctx, { bold: true, size: 26 })],
      }),
    );
  });
  left.push(rule(leftWidth, mmToTwips(25)));
  if (head.number) {
    left.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(`Số: ${head.number.value ?? "      "}/${head.number.symbol}`, ctx, { size: 26 })],
      }),
    );
  }
  const right: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ctx, { bold: true, size: 24 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run("Độc lập - Tự do - Hạnh phúc", ctx, { bold: true, size: 26 })],
    }),
    rule(rightWidth, mmToTwips(62)),
  ];
  if (head.place || head.date || head.number) {
    right.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          run(formatVietnameseDateLine(head.place, head.date, year ?? undefined), ctx, { italics: true }),
        ],
      }),
    );
  }
  return twoColumnBlock(left, right, leftWidth, rightWidth, false);
}

/**
 * Table cells carry no paragraph or run properties of their own: the document
 * defaults are the table text (its size, 1 pt before and after), and every
 * paragraph outside tables sets its size and spacing itself. A 1,000-row table
 * thus writes about as many XML elements as a bare one.
 */
const CELL_SPACING = { before: 0, after: 0 } as const;

function cellRun(text: string, bold: boolean, italics: boolean): TextRun {
  if (!bold && !italics) return new TextRun(text);
  return new TextRun({ text, bold: bold || undefined, italics: italics || undefined });
}

function cellParagraphs(cell: ReportCell | undefined, alignment: Align, bold = false): Paragraph[] {
  const text = cell?.text ?? "";
  const paragraphAlign = alignment === AlignmentType.LEFT ? undefined : alignment;
  // The common cell: one line, no bold span, no note.
  if (!cell?.note && (cell?.emphasis.length ?? 0) === 0 && !text.includes("\n")) {
    return [new Paragraph({ alignment: paragraphAlign, children: text ? [cellRun(text, bold, false)] : [] })];
  }
  const paragraphs = emphasisLines(text, cell?.emphasis ?? []).map(
    (pieces) =>
      new Paragraph({
        alignment: paragraphAlign,
        children: pieces.map((p) => cellRun(p.text, bold || p.bold, false)),
      }),
  );
  if (cell?.note) {
    paragraphs.push(
      new Paragraph({
        alignment: paragraphAlign,
        children: [cellRun(noteInParentheses(cell.note), false, true)],
      }),
    );
  }
  return paragraphs;
}

/** Cell padding in twips: 1 mm left and right (Word's default is 1.9 mm), 1 pt above and below. */
const CELL_MARGIN_X = 57;
const CELL_MARGIN_Y = 20;
/** Single line spacing of Times New Roman and Liberation Serif, in em. */
const LINE_HEIGHT_EM = 1.15;

/** A cell's width element: twips (`w:tcW` of type dxa). */
const dxa = (size: number) => ({ size, type: WidthType.DXA });

/**
 * The header rows. A label spanning both rows (with a group beside it) may need more lines than
 * the two rows have: the first row gets a minimum height for it, since LibreOffice clips such a
 * label where the header repeats on the next page instead of growing the rows.
 */
function headerRows(table: ReportTable, widths: readonly number[], ctx: Ctx): TableRow[] {
  const layout = headerLayout(table.columns);
  const size = ctx.tableSize / 2;
  const lineTwips = Math.ceil(size * LINE_HEIGHT_EM * 20);
  const linesOf = (c: HeaderCell) => {
    const widthTwips = widths.slice(c.column, c.column + c.columnSpan).reduce((a, b) => a + b, 0);
    return wrappedLines(c.label, (widthTwips - 2 * CELL_MARGIN_X) / 20 / size, true);
  };
  const spanning = Math.max(0, ...layout.cells.filter((c) => c.rowSpan > 1).map(linesOf));
  const secondRow = Math.max(0, ...layout.cells.filter((c) => c.row === 1).map(linesOf));
  const firstRowTwips = (spanning - secondRow) * lineTwips + 2 * CELL_MARGIN_Y;
  const rows: TableRow[] = [];
  const widthOf = (c: HeaderCell) =>
    widths.slice(c.column, c.column + c.columnSpan).reduce((a, b) => a + b, 0);
  for (let r = 0; r < layout.rowCount; r++) {
    // A label spanning both rows: "restart" above, an empty "continue" cell below, both with their
    // width (docx would add the lower cell itself, without one).
    const continued = layout.cells
      .filter((c) => c.row < r && c.row + c.rowSpan > r)
      .map((c) => ({ cell: c, below: true }));
    const own = layout.cells.filter((c) => c.row === r).map((c) => ({ cell: c, below: false }));
    const cells = [...continued, ...own]
      .sort((a, b) => a.cell.column - b.cell.column)
      .map(
        ({ cell: c, below }) =>
          new TableCell({
            columnSpan: c.columnSpan > 1 ? c.columnSpan : undefined,
            verticalMerge:
              c.rowSpan > 1 ? (below ? VerticalMergeType.CONTINUE : VerticalMergeType.RESTART) : undefined,
            verticalAlign: VerticalAlignTable.CENTER,
            width: dxa(widthOf(c)),
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: below ? [] : [run(c.label, ctx, { bold: true, size: ctx.tableSize })],
              }),
            ],
          }),
      );
    const height =
      r === 0 && layout.rowCount > 1 && spanning > secondRow + 1
        ? { height: { value: firstRowTwips, rule: HeightRule.ATLEAST } }
        : {};
    rows.push(new TableRow({ tableHeader: true, cantSplit: true, ...height, children: cells }));
  }
  return rows;
}

function bodyRow(
  table: ReportTable,
  row: ReportRow,
  widths: readonly number[],
  keepWhole: boolean,
): TableRow {
  const first = table.columns[0];
  // Only `true` is written: docx writes `cantSplit: false` as an element of its own.
  const cantSplit = keepWhole ? { cantSplit: true } : {};
  if (row.kind === "section" && first && table.columns.length > 1) {
    return new TableRow({
      ...cantSplit,
      children: [
        new TableCell({
          width: dxa(widths[0] as number),
          children: cellParagraphs(row.cells[first.key], align[first.align] ?? AlignmentType.LEFT, true),
        }),
        new TableCell({
          columnSpan: table.columns.length - 1,
          width: dxa(widths.slice(1).reduce((a, b) => a + b, 0)),
          children: cellParagraphs(
            row.cells.title ?? row.cells[table.columns[1]?.key ?? ""],
            AlignmentType.LEFT,
            true,
          ),
        }),
      ],
    });
  }
  const shading = row.status
    ? { type: ShadingType.CLEAR, color: "auto", fill: statusLabels[row.status].color }
    : undefined;
  return new TableRow({
    ...cantSplit,
    children: table.columns.map(
      (column, i) =>
        new TableCell({
          width: dxa(widths[i] as number),
          shading,
          children: cellParagraphs(
            row.cells[column.key],
            align[column.align] ?? AlignmentType.LEFT,
            row.kind === "total",
          ),
        }),
    ),
  });
}

/**
 * A report table: columns sized from their content and the page
 * ({@link layoutTable}), the widths in the grid (`w:tblGrid`) and in
 * every cell (`w:tcW`), so Word and LibreOffice lay it out alike; header rows
 * repeated on every page; rows of a few lines kept whole (`w:cantSplit`),
 * taller rows free to continue on the next page.
 */
function dataTable(table: ReportTable, orientation: "portrait" | "landscape", ctx: Ctx): Table {
  const total = mmToTwips(textWidthMm(orientation));
  const { widthsPt, keepWhole } = layoutTable(table, {
    totalPt: total / 20,
    fontSizePt: ctx.tableSize / 2,
    paddingPt: (2 * CELL_MARGIN_X) / 20,
  });
  const widths = roundWidths(
    widthsPt.map((w) => w * 20),
    total,
  );
  const bodyRows = table.rows.map((row, r) => bodyRow(table, row, widths, keepWhole[r] === true));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: dxa(total),
    columnWidths: widths,
    margins: { left: CELL_MARGIN_X, right: CELL_MARGIN_X, top: CELL_MARGIN_Y, bottom: CELL_MARGIN_Y },
    rows: [...headerRows(table, widths, ctx), ...bodyRows],
  });
}

function blockChildren(
  block: ReportBlock,
  orientation: "portrait" | "landscape",
  ctx: Ctx,
): (Paragraph | Table)[] {
  switch (block.type) {
    case "heading":
      return [
        new Paragraph({
          alignment: block.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 120, after: 60 },
          keepNext: true,
          children: [run(block.text, ctx, { bold: true })],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          alignment: align[block.align] ?? AlignmentType.JUSTIFIED,
          indent: block.align === "justify" ? { firstLine: mmToTwips(10) } : undefined,
          spacing: { before: 60, after: 60 },
          children: [run(block.text, ctx, { bold: block.bold, italics: block.italic || block.placeholder })],
        }),
      ];
    case "list":
      return block.items.map(
        (item) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: mmToTwips(10) },
            spacing: { before: 40, after: 40 },
            children: [run(`- ${item}`, ctx)],
          }),
      );
    case "table": {
      const out: (Paragraph | Table)[] = [];
      block.table.title.forEach((line) => {
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            children: [run(line, ctx, { bold: true, size: ctx.size + 1 })],
          }),
        );
      });
      if (block.table.subtitle) {
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { after: 160 },
            children: [run(block.table.subtitle, ctx, { italics: true })],
          }),
        );
      }
      out.push(dataTable(block.table, orientation, ctx));
      return out;
    }
  }
}

function closingTable(closing: Closing, orientation: "portrait" | "landscape", ctx: Ctx): Table {
  const total = mmToTwips(textWidthMm(orientation));
  const [leftWidth, rightWidth] = scaleWidths([50, 50], total) as [number, number];
  const left = [
    new Paragraph({ children: [run("Nơi nhận:", ctx, { bold: true, italics: true, size: 24 })] }),
    ...closing.recipients.map(
      (r, i) =>
        new Paragraph({
          children: [run(`- ${r}${i === closing.recipients.length - 1 ? "." : ";"}`, ctx, { size: 22 })],
        }),
    ),
  ];
  const right = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(closing.authority, ctx, { bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(closing.position, ctx, { bold: true })],
    }),
    new Paragraph({ children: [] }),
    new Paragraph({ children: [] }),
    new Paragraph({ children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(closing.signer ?? "", ctx, { bold: true })],
    }),
  ];
  return twoColumnBlock(left, right, leftWidth, rightWidth, true);
}

/**
 * Builds the `docx` Document of a report, to Decree 30/2020/NĐ-CP: A4, each
 * part its own section (portrait body, landscape appendix), margins 20/20/30/15
 * mm, Times New Roman 13 pt, the letterhead (issuer, national motto and their
 * rules, "Số: …", place and italic date), page numbers at the top centre from
 * page 2, tables whose (two-row, merged) header repeats on every page and
 * whose rows never split, and the "Nơi nhận:" block.
 */
export function buildDocxDocument(report: Report, options: DocxOptions = {}): Document {
  const valid = assertValid(ReportSchema, report, "report");
  const opts = assertValid(DocxOptionsSchema, options, "options");
  const ctx: Ctx = {
    size: Math.round(opts.fontSize * 2),
    tableSize: Math.round(opts.tableFontSize * 2),
  };
  const year = valid.asOf ? Number(valid.asOf.slice(0, 4)) : null;
  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: ctx.size })],
      }),
    ],
  });
  const emptyHeader = new Header({ children: [new Paragraph({ children: [] })] });
  const closingIndex = closingPartIndex(valid);
  const sections: ISectionOptions[] = valid.parts.map((part, index) => {
    const children: (Paragraph | Table)[] = [];
    if (index === 0 && valid.letterhead) {
      children.push(letterheadTable(valid.letterhead, part.orientation, ctx, year));
      children.push(new Paragraph({ children: [] }));
    }
    part.blocks.forEach((block, i) => {
      children.push(...blockChildren(block, part.orientation, ctx));
      // A blank line after a table, unless it ends the part: the section break follows it, and a
      // blank line that does not fit under a full page would print a page of its own.
      if (block.type === "table" && (i < part.blocks.length - 1 || index === closingIndex))
        children.push(new Paragraph({ children: [] }));
    });
    if (valid.closing && index === closingIndex)
      children.push(closingTable(valid.closing, part.orientation, ctx));
    return {
      properties: {
        titlePage: index === 0,
        // A part in the orientation of the one before continues on the same page (a table that
        // ends half-way down a page does not leave the rest of it empty).
        ...(index > 0 && valid.parts[index - 1]?.orientation === part.orientation
          ? { type: SectionType.CONTINUOUS }
          : {}),
        page: {
          size: {
            width: mmToTwips(A4.width),
            height: mmToTwips(A4.height),
            orientation:
              part.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: mmToTwips(DECREE_30_MARGINS_MM.top),
            bottom: mmToTwips(DECREE_30_MARGINS_MM.bottom),
            left: mmToTwips(DECREE_30_MARGINS_MM.left),
            right: mmToTwips(DECREE_30_MARGINS_MM.right),
            header: mmToTwips(10),
            footer: mmToTwips(10),
          },
        },
      },
      headers:
        index === 0 ? { default: pageNumberHeader, first: emptyHeader } : { default: pageNumberHeader },
      children,
    };
  });
  return new Document({
    creator: opts.creator,
    title: valid.title,
    styles: {
      default: {
        document: {
          run: { font: opts.font, size: ctx.tableSize },
          paragraph: { spacing: CELL_SPACING },
        },
      },
    },
    sections,
  });
}

/** Renders a report as a .docx file (see {@link buildDocxDocument} for the layout). */
export async function renderDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildDocxDocument(report, options));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
