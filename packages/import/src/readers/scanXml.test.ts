import { describe, expect, it } from "vitest";
import { parseXml } from "./parseXml";
import { scanXml as scanEvents } from "./scanXml";

type Plain = Record<string, unknown>;

/**
 * What the scanner tells, as a tree in the shape fast-xml-parser's
 * `preserveOrder` gave (`{ tag: children, ":@": attributes }`, text as
 * `{ "#text": … }`, adjacent texts joined), which the scanner replaced.
 */
function scanXml(xml: string): Plain[] {
  const root: Plain[] = [];
  const open: Plain[][] = [root];
  scanEvents(xml, {
    open(name, attrs) {
      const children: Plain[] = [];
      open[open.length - 1]!.push({ [name]: children, ...(attrs === null ? {} : { ":@": attrs }) });
      open.push(children);
    },
    close() {
      open.pop();
    },
    text(text) {
      const children = open[open.length - 1]!;
      const last = children[children.length - 1];
      if (last !== undefined && "#text" in last) last["#text"] = `${last["#text"] as string}${text}`;
      else children.push({ "#text": text });
    },
  });
  return root;
}

describe("scanXml: OOXML into ordered nodes", () => {
  it("gives elements, attributes and text in document order, white space inside kept", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> Phòng  Nội vụ </w:t></w:r> <w:r w:rsidR='00A1'><w:t>2024</w:t></w:r></w:p>`;
    expect(scanXml(xml)).toEqual([
      {
        "w:p": [
          {
            "w:r": [
              { "w:rPr": [{ "w:b": [] }] },
              { "w:t": [{ "#text": " Phòng  Nội vụ " }], ":@": { "xml:space": "preserve" } },
            ],
          },
          { "#text": " " },
          { "w:r": [{ "w:t": [{ "#text": "2024" }] }], ":@": { "w:rsidR": "00A1" } },
        ],
      },
    ]);
  });

  it("decodes the five XML entities once, in text and attributes; a '>' in an attribute value is data", () => {
    expect(
      scanXml(
        `<a v="1 &amp; 2 &gt; 0"><t>UBND &amp; HĐND &lt;quận&gt; &quot;x&quot; &apos;y&apos; &amp;lt;</t></a>`,
      ),
    ).toEqual([{ a: [{ t: [{ "#text": `UBND & HĐND <quận> "x" 'y' &lt;` }] }], ":@": { v: "1 & 2 > 0" } }]);
    expect(scanXml(`<a k="x>y"/>`)).toEqual([{ a: [], ":@": { k: "x>y" } }]);
  });

  it("reads CDATA as text, drops comments and processing instructions (text around a comment is one text)", () => {
    expect(scanXml(`<a>Kế<!-- note -->hoạch<?pi x?><![CDATA[<b>]]></a>`)).toEqual([
      { a: [{ "#text": "Kếhoạch<b>" }] },
    ]);
  });

  it("keeps what a damaged file holds: a closing tag closes the innermost element, open ones are kept", () => {
    expect(scanXml("<a><b>x</a>")).toEqual([{ a: [{ b: [{ "#text": "x" }] }] }]);
    expect(scanXml("<a><b>x")).toEqual([{ a: [{ b: [{ "#text": "x" }] }] }]);
  });

  it("fails with a message, never hangs, on a tag or attribute it cannot read", () => {
    for (const bad of [
      "<a",
      "<a x=1></a>",
      "<a x></a>",
      '<a x="1></a>',
      "<a><!-- open",
      "<a><![CDATA[ open",
      "<>",
      "<a></",
    ]) {
      expect(() => scanXml(bad), bad).toThrow();
      expect(parseXml(bad, { open() {}, close() {}, text() {} }), bad).toHaveProperty("error");
    }
  });

  it("refuses declarations (no entity is ever expanded)", () => {
    expect(
      parseXml(`<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`, { open() {}, close() {}, text() {} }),
    ).toEqual({
      error: "DTD/entity declarations are not allowed",
    });
    expect(() => scanXml("<a><!DOCTYPE a></a>")).toThrow(/Declarations/u);
  });
});
