import { cellText } from "../report/cellText";
import { formatVietnameseDateLine } from "../report/formatVietnameseDate";
import { flatColumnLabels } from "../report/headerLayout";
import { type Report, ReportSchema, type ReportTable } from "../report/Report";
import { assertValid } from "./assertValid";
import { closingPartIndex } from "./closingPartIndex";
import { statusLabels } from "./statusLabels";

/** Escapes text for a Markdown table cell or paragraph (pipes, markup characters, line breaks). */
export function escapeMarkdown(text: string, inTable = false): string {
  const escaped = text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
  return inTable ? escaped.replace(/\r?\n/g, "<br>") : escaped;
}

function table(t: ReportTable): string[] {
  const out: string[] = [];
  for (const line of t.title) out.push(`**${escapeMarkdown(line)}**`, "");
  if (t.subtitle) out.push(`*${escapeMarkdown(t.subtitle)}*`, "");
  const withStatus = t.rows.some((r) => r.status !== null);
  const labels = [...flatColumnLabels(t.columns), ...(withStatus ? ["Trạng thái"] : [])];
  out.push(`| ${labels.map((l) => escapeMarkdown(l, true)).join(" | ")} |`);
  out.push(
    `| ${[...t.columns.map((c) => (c.align === "center" ? ":---:" : c.align === "right" ? "---:" : "---")), ...(withStatus ? ["---"] : [])].join(" | ")} |`,
  );
  for (const row of t.rows) {
    const cells = t.columns.map((c) => escapeMarkdown(cellText(row.cells[c.key]), true));
    if (row.kind !== "item") {
      cells.forEach((value, i) => {
        if (value) cells[i] = `**${value}**`;
      });
    }
    if (withStatus) cells.push(row.status ? statusLabels[row.status].vi : "");
    out.push(`| ${cells.join(" | ")} |`);
  }
  out.push("");
  return out;
}

/**
 * Renders a report as CommonMark/GFM: the letterhead as two lines, headings,
 * paragraphs, and each table as a pipe table with flattened headers
 * ("Dự kiến kết quả – Cấp quận"); every plan string is escaped.
 */
export function renderMarkdown(report: Report): string {
  const valid = assertValid(ReportSchema, report, "report");
  const out: string[] = [];
  const head = valid.letterhead;
  if (head) {
    out.push(
      `**${escapeMarkdown(head.issuer.join(" "))}** — **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** — *Độc lập - Tự do - Hạnh phúc*`,
      "",
    );
    if (head.number)
      out.push(`Số: ${escapeMarkdown(head.number.value ?? "…")}/${escapeMarkdown(head.number.symbol)}`, "");
    if (head.place || head.date)
      out.push(`*${escapeMarkdown(formatVietnameseDateLine(head.place, head.date))}*`, "");
  }
  const closingIndex = closingPartIndex(valid);
  valid.parts.forEach((part, index) => {
    for (const block of part.blocks) {
      if (block.type === "heading") out.push(`${"#".repeat(block.level)} ${escapeMarkdown(block.text)}`, "");
      else if (block.type === "paragraph") {
        const text = escapeMarkdown(block.text);
        out.push(block.bold ? `**${text}**` : block.italic || block.placeholder ? `*${text}*` : text, "");
      } else if (block.type === "list") out.push(...block.items.map((i) => `- ${escapeMarkdown(i)}`), "");
      else for (const line of table(block.table)) out.push(line);
    }
    if (!valid.closing || index !== closingIndex) return;
    out.push(
      `**${escapeMarkdown(valid.closing.authority)}**  `,
      `**${escapeMarkdown(valid.closing.position)}**`,
      "",
    );
    if (valid.closing.signer) out.push(`**${escapeMarkdown(valid.closing.signer)}**`, "");
    out.push("***Nơi nhận:***", "", ...valid.closing.recipients.map((r) => `- ${escapeMarkdown(r)}`), "");
  });
  return `${out.join("\n").trimEnd()}\n`;
}
