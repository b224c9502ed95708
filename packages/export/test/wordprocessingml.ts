import { XMLParser } from "fast-xml-parser";

// Reading WordprocessingML (document.xml) as a tree that keeps the order of elements, for the
// schema-order test and for comparing tables after a round trip through LibreOffice.

/** An element: its name, attributes, children in document order and its own text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function toElement(node: Ordered): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (!name || name === "#text") return null;
  const nodes = node[name] as Ordered[];
  const children = nodes.map(toElement).filter((e): e is XmlElement => e !== null);
  const text = nodes.map((n) => (typeof n["#text"] === "string" ? n["#text"] : "")).join("");
  return { name, attributes: node[":@"] ?? {}, children, text };
}

/** Parses an XML part into its root element (order kept, attributes without prefix changes). */
export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  });
  const nodes = parser.parse(xml) as Ordered[];
  const root = nodes.map(toElement).find((e) => e !== null && e.name !== "?xml");
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element of a tree, depth first. */
export function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

/** The text of an element and everything in it. */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join("");
}

const child = (e: XmlElement | undefined, name: string) => e?.children.find((c) => c.name === name);

/** A table as structure: grid widths, and per row whether it is a header row and each cell's span. */
export interface TableShape {
  grid: number[];
  rows: { header: boolean; spans: string[] }[];
}

/**
 * The tables of a document.xml as structure: grid column widths (twips), header rows, and every
 * cell as "span" or "span:restart" / "span:continue" for vertical merges, so two writers' files
 * can be compared.
 */
export function docxTables(xml: string): TableShape[] {
  const tables: TableShape[] = [];
  for (const e of walk(parseXml(xml))) {
    if (e.name !== "w:tbl") continue;
    const grid = (child(e, "w:tblGrid")?.children ?? []).map((g) => Number(g.attributes["w:w"]));
    const rows = e.children
      .filter((r) => r.name === "w:tr")
      .map((r) => ({
        header: child(child(r, "w:trPr"), "w:tblHeader") !== undefined,
        spans: r.children
          .filter((c) => c.name === "w:tc")
          .map((c) => {
            const pr = child(c, "w:tcPr");
            const span = child(pr, "w:gridSpan")?.attributes["w:val"] ?? "1";
            const merge = child(pr, "w:vMerge");
            if (!merge) return span;
            return `${span}:${merge.attributes["w:val"] === "restart" ? "restart" : "continue"}`;
          }),
      }));
    tables.push({ grid, rows });
  }
  return tables;
}
