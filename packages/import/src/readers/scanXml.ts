/** What {@link scanXml} tells as it reads: elements opening and closing, and text, in document order. */
export interface XmlHandler {
  /** An element opens (`attrs`: its attributes, entities decoded, or null when it has none). */
  open(name: string, attrs: Record<string, string> | null): void;
  /** The innermost open element closes (a self-closing element closes right after it opens). */
  close(): void;
  /** Text inside the root element (entities decoded), or a CDATA section's. */
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY = /&(lt|gt|amp|quot|apos);/gu;

/** The five XML entities decoded (numeric references stay as written, as fast-xml-parser left them). */
function decode(text: string): string {
  return text.includes("&") ? text.replace(ENTITY, (_, name: string) => ENTITIES[name]!) : text;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Where `needle` ends after `from`, or an error naming what was left open. */
function endOf(xml: string, needle: string, from: number, what: string): number {
  const at = xml.indexOf(needle, from);
  if (at === -1) throw new Error(`Unclosed ${what} at ${from}`);
  return at;
}

/** Whether `xml` holds only white space (as `trim` sees it) from `from` up to `to`: an empty closing tag. */
function blankBetween(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!WHITE_SPACE.test(xml[i]!)) return false;
  return true;
}

const WHITE_SPACE = /\s/u;

/**
 * Reads an open tag from `<` at `start`, tells it to `handler`, and returns where it ends,
 * negated when it closed itself (a number, not an object: one is read for every tag).
 */
function openTag(xml: string, start: number, handler: XmlHandler): number {
  let i = start + 1;
  while (i < xml.length) {
    const code = xml.charCodeAt(i);
    if (isSpace(code) || code === 47 || code === 62) break;
    i++;
  }
  const name = xml.slice(start + 1, i);
  if (name === "") throw new Error(`Empty tag name at ${start}`);
  let attrs: Record<string, string> | null = null;
  for (;;) {
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    const code = xml.charCodeAt(i);
    const selfClosing = code === 47 && xml.charCodeAt(i + 1) === 62;
    if (code === 62 || selfClosing) {
      handler.open(name, attrs);
      return selfClosing ? -(i + 2) : i + 1;
    }
    if (i >= xml.length) throw new Error(`Unclosed tag <${name}> at ${start}`);
    const eq = endOf(xml, "=", i, `attribute in <${name}>`);
    const key = xml.slice(i, eq).trim();
    i = eq + 1;
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml[i];
    if (key === "" || (quote !== '"' && quote !== "'"))
      throw new Error(`Malformed attribute in <${name}> at ${i}`);
    const close = endOf(xml, quote, i + 1, `attribute value in <${name}>`);
    attrs ??= {};
    attrs[key] = decode(xml.slice(i + 1, close));
    i = close + 1;
  }
}

/**
 * Scans well-formed XML in one pass, telling `handler` each element, its
 * attributes and its text in document order, with no tree built (a reader
 * keeps only what it needs). Comments and processing instructions are
 * dropped, CDATA is text, text outside the root element (the line break after
 * the declaration) is not told. As fast-xml-parser (which it replaced), it is
 * lenient where that kept text: a closing tag closes the innermost open
 * element whatever it names, and elements left open at the end are closed
 * there. A tag or attribute it cannot read is an error (thrown: the caller
 * discards what it was told); declarations (`<!DOCTYPE`, `<!ENTITY`) are
 * refused here and before.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  let depth = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > i && depth > 0) handler.text(decode(xml.slice(i, textEnd)));
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 47) {
      const gt = endOf(xml, ">", lt, "closing tag");
      if (blankBetween(xml, lt + 2, gt)) throw new Error(`Empty closing tag at ${lt}`);
      // As fast-xml-parser did: a closing tag closes the innermost open element, whatever it names.
      if (depth > 0) {
        depth--;
        handler.close();
      }
      i = gt + 1;
    } else if (xml.startsWith("<!--", lt)) {
      i = endOf(xml, "-->", lt + 4, "comment") + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = endOf(xml, "]]>", lt + 9, "CDATA section");
      handler.text(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (next === 33) {
      throw new Error(`Declarations are not allowed (at ${lt})`);
    } else if (next === 63) {
      i = endOf(xml, "?>", lt + 2, "processing instruction") + 2;
    } else {
      const end = openTag(xml, lt, handler);
      if (end < 0) handler.close();
      else depth++;
      i = Math.abs(end);
    }
  }
  // Elements left open at the end are kept as read.
  for (; depth > 0; depth--) handler.close();
}
