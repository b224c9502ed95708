import { escapeHtml } from "@kehoach/core";
import { z } from "zod";
import { noteInParentheses } from "../report/cellText";
import { formatVietnameseDateLine } from "../report/formatVietnameseDate";
import { headerLayout } from "../report/headerLayout";
import {
  type Report,
  type ReportCell,
  type ReportPart,
  ReportSchema,
  type ReportTable,
} from "../report/Report";
import { assertValid } from "./assertValid";
import { closingPartIndex } from "./closingPartIndex";
import { emphasisLines } from "./emphasisRuns";
import { DECREE_30_MARGINS_MM } from "./pageGeometry";
import { statusLabels } from "./statusLabels";

/** Options of {@link renderHtml}. */
export const HtmlOptionsSchema = z.object({
  /** The `lang` of the page (default "vi"). */
  lang: z.string().default("vi"),
});
/** What {@link HtmlOptionsSchema} accepts (before defaults are filled in): options of {@link renderHtml}. */
export type HtmlOptions = z.input<typeof HtmlOptionsSchema>;

const m = DECREE_30_MARGINS_MM;
const CSS = `
:root { color-scheme: light; }
body { font-family: "Times New Roman", Tinos, "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.35; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #000; }
.letterhead { width: 100%; border-collapse: collapse; margin-bottom: 1.5rem; }
.letterhead td { border: 0; text-align: center; vertical-align: top; padding: 0; }
.letterhead .issuer { font-weight: bold; }
.letterhead .motto { font-weight: bold; }
.letterhead hr { width: 35%; margin: 2px auto 8px; border: 0; border-top: 1px solid #000; }
.letterhead .motto-rule { width: 62%; }
.date-line { font-style: italic; }
h1, h2, h3 { font-size: 13pt; margin: 0.8em 0 0.3em; }
h1 { text-align: center; }
p { text-align: justify; margin: 0.3em 0; text-indent: 1cm; }
p.center { text-align: center; text-indent: 0; }
p.placeholder { font-style: italic; color: #444; }
.table-title { text-align: center; font-weight: bold; margin: 0; text-indent: 0; }
.table-subtitle { text-align: center; font-style: italic; margin: 0 0 0.6em; text-indent: 0; }
table.report { width: 100%; border-collapse: collapse; font-size: 12pt; margin-bottom: 1rem; }
table.report th, table.report td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
table.report th { text-align: center; vertical-align: middle; background: #f2f2f2; }
table.report td.center { text-align: center; }
table.report td.right { text-align: right; }
table.report tr.section td, table.report tr.total td { font-weight: bold; }
table.report .note { font-style: italic; display: block; }
${Object.entries(statusLabels)
  .map(([k, v]) => `table.report tr.status-${k} td { background: #${v.color}; }`)
  .join("\n")}
.closing { width: 100%; margin-top: 1.5rem; border-collapse: collapse; }
.closing td { border: 0; vertical-align: top; width: 50%; }
.closing .sign { text-align: center; font-weight: bold; }
.closing .recipients { font-size: 11pt; }
.closing .recipients strong { font-style: italic; font-size: 12pt; }
@page { size: A4 portrait; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
@page landscape { size: A4 landscape; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  section.landscape { page: landscape; }
  section + section { break-before: page; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h1, h2, h3, .table-title, .table-subtitle { break-after: avoid; }
}
`;

function cellHtml(cell: ReportCell | undefined): string {
  if (!cell) return "";
  const html = emphasisLines(cell.text, cell.emphasis)
    .map((pieces) =>
      pieces.map((p) => (p.bold ? `<strong>${escapeHtml(p.text)}</strong>` : escapeHtml(p.text))).join(""),
    )
    .join("<br>");
  const note = cell.note ? `<span class="note">${escapeHtml(noteInParentheses(cell.note))}</span>` : "";
  return html + note;
}

function tableHtml(t: ReportTable): string {
  const out: string[] = [];
  for (const line of t.title) out.push(`<p class="table-title">${escapeHtml(line)}</p>`);
  if (t.subtitle) out.push(`<p class="table-subtitle">${escapeHtml(t.subtitle)}</p>`);
  const layout = headerLayout(t.columns);
  out.push(`<table class="report" id="${escapeHtml(t.id)}">`, "<colgroup>");
  const total = t.columns.reduce((a, c) => a + c.width, 0) || 1;
  for (const c of t.columns) out.push(`<col style="width:${((c.width / total) * 100).toFixed(2)}%">`);
  out.push("</colgroup>", "<thead>");
  for (let r = 0; r < layout.rowCount; r++) {
    const cells = layout.cells
      .filter((c) => c.row === r)
      .map(
        (c) =>
          `<th scope="col"${c.columnSpan > 1 ? ` colspan="${c.columnSpan}"` : ""}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ""}>${escapeHtml(c.label)}</th>`,
      );
    out.push(`<tr>${cells.join("")}</tr>`);
  }
  out.push("</thead>", "<tbody>");
  for (const row of t.rows) {
    const classes = [row.kind, row.status ? `status-${row.status}` : ""].filter(Boolean).join(" ");
    const data = row.activity ? ` data-activity="${escapeHtml(row.activity.id)}"` : "";
    const first = t.columns[0];
    if (row.kind === "section" && first && t.columns.length > 2) {
      out.push(
        `<tr class="${classes}"${data}><td class="center">${cellHtml(row.cells[first.key])}</td><td colspan="${t.columns.length - 1}">${cellHtml(row.cells.title)}</td></tr>`,
      );
      continue;
    }
    const cells = t.columns.map(
      (c) => `<td${c.align !== "left" ? ` class="${c.align}"` : ""}>${cellHtml(row.cells[c.key])}</td>`,
    );
    const title = row.status ? ` title="${escapeHtml(statusLabels[row.status].vi)}"` : "";
    out.push(`<tr class="${classes}"${data}${title}>${cells.join("")}</tr>`);
  }
  out.push("</tbody>", "</table>");
  return out.join("\n");
}

function partHtml(part: ReportPart): string {
  const out: string[] = [`<section class="${part.orientation}">`];
  for (const block of part.blocks) {
    if (block.type === "heading") out.push(`<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`);
    else if (block.type === "paragraph") {
      const classes = [
        block.align === "center" ? "center" : "",
        block.placeholder ? "placeholder" : "",
      ].filter(Boolean);
      let text = escapeHtml(block.text);
      if (block.bold) text = `<strong>${text}</strong>`;
      if (block.italic) text = `<em>${text}</em>`;
      out.push(`<p${classes.length ? ` class="${classes.join(" ")}"` : ""}>${text}</p>`);
    } else if (block.type === "list") {
      out.push(...block.items.map((item) => `<p>- ${escapeHtml(item)}</p>`));
    } else out.push(tableHtml(block.table));
  }
  out.push("</section>");
  return out.join("\n");
}

/**
 * Renders a report as one standalone HTML page (no external resource): the
 * letterhead, the parts as sections (landscape ones print on landscape A4
 * pages), tables whose header repeats on every printed page and whose rows do
 * not split, status colours, and the closing block. Every plan string is
 * escaped.
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const valid = assertValid(ReportSchema, report, "report");
  const { lang } = assertValid(HtmlOptionsSchema, options, "options");
  const body: string[] = [];
  const head = valid.letterhead;
  if (head) {
    const left = [
      head.superior ? `<div>${escapeHtml(head.superior)}</div>` : "",
      ...head.issuer.map((l) => `<div class="issuer">${escapeHtml(l)}</div>`),
      "<hr>",
      head.number
        ? `<div>Số: ${escapeHtml(head.number.value ?? "…")}/${escapeHtml(head.number.symbol)}</div>`
        : "",
    ].join("");
    const right = [
      '<div class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>',
      '<div class="motto">Độc lập - Tự do - Hạnh phúc</div>',
      '<hr class="motto-rule">',
      head.place || head.date || head.number
        ? `<div class="date-line">${escapeHtml(formatVietnameseDateLine(head.place, head.date))}</div>`
        : "",
    ].join("");
    body.push(
      `<table class="letterhead"><tr><td style="width:40%">${left}</td><td>${right}</td></tr></table>`,
    );
  }
  const closingIndex = closingPartIndex(valid);
  valid.parts.forEach((part, index) => {
    body.push(partHtml(part));
    if (!valid.closing || index !== closingIndex) return;
    const c = valid.closing;
    body.push(
      `<table class="closing"><tr><td class="recipients"><strong>Nơi nhận:</strong><br>${c.recipients
        .map((r) => `- ${escapeHtml(r)};`)
        .join(
          "<br>",
        )}</td><td class="sign">${escapeHtml(c.authority)}<br>${escapeHtml(c.position)}<br><br><br><br>${escapeHtml(c.signer ?? "")}</td></tr></table>`,
    );
  });
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kehoach">
<title>${escapeHtml(valid.title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}
