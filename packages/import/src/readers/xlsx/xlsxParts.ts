// The parts of a workbook that say how its cells read, each scanned in one pass with scanXml
// (no tree): the sheets in order (workbook.xml and its relationships), the shared strings
// (plain or rich runs) and the cell styles (bold, italic, and whether the number format is a
// date). Read as exceljs read them, which this replaced for speed.
import { scanXml } from "../scanXml";

/** An element's name without its namespace prefix ("x:row" → "row"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const ESCAPED_CHARACTER = /_x([0-9A-F]{4})_/g;

/** A `<t>` text with Excel's escaped characters ("_x000D_") restored. */
export function unescapeText(text: string): string {
  return text.includes("_x")
    ? text.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

/** A run of a rich string: its own bold and italic, or undefined where the cell's style decides. */
export interface XlsxRun {
  text: string;
  bold: boolean | undefined;
  italic: boolean | undefined;
}

/** A shared or inline string: plain text, or rich runs. */
export type XlsxString = string | XlsxRun[];

/**
 * Collects one string (`<si>` or `<is>`) from the elements inside it: plain `<t>` text, or
 * `<r>` runs with `<rPr><b/><i/>`; phonetic runs (`<rPh>`) are not text.
 */
export class StringCollector {
  private plain = "";
  private runs: XlsxRun[] | null = null;
  private run: XlsxRun | null = null;
  private inText = false;
  private inPhonetic = false;
  private inRunProperties = false;

  open(name: string): void {
    if (name === "t") this.inText = true;
    else if (name === "r") {
      this.run = { text: "", bold: undefined, italic: undefined };
      this.runs ??= [];
      this.runs.push(this.run);
    } else if (name === "rPh") this.inPhonetic = true;
    else if (name === "rPr") this.inRunProperties = true;
    else if (this.inRunProperties && this.run !== null) {
      if (name === "b") this.run.bold = true;
      else if (name === "i") this.run.italic = true;
    }
  }

  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "r") this.run = null;
    else if (name === "rPh") this.inPhonetic = false;
    else if (name === "rPr") this.inRunProperties = false;
  }

  text(text: string): void {
    if (!this.inText || this.inPhonetic) return;
    if (this.run !== null) this.run.text += text;
    else this.plain += text;
  }

  /** The string collected, and a fresh start for the next one. */
  take(): XlsxString {
    const out: XlsxString =
      this.runs === null
        ? unescapeText(this.plain)
        : this.runs.map((run) => ({ ...run, text: unescapeText(run.text) }));
    this.plain = "";
    this.runs = null;
    this.run = null;
    return out;
  }
}

/** Scans `xml`, telling `on` each element's local name and attributes, and each close with its name. */
export function scanElements(
  xml: string,
  on: {
    open?: (name: string, attrs: Record<string, string> | null) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
): void {
  const stack: string[] = [];
  scanXml(xml, {
    open(name, attrs) {
      const local = localName(name);
      stack.push(local);
      on.open?.(local, attrs);
    },
    close() {
      const local = stack.pop() ?? "";
      on.close?.(local);
    },
    text(text) {
      on.text?.(text);
    },
  });
}

/** The shared strings table (xl/sharedStrings.xml), by index. */
export function readSharedStrings(xml: string): XlsxString[] {
  const strings: XlsxString[] = [];
  const collector = new StringCollector();
  scanElements(xml, {
    open: (name) => collector.open(name),
    close(name) {
      if (name === "si") strings.push(collector.take());
      else collector.close(name);
    },
    text: (text) => collector.text(text),
  });
  return strings;
}

/** A cell style (an `<xf>` of `<cellXfs>`): its font's bold and italic, and whether its number format is a date. */
export interface XlsxStyle {
  bold: boolean;
  italic: boolean;
  date: boolean;
}

/** Built-in number formats that are dates (ids 14–22 and 45–47). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Whether a format code writes a date: a date or time letter outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/u.test(code.replace(/\[[^\]]*\]/gu, "").replace(/"[^"]*"/gu, ""));
}

/** The cell styles (xl/styles.xml), by index; style 0 is the default style, read as unstyled. */
export function readStyles(xml: string): XlsxStyle[] {
  const dateFormats = new Set<number>(DATE_FORMAT_IDS);
  const fonts: { bold: boolean; italic: boolean }[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = "";
  let font: { bold: boolean; italic: boolean } | null = null;
  scanElements(xml, {
    open(name, attrs) {
      if (name === "fonts" || name === "cellXfs" || name === "cellStyleXfs" || name === "dxfs")
        section = name;
      else if (name === "numFmt" && attrs !== null) {
        const id = Number(attrs.numFmtId);
        if (isDateFormat(attrs.formatCode ?? "")) dateFormats.add(id);
        else dateFormats.delete(id);
      } else if (section === "fonts" && name === "font") {
        font = { bold: false, italic: false };
        fonts.push(font);
      } else if (font !== null && name === "b") font.bold = true;
      else if (font !== null && name === "i") font.italic = true;
      else if (section === "cellXfs" && name === "xf") {
        xfs.push({ numFmtId: Number(attrs?.numFmtId ?? 0), fontId: Number(attrs?.fontId ?? -1) });
      }
    },
    close(name) {
      if (name === "font") font = null;
      else if (name === section) section = "";
    },
  });
  return xfs.map((xf, index) => {
    const style = index === 0 ? undefined : fonts[xf.fontId];
    return {
      bold: style?.bold ?? false,
      italic: style?.italic ?? false,
      date: index !== 0 && dateFormats.has(xf.numFmtId),
    };
  });
}

/** A sheet of the workbook: its name and the zip entry holding it. */
export interface XlsxSheetRef {
  name: string;
  path: string;
}

/** The sheets in workbook order (xl/workbook.xml and its relationships), and whether dates count from 1904. */
export function readWorkbook(
  workbookXml: string,
  relsXml: string,
): { sheets: XlsxSheetRef[]; date1904: boolean } {
  const targets = new Map<string, string>();
  scanElements(relsXml, {
    open(name, attrs) {
      if (name === "Relationship" && attrs?.Id !== undefined && attrs.Target !== undefined) {
        const target = attrs.Target;
        targets.set(attrs.Id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
      }
    },
  });
  const sheets: XlsxSheetRef[] = [];
  let date1904 = false;
  scanElements(workbookXml, {
    open(name, attrs) {
      if (name === "workbookPr" && attrs?.date1904 === "1") date1904 = true;
      if (name !== "sheet" || attrs === null) return;
      const id = attrs["r:id"] ?? Object.entries(attrs).find(([key]) => localName(key) === "id")?.[1];
      const path = id === undefined ? undefined : targets.get(id);
      if (path !== undefined) sheets.push({ name: attrs.name ?? "", path });
    },
  });
  return { sheets, date1904 };
}
