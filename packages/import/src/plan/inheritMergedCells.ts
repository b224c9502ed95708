import type { ColumnRole, Diagnostic } from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import type { AssembledTable } from "../table/assembleTables";
import type { NumberedRow } from "../table/numberRows";
import { isBlankRichText } from "../text/RichText";

/** Columns an activity cannot do without: left empty under a row that has them, they were one merged cell. */
const requiredRoles: readonly ColumnRole[] = ["leads", "time"];

/**
 * Fills the lead and time cells that a leaf activity left empty from the
 * nearest activity above it in the same table that has them: in the
 * original those cells were one vertically merged cell (the extracted text
 * kept it in the first row only); with `infer` false (Word, Excel: they say
 * which cells are merged, so an empty cell is empty) nothing is inferred.
 * Merges read from .docx/.xlsx were already filled by the assembler. Either way each inherited cell gets an info
 * diagnostic "inherited from <code>".
 */
export function inheritMergedCells(
  table: AssembledTable,
  rows: readonly NumberedRow[],
  infer = true,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const columns = requiredRoles
    .map((role) => table.columns.findIndex((column) => column.role === role))
    .filter((index) => index >= 0);
  const lastFilled = new Map<number, NumberedRow>();
  for (const node of rows) {
    const leaf = node.children.length === 0;
    for (const c of columns) {
      const cell = node.row.cells[c];
      if (cell !== undefined && !isBlankRichText(cell)) {
        if (!node.row.inherited.has(c)) lastFilled.set(c, node);
        continue;
      }
      const source = lastFilled.get(c);
      if (!infer || !leaf || source === undefined || source.children.length > 0) continue;
      node.row.cells[c] = source.row.cells[c]!;
      // Rows share one empty map of inherited cells: this row gets its own.
      node.row.inherited = new Map(node.row.inherited).set(c, source.row.code);
    }
    if (node.row.inherited.size === 0) continue;
    for (const [c, from] of [...node.row.inherited].sort((a, b) => a[0] - b[0])) {
      const label = table.columns[c]?.label ?? `#${c + 1}`;
      diagnostics.push(
        diagnostic(
          "import.inherited",
          "info",
          {
            vi: `Ô "${label}" của mục ${node.row.code} lấy từ mục ${from} (ô gộp dọc)`,
            en: `Cell "${label}" of item ${node.row.code} inherited from ${from} (a vertically merged cell)`,
          },
          node.row.cellLocations[c] ?? node.row.location,
        ),
      );
    }
  }
  return diagnostics;
}
