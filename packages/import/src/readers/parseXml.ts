import { scanXml } from "./scanXml";

/** A node of the ordered output: `{ tag: children, ":@": attributes }`, or `{ "#text": text }`. */
export type XmlNode = Record<string, unknown>;

/**
 * Parses OOXML into ordered nodes (`scanXml`: one pass, the shape
 * fast-xml-parser's `preserveOrder` gave, which it replaced: that parser was
 * 40% of a large .docx import). Documents with a DTD are refused (OOXML
 * never has one), so no external or internal entity is ever expanded.
 */
export function parseXml(xml: string): { nodes: XmlNode[] } | { error: string } {
  if (/<!DOCTYPE/iu.test(xml.slice(0, 4096)) || xml.includes("<!ENTITY")) {
    return { error: "DTD/entity declarations are not allowed" };
  }
  try {
    return { nodes: scanXml(xml) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The tag name of an ordered node ("#text" for text). */
export function tagOf(node: XmlNode): string {
  // for…in, not Object.keys: no array per call (this runs for every node of a .docx, several times).
  for (const key in node) if (key !== ":@") return key;
  return "";
}

/** The children of an ordered node. */
export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** An attribute of an ordered node. */
export function attrOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[":@"] as Record<string, unknown> | undefined;
  const value = attrs?.[name];
  return value === undefined ? undefined : String(value);
}

/** The text of a "#text" node. */
export function textOf(node: XmlNode): string {
  const value = node["#text"];
  return value === undefined ? "" : String(value);
}

/** The first child with a tag. */
export function childByTag(node: XmlNode, tag: string): XmlNode | undefined {
  for (const child of childrenOf(node)) if (Object.hasOwn(child, tag)) return child;
  return undefined;
}
