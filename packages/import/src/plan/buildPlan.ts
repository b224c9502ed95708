import {
  type Activity,
  type Anniversary,
  createUnitRegistry,
  type Diagnostic,
  type DocumentRef,
  type ExpectedResult,
  kindFromSymbol,
  type Level,
  PLAN_SCHEMA_VERSION,
  type Plan,
  PlanSchema,
  type PlanTable,
  planPluginOf,
  type SourceLocation,
  type Target,
  type Unit,
  type UnitInput,
  type UnitRef,
  type UnitRegistry,
  type Ward,
  type WardAssignment,
  type WardInput,
} from "@kehoach/core";
import type { ParsePeriodOptions } from "@kehoach/period";
import { diagnostic } from "../diagnostics";
import { type DocumentMetadata, readDocumentMetadata } from "../document/readDocumentMetadata";
import { type LedgerEntry, ledgerEntry } from "../LedgerEntry";
import type { SourceDocument } from "../SourceDocument";
import type { AssembledTable, Assembly, LogicalRow } from "../table/assembleTables";
import type { ColumnSynonym } from "../table/columnSynonyms";
import { type NumberedRow, numberRows } from "../table/numberRows";
import { type FlatText, flattenRichText, richTextToString } from "../text/RichText";
import { registryOfDocument } from "./documentUnits";
import type { ImportTools } from "./ImportTools";
import { inheritMergedCells } from "./inheritMergedCells";
import { type LocatedText, learnAbbreviations } from "./learnAbbreviations";
import { planIdOf, type ShippedPlan } from "./planIdOf";
import { captionDayOf, readTimeCell, type TimeContext } from "./readTimeCell";
import { buildCaseIndex, recaseTitle } from "./recaseTitle";
import { splitExpectedItems } from "./splitExpectedItems";

/** What the plan builder needs from a plugin: its units, wards and anniversary. */
export interface PluginData {
  id: string;
  /** Its version (semver): the plan records `^version` in `plan.plugins`. */
  version?: string;
  units?: readonly UnitInput[];
  wards?: readonly WardInput[];
  anniversary?: Anniversary | null;
  /** The plan documents it ships: importing one of them gives the plan its id. */
  plans?: readonly ShippedPlan[];
  /** Its time words (core's `periodVocabulary`), passed to `parsePeriod` for every time cell. */
  periodVocabulary?: readonly PeriodVocabularyWord[];
  /** Table header wordings its offices use (core's `columnSynonyms`), tried before the built-in ones. */
  columnSynonyms?: readonly ColumnSynonym[];
}

/** One time word of a plugin, as core's `definePlugin` takes it (see `@kehoach/period`'s vocabulary option). */
export type PeriodVocabularyWord = Extract<
  NonNullable<ParsePeriodOptions["vocabulary"]>,
  readonly unknown[]
>[number];

/** Inputs of {@link buildPlan}. */
export interface BuildPlanInput {
  doc: SourceDocument;
  assembly: Assembly;
  plugins: readonly PluginData[];
  registry: UnitRegistry | null;
  year: number | null;
  tools: ImportTools;
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

const levelOfRole: Record<string, Level> = {
  "expected.district": "district",
  "expected.ward": "ward",
  "expected.city": "city",
};

/** What each resolver fills, for the "import.resolver-failed" note. */
const resolverFields: Record<keyof ImportTools, { vi: string; en: string }> = {
  parsePeriod: { vi: "khoảng thời gian (time.period)", en: "time periods (time.period)" },
  resolveUnits: { vi: "mã đơn vị chủ trì, phối hợp", en: "lead and coordinator unit ids" },
  findDocumentRefs: { vi: "văn bản được trích dẫn (references)", en: "cited documents (references)" },
  findTargets: { vi: "chỉ tiêu (targets)", en: "targets" },
};

const genericHeading = /^(?:biểu tổng hợp|phụ lục(?:\s+[\p{L}\d]+)?|biểu(?:\s+số)?\s*\d*)$/iu;

/** Reads rows' cells as flat text, flattening each row once (several steps read the cells; rows no longer change). */
function createCellReader(): {
  text: (row: LogicalRow, index: number) => string;
  flat: (row: LogicalRow, index: number) => FlatText | null;
} {
  const cache = new Map<LogicalRow, FlatText[]>();
  const flatOf = (row: LogicalRow, index: number): FlatText | null => {
    let flat = cache.get(row);
    if (flat === undefined) {
      flat = row.cells.map(flattenRichText);
      cache.set(row, flat);
    }
    return flat[index] ?? null;
  };
  return { flat: flatOf, text: (row, index) => flatOf(row, index)?.text ?? "" };
}

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

function anniversaryFromTitle(title: string): Anniversary | null {
  const match =
    /(\d{1,3})\s+năm\s+(.+?)\s*\(\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–]\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\)/iu.exec(
      title,
    );
  if (match === null) return null;
  const years = Number(match[1]);
  const iso = (d: string, m: string, y: string) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const from = iso(match[3]!, match[4]!, match[5]!);
  const on = iso(match[6]!, match[7]!, match[8]!);
  if (Number(match[8]) - Number(match[5]) !== years) return null;
  const event = match[2]!.replace(/^(?:kỷ niệm|ngày kỷ niệm)\s+/iu, "").trim();
  return { event: event.charAt(0).toUpperCase() + event.slice(1), date: from, years, on };
}

const WARD_ITEM = /^(?:phường|p\.)\s*([^/]+?)\s*\/\s*(.+)$/iu;

function wardAssignmentsOf(
  items: readonly { text: string }[],
  lookupWard: (name: string) => Ward | null,
): WardAssignment[] {
  const out: WardAssignment[] = [];
  for (const item of items) {
    const match = WARD_ITEM.exec(item.text.trim());
    if (match === null) continue;
    // The prefixed name first: a bare "Phương Liệt" can read as "Phường Liệt" once accents are folded.
    const ward = lookupWard(`Phường ${match[1]!}`) ?? lookupWard(match[1]!);
    out.push({ ward: ward?.id ?? null, text: match[2]!.trim().replace(/[;.,]$/u, ""), source: item.text });
  }
  return out;
}

function mostCommonYear(texts: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)/gu)) {
      const year = Number(match[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

/** The blocks outside the plan tables' rows (letterhead, captions, body, signature), in document order. */
function frameBlocks(doc: SourceDocument, assembly: Assembly): SourceDocument["blocks"] {
  const frame = new Set<number>();
  for (const item of assembly.ledger) if (item.kind === "body" || item.kind === "title") frame.add(item.line);
  return doc.blocks.filter((block) => frame.has(block.line));
}

/** The year a plan is about, when its title says it ("… năm 2026"). */
function yearOfTitle(title: string): number | null {
  // "đến năm 2030" is a horizon, not the plan's year.
  const years = [...title.matchAll(/(?<!đến\s)năm\s+((?:19|20|21)\d\d)\b/giu)].map((match) =>
    Number(match[1]),
  );
  return years.length === 1 ? years[0]! : null;
}

/** The plan's document from its own frame ("Số: 277/KH-UBND", "Hà Nội, ngày 14 tháng 7 năm 2026"), when printed. */
function documentOfFrame(meta: DocumentMetadata): DocumentRef | null {
  if (meta.numberText === null && meta.date === null && meta.month === null) return null;
  // The symbol names the kind of the numbered document ("CĐ-VPCP": a Công điện, which a programme is attached to).
  const kind: DocumentRef["kind"] =
    meta.symbol !== null
      ? kindFromSymbol(meta.symbol)
      : meta.type === null || /^kế hoạch$/iu.test(meta.type)
        ? "plan"
        : "other";
  return {
    kind,
    number: meta.number,
    symbol: meta.symbol,
    date: meta.date,
    month: meta.month,
    issuer: meta.issuer,
    subject: meta.title,
    text: [meta.numberText === null ? null : `Số: ${meta.numberText}`, meta.datePrinted]
      .filter((part) => part !== null)
      .join("; "),
  };
}

/**
 * Turns assembled tables into a validated `Plan`: numbering and ids, merged
 * cells inherited, then each cell's meaning through the resolvers (units,
 * document references, periods, targets, ward assignments), the plan's
 * metadata from the first table's title and "(Kèm theo …)" line (or the
 * plugins), and the row ledger.
 */
export function buildPlan(input: BuildPlanInput): BuildPlanResult {
  const { doc, assembly, plugins, tools } = input;
  const diagnostics: Diagnostic[] = [...doc.diagnostics, ...assembly.diagnostics];
  const file = doc.fileName;
  const givenRegistry =
    input.registry ??
    createUnitRegistry(
      plugins.flatMap((plugin) => [...(plugin.units ?? [])]),
      plugins.flatMap((plugin) => [...(plugin.wards ?? [])]),
    );

  // A resolver the installed packages lack (or the caller removed) leaves its fields empty: say so once.
  const missing = (Object.keys(resolverFields) as (keyof ImportTools)[]).filter(
    (name) => tools[name] === null,
  );
  for (const name of missing) {
    diagnostics.push(
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

  // Number every table first: ids are needed by the ledger even without a plan.
  const numbered = new Map<AssembledTable, NumberedRow[]>();
  for (const table of assembly.tables) {
    const result = numberRows(table);
    diagnostics.push(...result.diagnostics);
    // Text and CSV cannot say a cell was merged, so lower parts' lead and time are inferred; Word, Excel and PDF say so.
    diagnostics.push(
      ...inheritMergedCells(table, result.rows, doc.format === "text" || doc.format === "csv"),
    );
    numbered.set(table, result.rows);
  }
  const idOfRow = new Map<LogicalRow, string>();
  for (const rows of numbered.values()) for (const node of rows) idOfRow.set(node.row, node.id);
  const ledger: LedgerEntry[] = assembly.ledger.map((item) => {
    if (item.kind === "row") {
      const part = item.row.parts[item.part]!;
      return ledgerEntry(part.line, part.location, part.kind, item.row.table, idOfRow.get(item.row) ?? null);
    }
    if (item.kind === "diagnostic")
      return ledgerEntry(item.line, item.location, "diagnostic", item.table, null, item.code);
    return ledgerEntry(item.line, item.location, item.kind, item.table);
  });
  ledger.sort((a, b) => a.line - b.line || (a.location.sheet ?? "").localeCompare(b.location.sheet ?? ""));

  // The document's frame: letterhead, number, date, title, signer.
  const meta = readDocumentMetadata(frameBlocks(doc, assembly), doc.signatures);
  const metaLines = new Set(meta.lines);
  for (const entry of ledger) if (entry.kind === "body" && metaLines.has(entry.line)) entry.kind = "metadata";

  if (assembly.tables.length === 0) return { plan: null, diagnostics, ledger, document: meta };
  const cells = createCellReader();
  const cellText = cells.text;

  // Metadata.
  const corpus: string[] = [];
  let corpusSize = 0;
  corpusLoop: for (const table of assembly.tables) {
    for (const row of table.rows) {
      for (let c = 0; c < row.cells.length; c++) {
        const text = cellText(row, c);
        corpus.push(text);
        corpusSize += text.length;
        if (corpusSize > 512 * 1024) break corpusLoop;
      }
    }
  }
  const caseIndex = buildCaseIndex(corpus);
  const first = assembly.tables[0]!;
  const attachedText =
    first.attachedTo === null
      ? ""
      : richTextToString(first.attachedTo)
          .replace(/^\(|\)$/gu, "")
          .trim();
  const attachedRef = attachedText === "" ? null : (tools.findDocumentRefs?.(attachedText)[0]?.ref ?? null);
  const document: DocumentRef = documentOfFrame(meta) ??
    attachedRef ?? {
      kind: "plan",
      number: null,
      symbol: null,
      date: null,
      month: null,
      issuer: null,
      subject: null,
      text: attachedText,
    };
  const pluginAnniversary = plugins.find((plugin) => plugin.anniversary)?.anniversary ?? null;
  const titleOf = (table: AssembledTable, dropGeneric: boolean) => {
    const lines = table.titleLines.map((line) => richTextToString(line)).filter((line) => line !== "");
    const kept = dropGeneric && lines.length > 1 ? lines.filter((line) => !genericHeading.test(line)) : lines;
    return kept.map((line, i) => recaseTitle(line, caseIndex, i > 0)).join(" ");
  };
  const planTitle = meta.title ?? titleOf(first, true);
  if (planTitle === "") {
    diagnostics.push(
      diagnostic(
        "import.title-missing",
        "warning",
        {
          vi: "Không tìm thấy tiêu đề kế hoạch phía trên bảng",
          en: "No plan title was found above the table",
        },
        first.rows[0]?.location ?? null,
      ),
    );
  }
  const anniversary = pluginAnniversary ?? anniversaryFromTitle(planTitle);
  const timeTexts: string[] = [];
  for (const table of assembly.tables) {
    const t = table.columns.findIndex((column) => column.role === "time");
    if (t >= 0) for (const row of table.rows) timeTexts.push(cellText(row, t));
  }
  const documentYear = document.date?.slice(0, 4) ?? document.month?.slice(0, 4) ?? null;
  let year = input.year ?? yearOfTitle(planTitle) ?? (documentYear === null ? null : Number(documentYear));
  year ??= anniversary ? Number(anniversary.on.slice(0, 4)) : null;
  year ??= mostCommonYear(timeTexts);
  if (year === null) {
    year = new Date().getUTCFullYear();
    diagnostics.push(
      diagnostic(
        "import.year-assumed",
        "warning",
        {
          vi: `Không xác định được năm của kế hoạch; dùng năm ${year} (dùng --year để chỉ định)`,
          en: `The plan year could not be found; using ${year} (set it with --year)`,
        },
        null,
      ),
    );
  }
  const date = document.date ?? (document.month === null ? `${year}-01-01` : `${document.month}-01`);

  // Abbreviations the document defines ("Phòng Đào tạo (P3)") name their unit everywhere in it.
  const located: LocatedText[] = [];
  for (const table of assembly.tables) {
    for (const line of table.titleLines) located.push({ text: richTextToString(line), location: null });
    for (const row of table.rows)
      for (let c = 0; c < row.cells.length; c++)
        located.push({ text: cellText(row, c), location: row.cellLocations[c] ?? row.location });
  }
  const abbreviations = learnAbbreviations(located, givenRegistry, { date });
  diagnostics.push(...abbreviations.diagnostics);
  // Without a plugin, the units the document names become the plan's own.
  const documentRegistry = registryOfDocument({
    tables: assembly.tables,
    cellText,
    registry: givenRegistry,
    learned: abbreviations.learned,
    names: document.issuer === null ? [] : [document.issuer],
    date,
  });
  diagnostics.push(...documentRegistry.diagnostics);
  const registry = documentRegistry.registry;

  const resolve = (text: string, location: SourceLocation | null): UnitRef[] => {
    if (text === "") return [];
    if (tools.resolveUnits === null) return [unresolvedRef(text)];
    const result = tools.resolveUnits(text, { registry, date, location });
    diagnostics.push(...result.diagnostics);
    return result.refs;
  };

  const wardsByName = new Map<string, Ward | null>();
  const lookupWard = (name: string): Ward | null => {
    let ward = wardsByName.get(name);
    if (ward === undefined) {
      ward = registry.lookupWard(name, { date });
      wardsByName.set(name, ward);
    }
    return ward;
  };

  const issuerText = meta.issuer ?? document.issuer ?? "";
  const issuer = resolve(issuerText, first.attachedLocation)[0] ?? unresolvedRef(issuerText);

  // Time cells are read against the plan year, the column's year, the caption's day and the issue date.
  const documentDate = meta.date ?? document.date;
  const timeContextOf = (table: AssembledTable): TimeContext => ({
    year,
    captionDay: captionDayOf(table.titleLines.map((line) => richTextToString(line))),
    documentDate,
  });

  // Activities.
  let resolvedRows = 0;
  let totalRows = 0;
  for (const rows of numbered.values()) totalRows += rows.length;
  const activities: Activity[] = [];
  const tables: PlanTable[] = [];
  for (const table of assembly.tables) {
    const attached =
      table.attachedTo === null
        ? ""
        : richTextToString(table.attachedTo)
            .replace(/^\(|\)$/gu, "")
            .trim();
    tables.push({
      index: table.index,
      title: titleOf(table, false),
      attachedTo: attached === "" ? null : (tools.findDocumentRefs?.(attached)[0]?.ref ?? null),
      columns: table.columns.map((column) => ({ role: column.role, label: column.label })),
    });
    const roleIndex = (role: string) => table.columns.findIndex((column) => column.role === role);
    const titleColumn = roleIndex("title");
    const leadsColumn = roleIndex("leads");
    const coordinatorsColumn = roleIndex("coordinators");
    const timeColumn = roleIndex("time");
    for (const node of numbered.get(table) ?? []) {
      if ((resolvedRows++ & 255) === 0)
        input.onProgress?.({ phase: "resolve", done: resolvedRows - 1, total: totalRows });
      const row = node.row;
      const flat = titleColumn >= 0 ? cells.flat(row, titleColumn) : null;
      const title = flat?.text ?? "";
      const leads =
        leadsColumn >= 0 ? resolve(cellText(row, leadsColumn), row.cellLocations[leadsColumn] ?? null) : [];
      const coordinators =
        coordinatorsColumn >= 0
          ? resolve(cellText(row, coordinatorsColumn), row.cellLocations[coordinatorsColumn] ?? null)
          : [];
      const timeText = timeColumn >= 0 ? cellText(row, timeColumn) : "";
      const period =
        timeColumn >= 0
          ? readTimeCell(timeText, table.columns[timeColumn]!, timeContextOf(table), tools)
          : null;
      if (period !== null) {
        if (period.kind === "unknown") {
          diagnostics.push(
            diagnostic(
              "import.period-unknown",
              "warning",
              {
                vi: `Không đọc được thời gian "${timeText}" của mục ${row.code}`,
                en: `The time "${timeText}" of item ${row.code} cannot be read`,
              },
              row.cellLocations[timeColumn] ?? row.location,
            ),
          );
        }
      }
      const leadNumbers = new Set(leads.map((ref) => ref.number).filter((n): n is number => n !== null));
      const expected: Activity["expected"] = {};
      const targets: Target[] = [];
      let wardAssignments: WardAssignment[] = [];
      table.columns.forEach((column, c) => {
        const level = levelOfRole[column.role];
        if (level === undefined) return;
        const text = cellText(row, c);
        if (text === "") return;
        const result: ExpectedResult = { text, items: splitExpectedItems(text, leadNumbers) };
        expected[level] = result;
        if (tools.findTargets !== null) targets.push(...tools.findTargets(text, { level }));
        if (level === "ward") wardAssignments = wardAssignmentsOf(result.items, lookupWard);
      });
      const extra: Record<string, string> = {};
      table.columns.forEach((column, c) => {
        if (column.role !== "notes" && column.role !== "other") return;
        const text = cellText(row, c);
        if (text !== "") extra[column.label || `#${c + 1}`] = text;
      });
      for (let c = table.columns.length; c < row.cells.length; c++) {
        const text = cellText(row, c);
        if (text !== "") extra[`#${c + 1}`] = text;
      }
      if (node.children.length === 0 && leadsColumn >= 0 && leads.length === 0) {
        diagnostics.push(
          diagnostic(
            "import.missing-lead",
            "warning",
            { vi: `Mục ${row.code} không có đơn vị chủ trì`, en: `Item ${row.code} has no lead unit` },
            row.cellLocations[leadsColumn] ?? row.location,
          ),
        );
      }
      if (node.children.length === 0 && timeColumn >= 0 && timeText === "") {
        diagnostics.push(
          diagnostic(
            "import.missing-time",
            "warning",
            { vi: `Mục ${row.code} không có thời gian thực hiện`, en: `Item ${row.code} has no time` },
            row.cellLocations[timeColumn] ?? row.location,
          ),
        );
      }
      activities.push({
        id: node.id,
        code: row.code,
        parent: node.parent?.id ?? null,
        table: table.index,
        isSection: node.children.length > 0,
        title,
        emphasis: flat?.bold ?? [],
        references:
          tools.findDocumentRefs === null ? [] : tools.findDocumentRefs(title).map((found) => found.ref),
        leads,
        coordinators,
        time: { text: timeText, period },
        expected,
        targets,
        wardAssignments,
        extra,
        source: {
          file,
          firstLine: row.firstLine,
          lastLine: row.lastLine,
          ...(row.sheet === null ? {} : { sheet: row.sheet }),
        },
      });
    }
  }

  const { id } = planIdOf({
    title: planTitle,
    document,
    year,
    shipped: plugins.flatMap((plugin) => [...(plugin.plans ?? [])]),
    content: input.content ?? null,
  });
  const candidate = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id,
    title: planTitle,
    issuer,
    ...(plugins.length > 0 ? { plugins: plugins.map(planPluginOf) } : {}),
    document,
    anniversary,
    year,
    tables,
    activities,
    units: registry.units.map((unit): Unit => ({ ...unit })),
    wards: [...registry.wards],
    diagnostics,
  };
  input.onProgress?.({ phase: "validate", done: totalRows, total: totalRows });
  const checked = PlanSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 20)) {
      diagnostics.push(
        diagnostic(
          "import.plan-invalid",
          "error",
          {
            vi: `Kế hoạch không hợp lệ tại ${issue.path.join(".")}: ${issue.message}`,
            en: `The plan is invalid at ${issue.path.join(".")}: ${issue.message}`,
          },
          { path: issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)) },
        ),
      );
    }
    return { plan: null, diagnostics, ledger, document: meta };
  }
  return { plan: checked.data, diagnostics, ledger, document: meta };
}
