import { scanXml, type XmlHandler } from "./scanXml";

export type { XmlHandler };

/**
 * Reads OOXML into `handler` (`scanXml`: one pass, no tree; it replaced
 * fast-xml-parser, which was 40% of a large .docx import). Documents with a
 * DTD are refused (OOXML never has one), so no external or internal entity is
 * ever expanded. Returns the error, or null when the XML was read whole.
 */
export function parseXml(xml: string, handler: XmlHandler): { error: string } | null {
  if (/<!DOCTYPE/iu.test(xml.slice(0, 4096)) || xml.includes("<!ENTITY")) {
    return { error: "DTD/entity declarations are not allowed" };
  }
  try {
    scanXml(xml, handler);
    return null;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
