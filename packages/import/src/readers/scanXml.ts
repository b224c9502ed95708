import type { XmlNode } from "./parseXml";

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY = /&(lt|gt|amp|quot|apos);/gu;

/** The five XML entities decoded (numeric references stay as written, as fast-xml-parser left them). */
function decode(text: string): string {
  return text.includes("&") ? text.replace(ENTITY, (_, name: string) => ENTITIES[name]!) : text;
}

/** Adds text to an element, joined to the text before it when only a comment stood between. */
function pushText(children: XmlNode[], text: string): void {
  const last = children[children.length - 1];
  if (last !== undefined && "#text" in last) last["#text"] = `${last["#text"] as string}${text}`;
  else children.push({ "#text": text });
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

/** An element's open tag from `<` at `start`: its node, whether it closes itself, and where it ends. */
function openTag(
  xml: string,
  start: number,
): { name: string; node: XmlNode; selfClosing: boolean; end: number } {
  let i = start + 1;
  while (i < xml.length) {
    const code = xml.charCodeAt(i);
    if (isSpace(code) || code === 47 || code === 62) break;
    i++;
  }
  const name = xml.slice(start + 1, i);
  if (name === "") throw new Error(`Empty tag name at ${start}`);
  const children: XmlNode[] = [];
  const node: XmlNode = { [name]: children };
  let attrs: Record<string, string> | undefined;
  for (;;) {
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    const code = xml.charCodeAt(i);
    if (code === 62) return { name, node, selfClosing: false, end: i + 1 };
    if (code === 47 && xml.charCodeAt(i + 1) === 62) return { name, node, selfClosing: true, end: i + 2 };
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
    node[":@"] = attrs;
    i = close + 1;
  }
}

/**
 * Scans well-formed XML into the ordered nodes fast-xml-parser gave with
 * `preserveOrder` (`{ tag: children, ":@": attributes }`, text as
 * `{ "#text": … }`, white space inside the root kept; comments and processing instructions
 * dropped, CDATA as text), in one pass over the string with no path or
 * matcher bookkeeping. As fast-xml-parser, it is lenient where that kept
 * text: a closing tag closes the innermost open element, elements left open
 * at the end are kept. A tag or attribute it cannot read is an error;
 * declarations (`<!DOCTYPE`, `<!ENTITY`) are refused here and before.
 */
export function scanXml(xml: string): XmlNode[] {
  const root: XmlNode[] = [];
  const open: { name: string; children: XmlNode[] }[] = [];
  let children = root;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt === -1 ? xml.length : lt;
    // Text outside the root element (the line break after the declaration) is not content.
    if (textEnd > i && open.length > 0) pushText(children, decode(xml.slice(i, textEnd)));
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 47) {
      const gt = endOf(xml, ">", lt, "closing tag");
      const name = xml.slice(lt + 2, gt).trim();
      // As fast-xml-parser did: a closing tag closes the innermost open element, whatever it names.
      if (name === "") throw new Error(`Empty closing tag at ${lt}`);
      open.pop();
      children = open.length === 0 ? root : open[open.length - 1]!.children;
      i = gt + 1;
    } else if (xml.startsWith("<!--", lt)) {
      i = endOf(xml, "-->", lt + 4, "comment") + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = endOf(xml, "]]>", lt + 9, "CDATA section");
      pushText(children, xml.slice(lt + 9, end));
      i = end + 3;
    } else if (next === 33) {
      throw new Error(`Declarations are not allowed (at ${lt})`);
    } else if (next === 63) {
      i = endOf(xml, "?>", lt + 2, "processing instruction") + 2;
    } else {
      const tag = openTag(xml, lt);
      children.push(tag.node);
      if (!tag.selfClosing) {
        const kids = tag.node[tag.name] as XmlNode[];
        open.push({ name: tag.name, children: kids });
        children = kids;
      }
      i = tag.end;
    }
  }
  // Elements left open at the end are kept as read, as fast-xml-parser kept them.
  return root;
}
