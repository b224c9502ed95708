import type { ExpectedItem } from "@kehoach/core";

const NUMBERED = /(?:^|(?<=[\s;:.,]))\((\d{1,2})\)(?=\s|$)/gu;

/**
 * Splits an expected-result text into its items: "(1) … (2) …" numbered
 * items (each attributed to the lead of that number when `leadNumbers`
 * has it), "- …" bullets (a dash at the start or after ":" ";" ".", then any
 * " - " followed by a capital once a list has begun), or one unmarked item.
 */
export function splitExpectedItems(
  text: string,
  leadNumbers: ReadonlySet<number> = new Set(),
): ExpectedItem[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  // A numbered item starts with "(": without one, only bullets can split the text.
  const numbered = trimmed.includes("(") ? numberedMarks(trimmed) : [];
  if (numbered.length > 0) {
    const items: ExpectedItem[] = [];
    const first = numbered[0]!;
    const lead = trimmed.slice(0, first.index ?? 0).trim();
    if (lead !== "") items.push({ marker: null, text: lead, lead: null });
    numbered.forEach((match, i) => {
      const start = (match.index ?? 0) + match[0].length;
      const end = numbered[i + 1]?.index ?? trimmed.length;
      const n = Number.parseInt(match[1] ?? "0", 10);
      items.push({
        marker: `(${n})`,
        text: trimmed.slice(start, end).trim(),
        lead: leadNumbers.has(n) ? n : null,
      });
    });
    return items;
  }
  return splitBullets(trimmed);
}

/** The "(n)" marks of a text, read with an `exec` loop on the shared pattern (`matchAll` would clone it per text). */
function numberedMarks(text: string): RegExpExecArray[] {
  const marks: RegExpExecArray[] = [];
  NUMBERED.lastIndex = 0;
  for (let match = NUMBERED.exec(text); match !== null; match = NUMBERED.exec(text)) marks.push(match);
  return marks;
}

/** "-", "–", "•" or "+" followed by a space: where a bullet can start (found by the pattern, not a loop over every character). */
const BULLET_CANDIDATE = /[-–•+] /gu;

/** What may stand right before a dash that starts a list. */
const LIST_OPENERS = ":;.";
/** Optional white space, then a capital, at `lastIndex` (sticky: nothing is copied per dash). */
const CAPITAL_NEXT = /\s*\p{Lu}/uy;
const WHITE_SPACE = /\s/u;
const TRAILING_SEPARATOR = /[;,]$/u;

/** The index of the last character before `end` that is not white space (as `trimEnd` sees it), or -1. */
function lastNonSpace(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && WHITE_SPACE.test(text[i]!)) i--;
  return i;
}

function splitBullets(text: string): ExpectedItem[] {
  // Positions of bullet dashes.
  const starts: number[] = [];
  let listStarted = false;
  BULLET_CANDIDATE.lastIndex = 0;
  for (let found = BULLET_CANDIDATE.exec(text); found !== null; found = BULLET_CANDIDATE.exec(text)) {
    const i = found.index;
    const last = lastNonSpace(text, i);
    const atStart = last < 0 || LIST_OPENERS.includes(text[last]!);
    CAPITAL_NEXT.lastIndex = i + 1;
    const capitalNext = CAPITAL_NEXT.test(text);
    const spaced = i > 0 && text[i - 1] === " ";
    if (atStart || (listStarted && spaced && capitalNext)) {
      starts.push(i);
      listStarted = true;
    }
  }
  if (starts.length === 0) return [{ marker: null, text, lead: null }];
  const items: ExpectedItem[] = [];
  const head = text.slice(0, starts[0]).trim();
  if (head !== "") items.push({ marker: null, text: head, lead: null });
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const body = text
      .slice(start + 1, end)
      .trim()
      .replace(TRAILING_SEPARATOR, "")
      .trim();
    items.push({ marker: text[start] ?? "-", text: body, lead: null });
  });
  return items;
}
