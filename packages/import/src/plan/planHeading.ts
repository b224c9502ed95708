import { type Anniversary, type Diagnostic, type DocumentRef, kindFromSymbol } from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import type { DocumentMetadata } from "../document/readDocumentMetadata";
import type { SourceDocument } from "../SourceDocument";
import type { AssembledTable, Assembly } from "../table/assembleTables";
import { richTextToString } from "../text/RichText";
import type { ImportTools } from "./ImportTools";
import type { PluginData } from "./PluginData";
import { buildCaseIndex, recaseTitle, titleWords } from "./recaseTitle";

/** What a plan says about itself: its document, title, anniversary, year and date. */
export interface PlanHeading {
  document: DocumentRef;
  title: string;
  anniversary: Anniversary | null;
  year: number;
  /** The day units are resolved at: the document's date, else its month's or the year's first day. */
  date: string;
  /** A table's title lines, recased from the document's own writing (generic headings dropped when asked). */
  titleOf: (table: AssembledTable, dropGeneric: boolean) => string;
}

const genericHeading = /^(?:biểu tổng hợp|phụ lục(?:\s+[\p{L}\d]+)?|biểu(?:\s+số)?\s*\d*)$/iu;

/** The blocks outside the plan tables' rows (letterhead, captions, body, signature), in document order. */
export function frameBlocks(doc: SourceDocument, assembly: Assembly): SourceDocument["blocks"] {
  const frame = new Set<number>();
  for (const item of assembly.ledger) if (item.kind === "body" || item.kind === "title") frame.add(item.line);
  return doc.blocks.filter((block) => frame.has(block.line));
}

/** A "(Kèm theo …)" line without its parentheses, or "". */
export function attachedTextOf(table: AssembledTable): string {
  return table.attachedTo === null
    ? ""
    : richTextToString(table.attachedTo)
        .replace(/^\(|\)$/gu, "")
        .trim();
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

/** The plan's document: its own frame, else the first table's "(Kèm theo …)" line. */
function documentOf(meta: DocumentMetadata, first: AssembledTable, tools: ImportTools): DocumentRef {
  const attachedText = attachedTextOf(first);
  const attachedRef = attachedText === "" ? null : (tools.findDocumentRefs?.(attachedText)[0]?.ref ?? null);
  return (
    documentOfFrame(meta) ??
    attachedRef ?? {
      kind: "plan",
      number: null,
      symbol: null,
      date: null,
      month: null,
      issuer: null,
      subject: null,
      text: attachedText,
    }
  );
}

/** Inputs of {@link readPlanHeading}. */
export interface PlanHeadingInput {
  meta: DocumentMetadata;
  tables: readonly AssembledTable[];
  plugins: readonly PluginData[];
  tools: ImportTools;
  /** The plan year the caller gave, or null. */
  year: number | null;
  /** The document's cell texts in order (for the title's case), read lazily. */
  cells: () => Iterable<string>;
  /** The time cells' texts (for the most common year). */
  timeTexts: () => string[];
  diagnostics: Diagnostic[];
}

/**
 * The plan's heading: its document (own frame, else the "(Kèm theo …)"
 * line), title (the frame's, else the first table's title lines), the
 * anniversary (a plugin's, else the title's "70 năm … (10/10/1954-10/10/2024)"),
 * the year (given, title, document, anniversary, else the time cells' most
 * common year, else this year with a warning) and the resolution date.
 */
export function readPlanHeading(input: PlanHeadingInput): PlanHeading {
  const { meta, tables, plugins, tools, diagnostics } = input;
  const first = tables[0]!;
  const document = documentOf(meta, first, tools);
  const titleLines = tables.flatMap((table) => table.titleLines.map((line) => richTextToString(line)));
  const caseIndex = buildCaseIndex(input.cells(), titleWords(titleLines));
  const metaLines = new Set(meta.lines);
  const titleOf = (table: AssembledTable, dropGeneric: boolean) => {
    // A line the document's frame used (its type heading and title, right above a table) is not the table's caption.
    const lines = table.titleLines
      .filter((_, i) => !metaLines.has(table.titleLineNumbers[i] ?? -1))
      .map((line) => richTextToString(line))
      .filter((line) => line !== "");
    let kept = dropGeneric && lines.length > 1 ? lines.filter((line) => !genericHeading.test(line)) : lines;
    // One line holding both ("BIỂU TỔNG HỢP CÁC HOẠT ĐỘNG …", as a CSV export names its table): the title is the rest.
    if (dropGeneric && kept.length === 1) kept = [kept[0]!.replace(/^biểu tổng hợp\s+(?=\S)/iu, "")];
    return kept.map((line, i) => recaseTitle(line, caseIndex, i > 0)).join(" ");
  };
  const title = meta.title ?? titleOf(first, true);
  if (title === "") {
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
  const anniversary =
    plugins.find((plugin) => plugin.anniversary)?.anniversary ?? anniversaryFromTitle(title);
  const year = planYear(input.year, title, document, anniversary, input.timeTexts, diagnostics);
  const date = document.date ?? (document.month === null ? `${year}-01-01` : `${document.month}-01`);
  return { document, title, anniversary, year, date, titleOf };
}

/** The plan year: given, else the title's, the document's, the anniversary's, the time cells' most common, else this year (warned). */
function planYear(
  given: number | null,
  title: string,
  document: DocumentRef,
  anniversary: Anniversary | null,
  timeTexts: () => string[],
  diagnostics: Diagnostic[],
): number {
  const documentYear = document.date?.slice(0, 4) ?? document.month?.slice(0, 4) ?? null;
  let year = given ?? yearOfTitle(title) ?? (documentYear === null ? null : Number(documentYear));
  year ??= anniversary ? Number(anniversary.on.slice(0, 4)) : null;
  year ??= mostCommonYear(timeTexts());
  if (year !== null) return year;
  const assumed = new Date().getUTCFullYear();
  diagnostics.push(
    diagnostic(
      "import.year-assumed",
      "warning",
      {
        vi: `Không xác định được năm của kế hoạch; dùng năm ${assumed} (dùng --year để chỉ định)`,
        en: `The plan year could not be found; using ${assumed} (set it with --year)`,
      },
      null,
    ),
  );
  return assumed;
}
