import type { Diagnostic, SourceLocation } from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import type { SourceBlock } from "../SourceDocument";
import { richTextToString } from "../text/RichText";
import { convertLegacy, detectLegacyEncoding } from "./legacyEncodings";

const LATIN1 = /[\u0080-\u00ff]/u;

/**
 * Converts, in place, the paragraphs and cells written in a legacy
 * Vietnamese encoding (TCVN3/ABC, VNI-Windows) read as Latin-1 characters
 * (text typed with a legacy font, or pasted), and adds one warning at the
 * first converted block when anything was converted (or when the reader
 * already converted text by its font, `alreadyConverted`).
 */
export function convertLegacyBlocks(
  blocks: readonly SourceBlock[],
  diagnostics: Diagnostic[],
  base: SourceLocation,
  alreadyConverted = false,
): void {
  let converted = 0;
  let first: SourceLocation | null = null;
  for (const block of blocks) {
    const parts = block.kind === "paragraph" ? [block.rich] : block.cells.map((cell) => cell.rich);
    for (const rich of parts) {
      // Only text with Latin-1 letters can be legacy-encoded: test the raw runs before flattening.
      if (!rich.segments.some((segment) => LATIN1.test(segment.text))) continue;
      const text = richTextToString(rich);
      const { encoding } = detectLegacyEncoding(text);
      if (encoding === null) continue;
      for (const segment of rich.segments) segment.text = convertLegacy(segment.text, encoding);
      converted++;
      first ??= {
        ...base,
        ...(block.location.page === undefined ? {} : { page: block.location.page }),
        line: block.line,
      };
    }
  }
  if (alreadyConverted || converted > 0) {
    diagnostics.push(
      diagnostic(
        "import.encoding-legacy",
        "warning",
        {
          vi: "Văn bản dùng bảng mã cũ (TCVN3/ABC hoặc VNI-Windows) đã được chuyển sang Unicode",
          en: "Text in a legacy encoding (TCVN3/ABC or VNI-Windows) was converted to Unicode",
        },
        first ?? { ...base, line: 1 },
      ),
    );
  }
}
