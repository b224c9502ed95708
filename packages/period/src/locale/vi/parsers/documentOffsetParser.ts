import type { Parser, RelativeOffset } from "../../../engine/Chunk";
import type { Token } from "../../../text/tokenize";
import { wordTable } from "../../../text/wordTable";
import { matchWords, readNumber, textAt, wordAt } from "../readers";
import { makeChunk } from "./makeChunk";

const UNITS: Readonly<Record<string, RelativeOffset["unit"]>> = wordTable({
  ngay: "day",
  tuan: "week",
  thang: "month",
  nam: "year",
});
/** "kể từ", "tính từ", "từ": what joins the offset to its anchor. */
const JOINS: readonly (readonly string[])[] = [["ke", "tu"], ["tinh", "tu"], ["tu"]];
/** The anchors, longest first: "ngày ký ban hành", "ngày nhận được", "ngày có hiệu lực". */
const ANCHORS: readonly { words: readonly string[]; anchor: string }[] = [
  { words: ["ky", "ban", "hanh"], anchor: "signature" },
  { words: ["ban", "hanh"], anchor: "issue" },
  { words: ["ky"], anchor: "signature" },
  { words: ["nhan", "duoc"], anchor: "receipt" },
  { words: ["nhan"], anchor: "receipt" },
  { words: ["co", "hieu", "luc"], anchor: "effect" },
  { words: ["hieu", "luc"], anchor: "effect" },
];
/** Words that open the offset: "trong vòng 30 ngày", "trong thời hạn 05 ngày", "sau 15 ngày". */
const LEADS: readonly (readonly string[])[] = [
  ["trong", "vong"],
  ["trong", "thoi", "han"],
  ["trong", "thoi", "gian"],
  ["trong"],
  ["sau"],
];
const WORKING: readonly string[] = ["lam", "viec"];
const CLAUSE_STOP = new Set([",", ";", "(", ")", ".", ":", "-"]);

/** The end of the anchor's clause ("… ngày nhận được văn bản"): the next punctuation, number or line. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let j = from;
  for (let guard = 0; guard < 8; guard++) {
    const t = tokens[j];
    if (!t || t.lineStart || t.kind !== "word" || CLAUSE_STOP.has(t.text)) break;
    if (t.text === "den" || t.text === "truoc" || t.text === "cham") break;
    j++;
  }
  return j;
}

function readAnchor(tokens: readonly Token[], i: number): { anchor: string; next: number } | null {
  let j = i;
  for (const join of JOINS) {
    if (matchWords(tokens, j, join)) {
      j += join.length;
      break;
    }
  }
  if (j === i) return null;
  if (wordAt(tokens, j) !== "ngay" && wordAt(tokens, j) !== "khi") return null;
  j++;
  for (const entry of ANCHORS) {
    if (matchWords(tokens, j, entry.words)) return { anchor: entry.anchor, next: j + entry.words.length };
  }
  return { anchor: "event", next: j };
}

/**
 * Offsets from a document's date: "100 ngày kể từ ngày ban hành Kế hoạch", "trong vòng 30 ngày kể từ
 * ngày ký", "sau 15 ngày kể từ ngày nhận được văn bản", "trong thời hạn 05 ngày làm việc kể từ …".
 * A `relative` chunk with the offset and its anchor; the `documentDate` option resolves it.
 */
export const documentOffsetParser: Parser = {
  name: "documentOffset",
  triggers: ["#", "trong", "sau"],
  extract(context, i) {
    const { tokens } = context;
    let j = i;
    let after = false;
    if (tokens[i]?.kind !== "number") {
      const lead = LEADS.find((words) => matchWords(tokens, i, words));
      if (!lead) return null;
      after = lead[0] === "sau";
      j = i + lead.length;
    }
    const n = readNumber(tokens, j, 3);
    if (!n) return null;
    let unit = UNITS[wordAt(tokens, n.next)];
    if (unit === undefined) return null;
    let k = n.next + 1;
    if (unit === "day" && matchWords(tokens, k, WORKING)) {
      unit = "workingDay";
      k += 2;
    }
    if (textAt(tokens, k) === ",") k++;
    const anchor = readAnchor(tokens, k);
    if (!anchor) return null;
    const end = Math.max(anchor.next, clauseEnd(tokens, anchor.next));
    return makeChunk("documentOffset", i, end, [], {
      role: "relative",
      relativeTo: anchor.anchor === "issue" || anchor.anchor === "signature" ? "signature" : "event",
      offset: { amount: n.value, unit, after, anchor: anchor.anchor },
    });
  },
};
