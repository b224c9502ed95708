import { escapeHtml, KehoachError } from "@kehoach/core";
import { buildRewardAnnouncement } from "./buildRewardAnnouncement";
import type { RewardAnnouncement } from "./RewardAnnouncement";

function dateLine(place: string | null, iso: string | null): string {
  const where = place ? `${place}, ` : "";
  if (iso === null || !/^\d{4}-\d{2}-\d{2}/u.test(iso)) return `${where}ngày … tháng … năm …`;
  const [y, m, d] = iso.slice(0, 10).split("-");
  const month = Number(m) <= 2 ? (m as string) : String(Number(m));
  return `${where}ngày ${d} tháng ${month} năm ${y}`;
}

function shortDate(iso: string | null): string {
  if (iso === null || !/^\d{4}-\d{2}-\d{2}/u.test(iso)) return "…";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** The announcement as one standalone, printable A4 page of HTML (no external resource; every string escaped). */
export function announcementToHtml(a: RewardAnnouncement): string {
  const e = escapeHtml;
  // Long lists get a smaller type so the announcement stays on one page.
  const size = a.collectives.length > 24 ? 10 : a.collectives.length > 14 ? 11.5 : 13;
  const rows =
    a.collectives.length === 0
      ? '<tr><td colspan="4" class="empty">Chưa có tập thể nào được khen thưởng.</td></tr>'
      : a.collectives
          .map(
            (c, i) =>
              `<tr><td class="c">${i + 1}</td><td>${e(c.name)}</td><td>${e(c.activityCode)}. ${e(c.activityTitle)}</td><td>${e(c.form)}<br><i>${e(c.decision)}</i></td></tr>`,
          )
          .join("\n");
  const individuals =
    a.individuals > 0
      ? `<p>Cùng các quyết định trên, ${a.individuals} cá nhân được khen thưởng (danh sách kèm theo quyết định).</p>`
      : "";
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Thông báo danh sách tập thể được khen thưởng</title>
<style>
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", Times, serif; font-size: ${size}pt; margin: 0; }
.head { display: flex; justify-content: space-between; text-align: center; }
.head div { width: 48%; }
.b { font-weight: bold; }
h1 { font-size: ${size + 1}pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: ${size}pt; text-align: center; margin: 2pt 0 10pt; font-weight: bold; }
table { width: 100%; border-collapse: collapse; page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
td.c, th { text-align: center; }
td.empty { text-align: center; font-style: italic; }
.sign { display: flex; justify-content: space-between; margin-top: 12pt; }
.sign .to { font-size: 11pt; }
.sign .who { text-align: center; width: 45%; }
</style>
</head>
<body>
<div class="head">
<div>${a.issuer.map((l, i) => (i === a.issuer.length - 1 ? `<div class="b">${e(l)}</div>` : `<div>${e(l)}</div>`)).join("")}<div>Số: …/TB-UBND</div></div>
<div><div class="b">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="b">Độc lập - Tự do - Hạnh phúc</div><div><i>${e(dateLine(a.place, a.date))}</i></div></div>
</div>
<h1>THÔNG BÁO</h1>
<h2>Danh sách các tập thể được khen thưởng<br>(tính đến ngày ${e(shortDate(a.asOf))})</h2>
<p>Ủy ban nhân dân phường thông báo các tập thể đã được khen thưởng vì có thành tích xuất sắc trong tổ chức thực hiện các hoạt động của Kế hoạch:</p>
<table>
<thead><tr><th>TT</th><th>Tập thể</th><th>Nhiệm vụ</th><th>Hình thức, quyết định</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${individuals}
<div class="sign">
<div class="to"><b><i>Nơi nhận:</i></b>${a.recipients.map((r) => `<br>- ${e(r)}`).join("")}</div>
<div class="who"><div class="b">${e(a.authority)}</div><div class="b">${e(a.position)}</div><br><br><br><div class="b">${e(a.signer ?? "")}</div></div>
</div>
</body>
</html>
`;
}

/**
 * Renders the announcement of rewarded collectives from a progress report.
 *
 * @throws {KehoachError} when the input is not a report (a programming error: `@kehoach/export` always passes one).
 */
export function renderRewardAnnouncement(report: unknown): string {
  const { announcement, diagnostics } = buildRewardAnnouncement(report);
  if (announcement === null) {
    throw new KehoachError(diagnostics, {
      vi: "Bộ xuất thông báo khen thưởng cần một báo cáo",
      en: "The reward announcement exporter needs a report",
    });
  }
  return announcementToHtml(announcement);
}
