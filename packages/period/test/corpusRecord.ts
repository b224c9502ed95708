import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { IsoDateSchema } from "../src/PeriodResult";

/**
 * The shared corpus of real phrases, read in place (never copied into the repository): the repository
 * root's parent holds `shared/corpus/period/phrases.jsonl`, as on CI (`<somewhere>/main` beside `<somewhere>/shared`).
 */
export const corpusPath = fileURLToPath(
  new URL("../../../../shared/corpus/period/phrases.jsonl", import.meta.url),
);
/** Whether `../shared` exists beside the repository root. */
export const corpusAvailable = existsSync(fileURLToPath(new URL("../../../../shared", import.meta.url)));

const Bound = IsoDateSchema.nullable();
/** One labelled phrase of the corpus (see the corpus README for the conventions). */
export const CorpusRecordSchema = z.object({
  text: z.string(),
  source: z.string(),
  refYear: z.number().int(),
  docDate: IsoDateSchema.nullable(),
  class: z.string(),
  expected: z.object({
    kind: z.string(),
    start: Bound,
    end: Bound,
    deadline: Bound,
    peak: z.object({ start: Bound, end: Bound }).nullable(),
  }),
});
export type CorpusRecord = z.infer<typeof CorpusRecordSchema>;

/** Reads and validates the corpus; a malformed line fails with its line number. */
export function readCorpus(path = corpusPath): CorpusRecord[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, n) => {
      const parsed = CorpusRecordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`phrases.jsonl line ${n + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** The fields the corpus scores: start, end, deadline and peak. */
export interface Reading {
  start: string | null;
  end: string | null;
  deadline: string | null;
  peak: { start: string | null; end: string | null } | null;
}

/** Whether a reading is exact on start, end, deadline and peak. */
export function isExact(record: CorpusRecord, reading: Reading): boolean {
  const e = record.expected;
  const peak = (p: Reading["peak"]) => (p ? `${p.start}..${p.end}` : null);
  return (
    reading.start === e.start &&
    reading.end === e.end &&
    reading.deadline === e.deadline &&
    peak(reading.peak) === peak(e.peak)
  );
}

/** The options a record is read with: its reference year and, where known, its document's date. */
export function optionsOf(record: CorpusRecord): { year: number; documentDate?: string } {
  return record.docDate ? { year: record.refYear, documentDate: record.docDate } : { year: record.refYear };
}
