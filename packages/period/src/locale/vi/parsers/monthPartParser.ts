import {
  type Chunk,
  createChunk,
  type Parser,
  type ParsingContext,
  updateChunk,
} from "../../../engine/Chunk";
import type { Part } from "../../../engine/Moment";
import { DECADE_WORDS, NUMBER_WORDS, PART_WORDS } from "../constants";
import { readNumber, readYearNumber, readYearOffsetWord, wordAt } from "../readers";
import { readMonths } from "./monthParser";
import { quarterParser } from "./quarterParser";

function withPart(chunk: Chunk | null, part: Part, from: number): Chunk | null {
  if (!chunk || chunk.range) return null;
  for (const item of chunk.items) item.part = part;
  return updateChunk(chunk, { parser: "monthPart", from });
}

function readWeekPart(context: ParsingContext, i: number): { part: Part; next: number } | null {
  const { tokens } = context;
  const w = wordAt(tokens, i);
  if (w === "dau") return { part: "firstWeek", next: i + 1 };
  if (w === "cuoi") return { part: "lastWeek", next: i + 1 };
  let j = i;
  if (w === "thu") j++;
  const n = readNumber(tokens, j, 1);
  const value = n?.value ?? NUMBER_WORDS[wordAt(tokens, j)];
  if (value === undefined || value < 1 || value > 5) return null;
  if (value === 1 && !n && wordAt(tokens, j) !== "nhat") return null;
  return { part: `week${value}` as Part, next: n ? n.next : j + 1 };
}

/**
 * Windows inside a month, quarter or year: "đầu/giữa/cuối tháng 10/2024", "thượng/trung/hạ tuần tháng 5",
 * "tuần đầu tháng 10/2024", "tuần cuối tháng 12", "tuần thứ 2 của tháng 3", "nửa đầu tháng 6",
 * "cuối quý III/2024", "đầu năm 2025", "giữa năm".
 */
export const monthPartParser: Parser = {
  name: "monthPart",
  triggers: ["dau", "giua", "cuoi", "thuong", "trung", "ha", "tuan", "nua"],
  extract(context, i) {
    const { tokens } = context;
    const w = wordAt(tokens, i);
    let part: Part | undefined;
    let j = i + 1;
    if (w === "tuan") {
      const week = readWeekPart(context, j);
      if (!week) return null;
      part = week.part;
      j = week.next;
    } else if (w === "nua") {
      const side = wordAt(tokens, j);
      if (side === "dau") part = "firstHalf";
      else if (side === "cuoi" || side === "sau") part = "secondHalf";
      else return null;
      j++;
    } else if (DECADE_WORDS[w] && wordAt(tokens, j) === "tuan") {
      part = DECADE_WORDS[w];
      j++;
    } else if (PART_WORDS[w]) {
      part = PART_WORDS[w];
    } else return null;
    if (part === undefined) return null;
    if (wordAt(tokens, j) === "cua") j++;
    const target = wordAt(tokens, j);
    if (target === "thang") return withPart(readMonths(context, j, true), part, i);
    if (target === "quy") return withPart(quarterParser.extract(context, j), part, i);
    if (
      target === "nam" &&
      (part === "early" || part === "mid" || part === "late" || part === "firstHalf" || part === "secondHalf")
    ) {
      const y = readYearNumber(tokens, j + 1);
      if (y) {
        return {
          parser: "monthPart",
          from: i,
          to: y.next,
          items: [{ unit: "year", year: y.value, yearSource: "stated", part }],
          range: false,
          role: "main",
        };
      }
      const rel = readYearOffsetWord(tokens, j + 1);
      return createChunk({
        parser: "monthPart",
        from: i,
        to: rel ? rel.next : j + 1,
        items: [{ unit: "year", part, yearOffset: rel?.value }],
      });
    }
    return null;
  },
};
