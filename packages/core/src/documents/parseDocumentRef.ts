import type { DocumentRef } from "../model/DocumentRef";
import { findDocumentRefs } from "./findDocumentRefs";

/**
 * Reads one document reference: "Kế hoạch số 02/KH-UBND ngày 02/01/2024 của UBND quận"
 * → `{ kind: "plan", number: "02", symbol: "KH-UBND", date: "2024-01-02", issuer: "UBND quận", … }`.
 * A draft's blanks ("Kế hoạch số: /KH-UBND ngày /4/2024") give `number: null`,
 * `date: null`, `month: "2024-04"`. Returns the first reference in `text`, or
 * null when there is none. Never throws.
 */
export function parseDocumentRef(text: string): DocumentRef | null {
  return findDocumentRefs(text)[0]?.ref ?? null;
}
