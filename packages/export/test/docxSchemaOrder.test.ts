import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../src/index";
import { seedPlanReport } from "./helpers";
import { seedProgressReport } from "./progressFixture";
import { parseXml, walk, type XmlElement } from "./wordprocessingml";

// WordprocessingML is a schema of sequences: Word refuses (or "repairs") a document whose
// elements come in another order than ECMA-376 Part 1 (wml.xsd) gives, even when LibreOffice
// reads it. These are the sequences of every element with children that our .docx files contain,
// written from the schema's complex types. A group in brackets may repeat and mix (content of a
// body, a cell, a paragraph, a run); a single name occurs at most once. A child the table does
// not name fails the test too, so a new element cannot slip in unchecked.
type Sequence = readonly (string | readonly string[])[];

const BLOCK = ["w:p", "w:tbl"] as const;

const ORDER: Record<string, Sequence> = {
  // CT_Document, CT_Body (block-level content, then the last section's properties), CT_HdrFtr
  "w:document": ["w:background", "w:body"],
  "w:body": [BLOCK, "w:sectPr"],
  "w:hdr": [BLOCK],
  "w:ftr": [BLOCK],
  // CT_Tbl, CT_TblPr (CT_TblPrBase), CT_TblGrid, CT_TblBorders, CT_TblCellMar
  "w:tbl": ["w:tblPr", "w:tblGrid", ["w:tr"]],
  "w:tblPr": [
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
  ],
  "w:tblGrid": [["w:gridCol"], "w:tblGridChange"],
  "w:tblBorders": [
    "w:top",
    ["w:left", "w:start"],
    "w:bottom",
    ["w:right", "w:end"],
    "w:insideH",
    "w:insideV",
  ],
  "w:tblCellMar": ["w:top", ["w:left", "w:start"], "w:bottom", ["w:right", "w:end"]],
  // CT_Row; CT_TrPr is a choice (any order), each property at most once
  "w:tr": ["w:tblPrEx", "w:trPr", ["w:tc"]],
  "w:trPr": [
    [
      "w:cnfStyle",
      "w:divId",
      "w:gridBefore",
      "w:gridAfter",
      "w:wBefore",
      "w:wAfter",
      "w:cantSplit",
      "w:trHeight",
      "w:tblHeader",
      "w:tblCellSpacing",
      "w:jc",
      "w:hidden",
    ],
    "w:ins",
    "w:del",
    "w:trPrChange",
  ],
  // CT_Tc, CT_TcPr (CT_TcPrBase), CT_TcBorders
  "w:tc": ["w:tcPr", BLOCK],
  "w:tcPr": [
    "w:cnfStyle",
    "w:tcW",
    "w:gridSpan",
    "w:hMerge",
    "w:vMerge",
    "w:tcBorders",
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
  ],
  "w:tcBorders": [
    "w:top",
    ["w:left", "w:start"],
    "w:bottom",
    ["w:right", "w:end"],
    "w:insideH",
    "w:insideV",
    "w:tl2br",
    "w:tr2bl",
  ],
  // CT_P, CT_PPr (CT_PPrBase, then rPr, sectPr, pPrChange), CT_PBdr
  "w:p": ["w:pPr", ["w:r", "w:hyperlink", "w:fldSimple", "w:bookmarkStart", "w:bookmarkEnd"]],
  "w:pPr": [
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
  ],
  "w:pBdr": ["w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"],
  // CT_R (run properties, then run content), CT_RPr (EG_RPrBase)
  "w:r": [
    "w:rPr",
    ["w:t", "w:tab", "w:br", "w:fldChar", "w:instrText", "w:noBreakHyphen", "w:lastRenderedPageBreak"],
  ],
  "w:rPr": [
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
  ],
  // CT_SectPr (header and footer references first, in any order)
  "w:sectPr": [
    ["w:headerReference", "w:footerReference"],
    "w:footnotePr",
    "w:endnotePr",
    "w:type",
    "w:pgSz",
    "w:pgMar",
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
  ],
};

/** Where an element breaks its parent's sequence, as readable lines (none when it follows the schema). */
export function orderViolations(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of walk(root)) {
    const sequence = ORDER[element.name];
    if (!sequence || element.children.length === 0) continue;
    const position = (name: string) =>
      sequence.findIndex((s) => (typeof s === "string" ? s === name : s.includes(name)));
    let last = -1;
    const seen = new Set<string>();
    for (const child of element.children) {
      const at = position(child.name);
      const group = sequence[at];
      if (at < 0) problems.push(`${element.name}: ${child.name} is not in the schema's sequence`);
      else if (at < last)
        problems.push(`${element.name}: ${child.name} comes after ${String(sequence[last])}`);
      else if (typeof group === "string" && seen.has(child.name))
        problems.push(`${element.name}: ${child.name} twice`);
      else if (Array.isArray(group) && element.name === "w:trPr" && seen.has(child.name))
        problems.push(`${element.name}: ${child.name} twice`);
      seen.add(child.name);
      last = Math.max(last, at);
    }
  }
  return problems;
}

async function parts(docx: Uint8Array): Promise<Record<string, XmlElement>> {
  const files = unzipSync(docx);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(name))
      .map(([name, data]) => [name, parseXml(strFromU8(data))]),
  );
}

describe("the .docx follows WordprocessingML's element order (ECMA-376 Part 1)", () => {
  it.each([
    ["the plan table", () => seedPlanReport()],
    ["the progress report", () => seedProgressReport("2024-12-31")],
  ])("%s: every element in schema order", async (_, report) => {
    const xml = await parts(await renderDocx(report()));
    expect(Object.keys(xml)).toContain("word/document.xml");
    for (const [name, root] of Object.entries(xml)) expect(orderViolations(root), name).toEqual([]);
    // What we check is what we write: tables, cells with widths and merges, paragraphs, runs.
    const names = new Set([...walk(xml["word/document.xml"] as XmlElement)].map((e) => e.name));
    for (const used of ["w:tbl", "w:tblGrid", "w:tcW", "w:vMerge", "w:gridSpan", "w:cantSplit", "w:sectPr"])
      expect(names).toContain(used);
  });

  it("catches an element out of order", () => {
    const bad = parseXml(
      "<w:tbl><w:tblGrid/><w:tblPr/><w:tr><w:tc><w:tcPr><w:vAlign/><w:tcW/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>",
    );
    expect(orderViolations(bad)).toEqual([
      "w:tbl: w:tblPr comes after w:tblGrid",
      "w:tcPr: w:tcW comes after w:vAlign",
    ]);
    expect(orderViolations(parseXml("<w:p><w:pPr><w:jc/><w:spacing/></w:pPr></w:p>"))).toEqual([
      "w:pPr: w:spacing comes after w:jc",
    ]);
  });
});
