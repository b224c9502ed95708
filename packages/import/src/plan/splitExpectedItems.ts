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
  const numbered = [...trimmed.matchAll(NUMBERED)];
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

function splitBullets(text: string): ExpectedItem[] {
  // Positions of bullet dashes.
  const starts: number[] = [];
  const bulletChars = "-–•+";
  let listStarted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (!bulletChars.includes(char)) continue;
    const after = text[i + 1];
    if (after !== " ") continue;
    const before = text.slice(0, i).trimEnd();
    const atStart = before === "" || /[:;.]$/u.test(before);
    const capitalNext = /^\s*\p{Lu}/u.test(text.slice(i + 1));
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
