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
  const numbered = trimmed.includes("(") ? [...trimmed.matchAll(NUMBERED)] : [];
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

const SPACE = 0x20;

/** "-", "–", "•" or "+": the characters that can mark a bullet. */
function isBulletChar(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2022 || code === 0x2b;
}

/** What may stand right before a dash that starts a list. */
const LIST_OPENERS = ":;.";
/** Optional white space, then a capital, at `lastIndex` (sticky: nothing is copied per dash). */
const CAPITAL_NEXT = /\s*\p{Lu}/uy;
const WHITE_SPACE = /\s/u;

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
  for (let i = 0; i < text.length; i++) {
    if (!isBulletChar(text.charCodeAt(i)) || text.charCodeAt(i + 1) !== SPACE) continue;
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
      .replace(/[;,]$/u, "")
      .trim();
    items.push({ marker: text[start] ?? "-", text: body, lead: null });
  });
  return items;
}
