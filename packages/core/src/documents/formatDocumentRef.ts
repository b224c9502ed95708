import { z } from "zod";
import { type DocumentRef, DocumentRefSchema } from "../model/DocumentRef";
import { DOCUMENT_KINDS, kindLabel } from "./documentKinds";

/** Options of {@link formatDocumentRef}. */
export const FormatDocumentRefOptionsSchema = z.object({
  /** "citation" (default): "Kế hoạch số 02/KH-UBND ngày 02/01/2024 của UBND quận về …"; "symbol": "02/KH-UBND". */
  style: z.enum(["citation", "symbol"]).default("citation"),
  /** Include "về …" when the reference has a subject. Default true. */
  subject: z.boolean().default(true),
});
/** What {@link FormatDocumentRefOptionsSchema} accepts (before defaults are filled in): options of {@link formatDocumentRef}. */
export type FormatDocumentRefOptions = z.input<typeof FormatDocumentRefOptionsSchema>;

function dateText(ref: DocumentRef): string | null {
  if (ref.date) {
    const [y, m, d] = ref.date.split("-");
    return `${d}/${m}/${y}`;
  }
  if (ref.month) {
    const [y, m] = ref.month.split("-");
    return `/${Number(m)}/${y}`;
  }
  return null;
}

/**
 * Writes a reference in the national format of Decree 30/2020/NĐ-CP: the
 * number, "/", the symbol (type abbreviation, "-", issuer), then the date and
 * issuer — "Kế hoạch số 02/KH-UBND ngày 02/01/2024 của UBND quận". Blanks of a
 * draft stay blank ("Kế hoạch số /KH-UBND ngày /4/2024"). Invalid input gives "".
 */
export function formatDocumentRef(ref: DocumentRef, options: FormatDocumentRefOptions = {}): string {
  const parsed = DocumentRefSchema.safeParse(ref);
  if (!parsed.success) return "";
  const opts = FormatDocumentRefOptionsSchema.safeParse(options).data ?? { style: "citation", subject: true };
  const r = parsed.data;
  const abbreviation = DOCUMENT_KINDS.find((k) => k.kind === r.kind)?.abbreviation;
  const symbol = r.symbol ?? (abbreviation ? `${abbreviation}-UBND` : "UBND");
  const numberAndSymbol = `${r.number ?? ""}/${symbol}`;
  if (opts.style === "symbol") return numberAndSymbol;
  const parts = [`${kindLabel(r.kind)} số ${numberAndSymbol}`];
  const date = dateText(r);
  if (date) parts.push(`ngày ${date}`);
  if (r.issuer) parts.push(`của ${r.issuer}`);
  if (opts.subject && r.subject) parts.push(`về ${r.subject}`);
  return parts.join(" ");
}
