import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";

/** Kinds of administrative documents (Decree 30/2020/NĐ-CP). */
export const DocumentKindSchema = z.enum([
  "plan", // Kế hoạch (KH)
  "letter", // Công văn / Văn bản
  "decision", // Quyết định (QĐ)
  "report", // Báo cáo (BC)
  "directive", // Chỉ thị (CT)
  "notice", // Thông báo (TB)
  "resolution", // Nghị quyết (NQ)
  "official-dispatch", // Công điện (CĐ)
  "other",
]);
/** Kinds of administrative documents (Decree 30/2020/NĐ-CP) (validated by {@link DocumentKindSchema}). */
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** A reference to an administrative document: "Kế hoạch số 02/KH-UBND ngày 02/01/2024 của UBND quận". */
export const DocumentRefSchema = z.object({
  kind: DocumentKindSchema,
  /** The number as written ("02", "331"); null when left blank in a draft. */
  number: z.string().nullable(),
  /** The symbol after the slash ("KH-UBND", "UBND-VH&TT", "QĐ-UBND"), entities decoded. */
  symbol: z.string().nullable(),
  /** The issue date; null when the day (or all of it) is blank. */
  date: IsoDateSchema.nullable(),
  /** Year and month when only those are known ("ngày /4/2024" → "2024-04"). */
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable(),
  /** The issuer as written after "của" ("UBND quận"), or null. */
  issuer: z.string().nullable(),
  /** What the document is about ("về …"), or null. */
  subject: z.string().nullable(),
  /** The reference as written (NFC, entities decoded). */
  text: z.string(),
});
/** A reference to an administrative document: "Kế hoạch số 02/KH-UBND ngày 02/01/2024 của UBND quận" (validated by {@link DocumentRefSchema}). */
export type DocumentRef = z.infer<typeof DocumentRefSchema>;
