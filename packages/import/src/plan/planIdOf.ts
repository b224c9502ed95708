import { type DocumentRef, slugify } from "@kehoach/core";

/** A plan document a plugin ships (the fields the id rule reads). */
export interface ShippedPlan {
  id: string;
  title: string;
  content?: string;
  year?: number;
}

/** What {@link planIdOf} reads. */
export interface PlanIdInput {
  /** The imported plan's title. */
  title: string;
  document: DocumentRef;
  year: number;
  /** The plan documents the plugins ship. */
  shipped: readonly ShippedPlan[];
  /** The imported text, when the input was text (compared with the shipped documents). */
  content: string | null;
}

const MAX_LENGTH = 96;

/** The text as {@link planIdOf} compares it: NFC, no byte order mark, "\n" line breaks, trimmed. */
function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/^\ufeff/u, "")
    .replace(/\r\n?/gu, "\n")
    .trim();
}

/**
 * The text's last line with text, NFC and trimmed: the last line of its
 * {@link cleanText}, read without cleaning the rest (NFC never joins a
 * character to white space or across a line break). Two texts whose last
 * lines differ are not the same text; a plan and a draft of it, or a longer
 * plan starting as it does, usually differ there first.
 */
function lastLineOf(text: string): string {
  const end = text.trimEnd().length;
  const start = Math.max(text.lastIndexOf("\n", end - 1), text.lastIndexOf("\r", end - 1)) + 1;
  return text.slice(start, end).normalize("NFC").trim();
}

/** A shipped plan's text, cleaned once: plugins hand the same plans to every import. */
const shippedTexts = new WeakMap<ShippedPlan, { content: string; last: string; cleaned: string }>();

function shippedText(plan: ShippedPlan, content: string): { last: string; cleaned: string } {
  let known = shippedTexts.get(plan);
  if (known === undefined || known.content !== content) {
    known = { content, last: lastLineOf(content), cleaned: cleanText(content) };
    shippedTexts.set(plan, known);
  }
  return known;
}

/** The shipped plan whose text the imported one is (the same once cleaned), if any; the imported text is cleaned only when a last line matches. */
function shippedWithText(shipped: readonly ShippedPlan[], content: string): ShippedPlan | undefined {
  const last = lastLineOf(content);
  let cleaned: string | null = null;
  return shipped.find((plan) => {
    if (plan.content === undefined) return false;
    const theirs = shippedText(plan, plan.content);
    if (theirs.last !== last) return false;
    cleaned ??= cleanText(content);
    return theirs.cleaned === cleaned;
  });
}

function cut(slug: string): string {
  if (slug.length <= MAX_LENGTH) return slug;
  const head = slug.slice(0, MAX_LENGTH);
  const at = head.lastIndexOf("-");
  return at > 0 ? head.slice(0, at) : head;
}

/**
 * The id of an imported plan. When the document is one a plugin ships — the
 * same text, or (for a .docx, .xlsx or .csv rendition) a title that the
 * shipped plan's title ends with, at least four words long, and the same
 * year — the plugin's id for it ("ke-hoach-70-nam-giai-phong-thu-do"), so
 * that every import of that plan lands on the same id. Otherwise a slug of
 * the document reference (number, symbol, date or month, else the year)
 * followed by the title: "63-kh-ubnd-2024-02-02-to-chuc-cac-hoat-dong…",
 * "kh-ubnd-2024-04-cac-hoat-dong-ky-niem-70-nam…" for a draft; at most 96
 * characters, cut at a hyphen.
 */
export function planIdOf(input: PlanIdInput): { id: string; fromPlugin: boolean } {
  const { title, document, year, shipped, content } = input;
  if (content !== null) {
    const same = shippedWithText(shipped, content);
    if (same) return { id: same.id, fromPlugin: true };
  }
  const titleSlug = slugify(title);
  if (titleSlug.split("-").length >= 4) {
    const named = shipped.find((plan) => {
      const shippedSlug = slugify(plan.title);
      return (
        (shippedSlug === titleSlug || shippedSlug.endsWith(`-${titleSlug}`)) &&
        (plan.year === undefined || plan.year === year)
      );
    });
    if (named) return { id: named.id, fromPlugin: true };
  }
  const reference = [document.number, document.symbol, document.date ?? document.month ?? String(year)]
    .filter((part): part is string => part !== null && part !== "")
    .join(" ");
  const id = cut(
    [slugify(reference), titleSlug || slugify(document.text) || "ke-hoach"].filter(Boolean).join("-"),
  );
  return { id: id || `ke-hoach-${year}`, fromPlugin: false };
}
