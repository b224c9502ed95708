import {
  createUnitRegistry,
  type Diagnostic,
  PLAN_SCHEMA_VERSION,
  type Plan,
  planPluginOf,
  type SourceLocation,
  type Unit,
  type UnitRef,
  type UnitRegistry,
  type Ward,
} from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import { type DocumentMetadata, readDocumentMetadata } from "../document/readDocumentMetadata";
import { type LedgerEntry, ledgerEntry } from "../LedgerEntry";
import type { SourceDocument } from "../SourceDocument";
import type { AssembledTable, Assembly, LogicalRow } from "../table/assembleTables";
import { type NumberedRow, numberRows } from "../table/numberRows";
import { richTextToString } from "../text/RichText";
import { type ActivityContext, buildActivities, type CellReader, createCellReader } from "./buildActivities";
import { checkPlan } from "./checkPlan";
import { registryOfDocument } from "./documentUnits";
import type { ImportTools } from "./ImportTools";
import { inheritMergedCells } from "./inheritMergedCells";
import { type LocatedText, learnAbbreviations } from "./learnAbbreviations";
import type { PluginData } from "./PluginData";
import { frameBlocks, type PlanHeading, readPlanHeading } from "./planHeading";
import { planIdOf } from "./planIdOf";

export type { PeriodVocabularyWord, PluginData } from "./PluginData";

/** Inputs of {@link buildPlan}. */
export interface BuildPlanInput {
  doc: SourceDocument;
  assembly: Assembly;
  plugins: readonly PluginData[];
  registry: UnitRegistry | null;
  year: number | null;
  tools: ImportTools;
  /** The resolvers or the registry came from the caller: the whole plan is parsed with \`PlanSchema\`. */
  checkAll?: boolean;
  /** The input text, when it was text: compared with the plugins' shipped plans for the plan id. */
  content?: string | null;
  /** Told how far the import is. */
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

/** How far an import is: the phase, and rows done of the total while resolving. */
export interface ImportProgress {
  phase: "read" | "assemble" | "resolve" | "validate";
  done: number;
  total: number;
}

/** A plan with everything the importer found on the way. */
export interface BuildPlanResult {
  plan: Plan | null;
  diagnostics: Diagnostic[];
  ledger: LedgerEntry[];
  /** What the document's frame says (letterhead, number, date, title, signer); all null for a bare table. */
  document: DocumentMetadata;
}

/** What each resolver fills, for the "import.resolver-failed" note. */
const resolverFields: Record<keyof ImportTools, { vi: string; en: string }> = {
  parsePeriod: { vi: "khoảng thời gian (time.period)", en: "time periods (time.period)" },
  resolveUnits: { vi: "mã đơn vị chủ trì, phối hợp", en: "lead and coordinator unit ids" },
  findDocumentRefs: { vi: "văn bản được trích dẫn (references)", en: "cited documents (references)" },
  findTargets: { vi: "chỉ tiêu (targets)", en: "targets" },
};

function unresolvedRef(text: string): UnitRef {
  return {
    unitId: null,
    name: text,
    source: text,
    requested: false,
    scope: "district",
    members: [],
    number: null,
  };
}

/** A resolver the installed packages lack (or the caller removed) leaves its fields empty: one note each. */
function missingResolverNotes(tools: ImportTools): Diagnostic[] {
  const missing = (Object.keys(resolverFields) as (keyof ImportTools)[]).filter(
    (name) => tools[name] === null,
  );
  return missing.map((name) =>
    diagnostic(
      "import.resolver-failed",
      "info",
      {
        vi: `Không có bộ phân tích ${name}; ${resolverFields[name].vi} được để trống`,
        en: `No ${name} resolver is available; ${resolverFields[name].en} are left empty`,
      },
      null,
    ),
  );
}

/** Numbers every table (ids are needed by the ledger even without a plan) and inherits merged cells. */
function numberTables(
  doc: SourceDocument,
  assembly: Assembly,
  diagnostics: Diagnostic[],
): Map<AssembledTable, NumberedRow[]> {
  const numbered = new Map<AssembledTable, NumberedRow[]>();
  // Text, Markdown and CSV cannot say a cell was merged, so lower parts' lead and time are inferred; Word, Excel and PDF say so.
  const inferMerges = doc.format === "text" || doc.format === "markdown" || doc.format === "csv";
  for (const table of assembly.tables) {
    const result = numberRows(table);
    for (const d of result.diagnostics) diagnostics.push(d);
    for (const d of inheritMergedCells(table, result.rows, inferMerges)) diagnostics.push(d);
    numbered.set(table, result.rows);
  }
  return numbered;
}

/** One ledger entry per assembled item, rows with their activity id, in source order. */
function ledgerOf(assembly: Assembly, numbered: ReadonlyMap<AssembledTable, NumberedRow[]>): LedgerEntry[] {
  const idOfRow = new Map<LogicalRow, string>();
  for (const rows of numbered.values()) for (const node of rows) idOfRow.set(node.row, node.id);
  const ledger: LedgerEntry[] = assembly.ledger.map((item) => {
    if (item.kind === "row")
      return ledgerEntry(item.line, item.location, item.part, item.row.table, idOfRow.get(item.row) ?? null);
    if (item.kind === "diagnostic")
      return ledgerEntry(item.line, item.location, "diagnostic", item.table, null, item.code);
    return ledgerEntry(item.line, item.location, item.kind, item.table);
  });
  ledger.sort((a, b) => a.line - b.line || (a.location.sheet ?? "").localeCompare(b.location.sheet ?? ""));
  return ledger;
}

/** The document's cell texts in order, for the title's case index (read only as far as it goes). */
function* cellTexts(tables: readonly AssembledTable[], cells: CellReader): Generator<string> {
  for (const table of tables)
    for (const row of table.rows) for (let c = 0; c < row.cells.length; c++) yield cells.text(row, c);
}

/** The time cells' texts of every table, for the most common year. */
function timeTexts(tables: readonly AssembledTable[], cells: CellReader): string[] {
  const texts: string[] = [];
  for (const table of tables) {
    const t = table.columns.findIndex((column) => column.role === "time");
    if (t >= 0) for (const row of table.rows) texts.push(cells.text(row, t));
  }
  return texts;
}

/**
 * The registry the cells are resolved with: the plugins' (or the caller's),
 * the abbreviations the document defines ("Phòng Đào tạo (P3)"), and without a
 * plugin the units the document names.
 */
function planRegistry(
  tables: readonly AssembledTable[],
  cells: CellReader,
  given: UnitRegistry,
  heading: PlanHeading,
  diagnostics: Diagnostic[],
): UnitRegistry {
  // Only a text with a "(" can define an abbreviation: the others are not handed over.
  const located: LocatedText[] = [];
  for (const table of tables) {
    for (const line of table.titleLines) {
      const text = richTextToString(line);
      if (text.includes("(")) located.push({ text, location: null });
    }
    for (const row of table.rows)
      for (let c = 0; c < row.cells.length; c++) {
        const text = cells.text(row, c);
        if (text.includes("(")) located.push({ text, location: row.cellLocations[c] ?? row.location });
      }
  }
  const abbreviations = learnAbbreviations(located, given, { date: heading.date });
  for (const d of abbreviations.diagnostics) diagnostics.push(d);
  const documentRegistry = registryOfDocument({
    tables,
    cellText: cells.text,
    registry: given,
    learned: abbreviations.learned,
    names: heading.document.issuer === null ? [] : [heading.document.issuer],
    date: heading.date,
  });
  for (const d of documentRegistry.diagnostics) diagnostics.push(d);
  return documentRegistry.registry;
}

/** Resolves lead and coordinator cells (their diagnostics go to the plan's) and looks wards up once per name. */
function resolversOf(
  registry: UnitRegistry,
  tools: ImportTools,
  date: string,
  diagnostics: Diagnostic[],
): Pick<ActivityContext, "resolve" | "lookupWard"> {
  const wardsByName = new Map<string, Ward | null>();
  return {
    resolve(text: string, location: SourceLocation | null): UnitRef[] {
      if (text === "") return [];
      if (tools.resolveUnits === null) return [unresolvedRef(text)];
      const result = tools.resolveUnits(text, { registry, date, location });
      for (const d of result.diagnostics) diagnostics.push(d);
      return result.refs;
    },
    lookupWard(name: string): Ward | null {
      let ward = wardsByName.get(name);
      if (ward === undefined) {
        ward = registry.lookupWard(name, { date });
        wardsByName.set(name, ward);
      }
      return ward;
    },
  };
}

/**
 * Turns assembled tables into a validated \`Plan\`, in named phases: number
 * the rows and inherit merged cells, the row ledger, the document's frame
 * (letterhead, number, date, title, signer), the plan's heading (document,
 * title, anniversary, year), its registry (plugins, abbreviations the
 * document defines, units it names), each row's activity through the
 * resolvers (units, document references, periods, targets, ward
 * assignments), the plan id, and the check.
 */
export function buildPlan(input: BuildPlanInput): BuildPlanResult {
  const { doc, assembly, plugins, tools } = input;
  const diagnostics: Diagnostic[] = [...doc.diagnostics, ...assembly.diagnostics];
  const givenRegistry =
    input.registry ??
    createUnitRegistry(
      plugins.flatMap((plugin) => [...(plugin.units ?? [])]),
      plugins.flatMap((plugin) => [...(plugin.wards ?? [])]),
    );
  for (const d of missingResolverNotes(tools)) diagnostics.push(d);
  const numbered = numberTables(doc, assembly, diagnostics);
  const ledger = ledgerOf(assembly, numbered);
  const meta = readDocumentMetadata(frameBlocks(doc, assembly), doc.signatures);
  const metaLines = new Set(meta.lines);
  for (const entry of ledger) if (entry.kind === "body" && metaLines.has(entry.line)) entry.kind = "metadata";
  if (assembly.tables.length === 0) return { plan: null, diagnostics, ledger, document: meta };

  const cells = createCellReader();
  const heading = readPlanHeading({
    meta,
    tables: assembly.tables,
    plugins,
    tools,
    year: input.year,
    cells: () => cellTexts(assembly.tables, cells),
    timeTexts: () => timeTexts(assembly.tables, cells),
    diagnostics,
  });
  const registry = planRegistry(assembly.tables, cells, givenRegistry, heading, diagnostics);
  const resolvers = resolversOf(registry, tools, heading.date, diagnostics);
  const issuerText = meta.issuer ?? heading.document.issuer ?? "";
  const issuer =
    resolvers.resolve(issuerText, assembly.tables[0]!.attachedLocation)[0] ?? unresolvedRef(issuerText);
  let totalRows = 0;
  for (const rows of numbered.values()) totalRows += rows.length;
  const { tables, activities } = buildActivities(numbered, {
    cells,
    tools,
    heading,
    documentDate: meta.date ?? heading.document.date,
    file: doc.fileName,
    ...resolvers,
    diagnostics,
    onProgress: (done) => input.onProgress?.({ phase: "resolve", done, total: totalRows }),
  });
  const { id } = planIdOf({
    title: heading.title,
    document: heading.document,
    year: heading.year,
    shipped: plugins.flatMap((plugin) => [...(plugin.plans ?? [])]),
    content: input.content ?? null,
  });
  input.onProgress?.({ phase: "validate", done: totalRows, total: totalRows });
  const checked = checkPlan(
    {
      schemaVersion: PLAN_SCHEMA_VERSION,
      id,
      title: heading.title,
      issuer,
      ...(plugins.length > 0 ? { plugins: plugins.map(planPluginOf) } : {}),
      document: heading.document,
      anniversary: heading.anniversary,
      year: heading.year,
      tables,
      activities,
      units: registry.units.map((unit): Unit => ({ ...unit })),
      wards: [...registry.wards],
      diagnostics,
    },
    input.checkAll === true,
  );
  for (const d of checked.problems) diagnostics.push(d);
  return { plan: checked.plan, diagnostics, ledger, document: meta };
}
