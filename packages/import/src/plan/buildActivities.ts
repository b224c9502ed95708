import type {
  Activity,
  Diagnostic,
  ExpectedResult,
  Level,
  PlanTable,
  SourceLocation,
  Target,
  UnitRef,
  Ward,
  WardAssignment,
} from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import type { AssembledTable, LogicalRow } from "../table/assembleTables";
import type { NumberedRow } from "../table/numberRows";
import { type FlatText, flattenRichText, flattenWithText, richTextToString } from "../text/RichText";
import type { ImportTools } from "./ImportTools";
import type { PlanHeading } from "./planHeading";
import { attachedTextOf } from "./planHeading";
import { captionDayOf, createTimeCellReader, type TimeCellReader } from "./readTimeCell";
import { splitExpectedItems } from "./splitExpectedItems";

/** Reads rows' cells as flat text, flattening each row once (several steps read the cells; rows no longer change). */
export interface CellReader {
  text: (row: LogicalRow, index: number) => string;
  flat: (row: LogicalRow, index: number) => FlatText | null;
}

/**
 * A {@link CellReader} over the rows of one import. It keeps a cell of one run
 * (most cells) as its text only: every cell is read as text, but only the
 * title cell's styles are asked for (once per row), and a single run's style
 * is rebuilt from its text on demand rather than kept for every cell until
 * the plan is built. A cell of several runs keeps its flat text.
 */
export function createCellReader(): CellReader {
  const cache = new Map<LogicalRow, (string | FlatText)[]>();
  const cellsOf = (row: LogicalRow): (string | FlatText)[] => {
    let flat = cache.get(row);
    if (flat === undefined) {
      flat = row.cells.map((rich) =>
        rich.segments.length > 1 ? flattenRichText(rich) : richTextToString(rich),
      );
      cache.set(row, flat);
    }
    return flat;
  };
  return {
    flat(row, index) {
      const cell = cellsOf(row)[index];
      return typeof cell === "string" ? flattenWithText(row.cells[index]!, cell) : (cell ?? null);
    },
    text(row, index) {
      const cell = cellsOf(row)[index];
      return typeof cell === "string" ? cell : (cell?.text ?? "");
    },
  };
}

const levelOfRole: Readonly<Record<string, Level>> = {
  "expected.district": "district",
  "expected.ward": "ward",
  "expected.city": "city",
};

const WARD_ITEM = /^(?:phường|p\.)\s*([^/]+?)\s*\/\s*(.+)$/iu;

function wardAssignmentsOf(
  items: readonly { text: string }[],
  lookupWard: (name: string) => Ward | null,
): WardAssignment[] {
  const out: WardAssignment[] = [];
  for (const item of items) {
    // An assignment names its ward before a "/": an item without one skips the pattern.
    if (!item.text.includes("/")) continue;
    const match = WARD_ITEM.exec(item.text.trim());
    if (match === null) continue;
    // The prefixed name first: a bare "Phương Liệt" can read as "Phường Liệt" once accents are folded.
    const ward = lookupWard(`Phường ${match[1]!}`) ?? lookupWard(match[1]!);
    out.push({ ward: ward?.id ?? null, text: match[2]!.trim().replace(/[;.,]$/u, ""), source: item.text });
  }
  return out;
}

/** What every row's activity is built with. */
export interface ActivityContext {
  cells: CellReader;
  tools: ImportTools;
  heading: PlanHeading;
  /** The plan's issue date read from the document, for time relative to it. */
  documentDate: string | null;
  file: string | null;
  /** Resolves a lead or coordinator cell (diagnostics go to the plan's). */
  resolve: (text: string, location: SourceLocation | null) => UnitRef[];
  lookupWard: (name: string) => Ward | null;
  diagnostics: Diagnostic[];
  onProgress: (done: number) => void;
}

/** The columns of one table by role, and how its time cells are read. */
interface TableLayout {
  table: AssembledTable;
  title: number;
  leads: number;
  coordinators: number;
  time: number;
  /** Reads the time column's cells (null without one): one options object and one read per distinct text for the table. */
  readTime: TimeCellReader | null;
  /** The expected-result columns with their level. */
  levels: { column: number; level: Level }[];
  /** The columns kept in `extra`: notes and unrecognised ones, with their key. */
  extras: { column: number; key: string }[];
}

function layoutOf(table: AssembledTable, context: ActivityContext): TableLayout {
  const roleIndex = (role: string) => table.columns.findIndex((column) => column.role === role);
  const time = roleIndex("time");
  const levels: TableLayout["levels"] = [];
  const extras: TableLayout["extras"] = [];
  table.columns.forEach((column, c) => {
    const level = levelOfRole[column.role];
    if (level !== undefined) levels.push({ column: c, level });
    if (column.role === "notes" || column.role === "other")
      extras.push({ column: c, key: column.label || `#${c + 1}` });
  });
  return {
    table,
    title: roleIndex("title"),
    leads: roleIndex("leads"),
    coordinators: roleIndex("coordinators"),
    time,
    readTime:
      time < 0
        ? null
        : createTimeCellReader(
            table.columns[time]!,
            {
              year: context.heading.year,
              captionDay: captionDayOf(table.titleLines.map((line) => richTextToString(line))),
              documentDate: context.documentDate,
            },
            context.tools,
          ),
    levels,
    extras,
  };
}

/** A table of the plan: its title, the document it is attached to, its columns. */
export function planTableOf(table: AssembledTable, context: ActivityContext): PlanTable {
  const attached = attachedTextOf(table);
  return {
    index: table.index,
    title: context.heading.titleOf(table, false),
    attachedTo: attached === "" ? null : (context.tools.findDocumentRefs?.(attached)[0]?.ref ?? null),
    columns: table.columns.map((column) => ({ role: column.role, label: column.label })),
  };
}

/** Every numbered row of every table as an activity, in order (progress told every 256 rows). */
export function buildActivities(
  numbered: ReadonlyMap<AssembledTable, NumberedRow[]>,
  context: ActivityContext,
): { tables: PlanTable[]; activities: Activity[] } {
  const tables: PlanTable[] = [];
  const activities: Activity[] = [];
  let done = 0;
  for (const [table, rows] of numbered) {
    tables.push(planTableOf(table, context));
    const layout = layoutOf(table, context);
    for (const node of rows) {
      if ((done++ & 255) === 0) context.onProgress(done - 1);
      activities.push(activityOf(node, layout, context));
    }
  }
  return { tables, activities };
}

/** One row's activity: its units, time, expected results with targets and ward assignments, extra cells. */
function activityOf(node: NumberedRow, layout: TableLayout, context: ActivityContext): Activity {
  const { cells, tools, diagnostics } = context;
  const row = node.row;
  const flat = layout.title >= 0 ? cells.flat(row, layout.title) : null;
  const title = flat?.text ?? "";
  const leads = unitsOf(row, layout.leads, context);
  const coordinators = unitsOf(row, layout.coordinators, context);
  const timeText = layout.time >= 0 ? cells.text(row, layout.time) : "";
  const period = layout.readTime === null ? null : layout.readTime(timeText);
  if (period?.kind === "unknown") {
    diagnostics.push(
      diagnostic(
        "import.period-unknown",
        "warning",
        {
          vi: `Không đọc được thời gian "${timeText}" của mục ${row.code}`,
          en: `The time "${timeText}" of item ${row.code} cannot be read`,
        },
        row.cellLocations[layout.time] ?? row.location,
      ),
    );
  }
  const results = expectedOf(row, layout, leads, context);
  const leaf = node.children.length === 0;
  if (leaf && layout.leads >= 0 && leads.length === 0) missing(row, layout.leads, "lead", diagnostics);
  if (leaf && layout.time >= 0 && timeText === "") missing(row, layout.time, "time", diagnostics);
  return {
    id: node.id,
    code: row.code,
    parent: node.parent?.id ?? null,
    table: layout.table.index,
    isSection: !leaf,
    title,
    emphasis: flat?.bold ?? [],
    references:
      tools.findDocumentRefs === null ? [] : tools.findDocumentRefs(title).map((found) => found.ref),
    leads,
    coordinators,
    time: { text: timeText, period },
    expected: results.expected,
    targets: results.targets,
    wardAssignments: results.wardAssignments,
    extra: extraOf(row, layout, cells),
    source: {
      file: context.file,
      firstLine: row.firstLine,
      lastLine: row.lastLine,
      ...(row.sheet === null ? {} : { sheet: row.sheet }),
    },
  };
}

function unitsOf(row: LogicalRow, column: number, context: ActivityContext): UnitRef[] {
  if (column < 0) return [];
  return context.resolve(context.cells.text(row, column), row.cellLocations[column] ?? null);
}

/** "import.missing-lead" / "import.missing-time" for a leaf without that cell. */
function missing(row: LogicalRow, column: number, what: "lead" | "time", diagnostics: Diagnostic[]): void {
  diagnostics.push(
    what === "lead"
      ? diagnostic(
          "import.missing-lead",
          "warning",
          { vi: `Mục ${row.code} không có đơn vị chủ trì`, en: `Item ${row.code} has no lead unit` },
          row.cellLocations[column] ?? row.location,
        )
      : diagnostic(
          "import.missing-time",
          "warning",
          { vi: `Mục ${row.code} không có thời gian thực hiện`, en: `Item ${row.code} has no time` },
          row.cellLocations[column] ?? row.location,
        ),
  );
}

/** The expected results by level, with their items, targets and (ward level) ward assignments. */
function expectedOf(
  row: LogicalRow,
  layout: TableLayout,
  leads: readonly UnitRef[],
  context: ActivityContext,
): Pick<Activity, "expected" | "targets" | "wardAssignments"> {
  const expected: Activity["expected"] = {};
  const targets: Target[] = [];
  let wardAssignments: WardAssignment[] = [];
  if (layout.levels.length === 0) return { expected, targets, wardAssignments };
  const leadNumbers = new Set<number>();
  for (const ref of leads) if (ref.number !== null) leadNumbers.add(ref.number);
  const findTargets = context.tools.findTargets;
  for (const { column, level } of layout.levels) {
    const text = context.cells.text(row, column);
    if (text === "") continue;
    const result: ExpectedResult = { text, items: splitExpectedItems(text, leadNumbers) };
    expected[level] = result;
    if (findTargets !== null) for (const target of findTargets(text, { level })) targets.push(target);
    if (level === "ward") wardAssignments = wardAssignmentsOf(result.items, context.lookupWard);
  }
  return { expected, targets, wardAssignments };
}

/** Notes, unrecognised columns and cells past the header's width, by label (or "#n"). */
function extraOf(row: LogicalRow, layout: TableLayout, cells: CellReader): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const { column, key } of layout.extras) {
    const text = cells.text(row, column);
    if (text !== "") extra[key] = text;
  }
  for (let c = layout.table.columns.length; c < row.cells.length; c++) {
    const text = cells.text(row, c);
    if (text !== "") extra[`#${c + 1}`] = text;
  }
  return extra;
}
