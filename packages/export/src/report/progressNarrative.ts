import { isCompleted } from "@kehoach/core";
import type { ProgressNote } from "./collectProgressNotes";
import { formatShortDate } from "./formatVietnameseDate";
import type { ProgressFacts } from "./ProgressFacts";
import { planDocumentLine } from "./planDocumentLine";
import { formatPercent, latestResults } from "./progressWords";
import type { ReportBlock } from "./Report";

const paragraph = (text: string, placeholder = false): ReportBlock => ({
  type: "paragraph",
  text,
  italic: false,
  bold: false,
  align: "justify",
  placeholder,
});
const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({ type: "heading", level, text });

function who(facts: ProgressFacts, note: ProgressNote): string {
  const unit = note.unit ? facts.unitName(note.unit) : "";
  const ward = note.ward ? ` (phường ${facts.wardName(note.ward)})` : "";
  return `${unit}${ward}`;
}

function noteItem(facts: ProgressFacts, note: ProgressNote): string {
  const by = who(facts, note);
  return `Nhiệm vụ ${note.code}${by ? ` – ${by}` : ""}: ${note.text}`;
}

/** I. Công tác chỉ đạo, triển khai: what was assigned, to whom, and how much has started. */
function direction(facts: ProgressFacts): ReportBlock[] {
  const { leaves, states } = facts;
  const leadUnits = new Set(
    leaves.flatMap((a) =>
      a.leads.flatMap((r) => (r.members.length ? r.members : r.unitId ? [r.unitId] : [])),
    ),
  );
  const started = leaves.filter((a) => (states.get(a.id)?.status ?? "planned") !== "planned").length;
  const wardParts = leaves.reduce((n, a) => n + (states.get(a.id)?.wardParts.length ?? 0), 0);
  const blocks: ReportBlock[] = [heading(2, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI")];
  blocks.push(
    paragraph(
      `Thực hiện ${planDocumentLine(facts.plan)}, ${leaves.length} nhiệm vụ được giao cho ${leadUnits.size} đơn vị chủ trì` +
        (wardParts > 0 ? `, trong đó ${wardParts} phần việc giao cho UBND các phường` : "") +
        `. Tính đến ngày ${formatShortDate(facts.asOf)}, ${started}/${leaves.length} nhiệm vụ đã được triển khai; ` +
        `${leaves.length - started} nhiệm vụ chưa triển khai.`,
    ),
  );
  const cited = new Map<string, string>();
  for (const a of leaves) for (const r of a.references) if (!cited.has(r.text)) cited.set(r.text, r.text);
  if (cited.size > 0) {
    blocks.push(paragraph("Các văn bản chỉ đạo, hướng dẫn đã ban hành để triển khai:"));
    blocks.push({ type: "list", items: [...cited.values()] });
  }
  blocks.push(
    paragraph(
      "[Bổ sung: các văn bản chỉ đạo, hội nghị triển khai và công tác kiểm tra, đôn đốc của đơn vị.]",
      true,
    ),
  );
  return blocks;
}

/** II. Kết quả đạt được: the classification in words, then each section's activities with their results. */
function results(facts: ProgressFacts): ReportBlock[] {
  const blocks: ReportBlock[] = [heading(2, "II. KẾT QUẢ ĐẠT ĐƯỢC")];
  const count = (cls: string) => facts.tally.find((t) => t.class === cls);
  const total = facts.leaves.length;
  const done = (count("completed-on-time")?.count ?? 0) + (count("completed-late")?.count ?? 0);
  const percentOf = (n: number) => (total === 0 ? "0" : formatPercent((n / total) * 100));
  const progress = facts.leaves
    .map((a) => facts.rows.get(a.id)?.progress)
    .filter((p): p is number => typeof p === "number");
  const mean = progress.length ? progress.reduce((x, y) => x + y, 0) / progress.length : null;
  blocks.push(
    paragraph(
      `Tổng số ${total} nhiệm vụ: đã hoàn thành ${done} nhiệm vụ (${percentOf(done)}%), trong đó ` +
        `${count("completed-on-time")?.count ?? 0} nhiệm vụ hoàn thành đúng hạn và ${count("completed-late")?.count ?? 0} nhiệm vụ hoàn thành quá hạn; ` +
        `${count("in-progress-on-time")?.count ?? 0} nhiệm vụ chưa hoàn thành, còn trong hạn; ` +
        `${count("in-progress-overdue")?.count ?? 0} nhiệm vụ chưa hoàn thành, quá hạn; ` +
        `${count("no-deadline")?.count ?? 0} nhiệm vụ không xác định hạn` +
        (count("cancelled") ? `; ${count("cancelled")?.count} nhiệm vụ đã hủy` : "") +
        (mean === null ? "." : `. Tiến độ chung đạt ${formatPercent(mean)}%.`) +
        " (Chi tiết tại Phụ lục kèm theo.)",
    ),
  );
  const byTable = new Map<number, typeof facts.activities>();
  for (const a of facts.activities) byTable.set(a.table, [...(byTable.get(a.table) ?? []), a]);
  for (const [table, activities] of byTable) {
    if (byTable.size > 1) {
      const title = facts.plan.tables.find((t) => t.index === table)?.title;
      blocks.push(heading(3, title || `Biểu tổng hợp ${table + 1}`));
    }
    let items: string[] = [];
    const flush = () => {
      if (items.length) blocks.push({ type: "list", items });
      items = [];
    };
    for (const a of activities) {
      if (a.isSection) {
        flush();
        blocks.push(heading(3, `${a.code.replace(/\.$/u, "")}. ${a.title}`));
        continue;
      }
      const state = facts.states.get(a.id);
      const row = facts.rows.get(a.id);
      if (!state || !row) continue;
      let said: string;
      if (state.status === "cancelled") said = "đã hủy";
      else if (isCompleted(state)) {
        const when = row.completedOn ? ` ngày ${formatShortDate(row.completedOn)}` : "";
        said = `đã hoàn thành, báo cáo${when}${row.class === "completed-late" ? " (quá hạn)" : ""}: ${latestResults(state.context).replace(/\n/gu, "; ")}`;
      } else if (state.status === "planned") said = "chưa triển khai";
      else
        said = `đang thực hiện (tiến độ ${formatPercent(row.progress ?? 0)}%)${row.overdue ? ", đã quá hạn" : ""}`;
      const targets = facts.status.targets.targets.filter((t) => t.activity === a.id && t.achieved !== null);
      const achieved = targets.length
        ? ` Chỉ tiêu: ${targets.map((t) => `${t.achieved}/${t.planned} ${t.noun}`).join("; ")}.`
        : "";
      items.push(`${a.code} ${a.title.replace(/[.;:]+$/u, "")}: ${said}.${achieved}`.replace(/\.\./gu, "."));
    }
    flush();
  }
  const rewards = facts.leaves.filter((a) => facts.states.get(a.id)?.context.reward);
  if (rewards.length > 0) {
    blocks.push(
      paragraph(
        `Công tác khen thưởng: ${rewards.length} nhiệm vụ đã được khen thưởng (chi tiết tại Phụ lục kèm theo).`,
      ),
    );
  }
  return blocks;
}

/** III. Tồn tại, hạn chế và nguyên nhân: overdue work, returned reports and the difficulties units recorded. */
function shortcomings(facts: ProgressFacts): ReportBlock[] {
  const blocks: ReportBlock[] = [heading(2, "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")];
  blocks.push(heading(3, "1. Tồn tại, hạn chế"));
  const items: string[] = [];
  for (const a of facts.leaves) {
    const row = facts.rows.get(a.id);
    if (row?.overdue) {
      items.push(
        `Nhiệm vụ ${a.code} chưa hoàn thành, quá hạn (hạn ${formatShortDate(row.deadline)}${row.extensions ? `, đã gia hạn ${row.extensions} lần` : ""}).`,
      );
    }
  }
  for (const r of facts.notes.returns) items.push(`${noteItem(facts, r)} (báo cáo bị trả lại).`);
  for (const d of facts.notes.difficulties) items.push(`${noteItem(facts, d)}.`);
  if (items.length) blocks.push({ type: "list", items: items.map((i) => i.replace(/\.\.$/u, ".")) });
  else
    blocks.push(
      paragraph("[Bổ sung: những tồn tại, hạn chế trong quá trình triển khai thực hiện Kế hoạch.]", true),
    );
  blocks.push(heading(3, "2. Nguyên nhân"));
  if (facts.notes.extensions.length) {
    blocks.push({
      type: "list",
      items: facts.notes.extensions.map((e) => `${noteItem(facts, e)} (lý do gia hạn).`),
    });
  }
  blocks.push(paragraph("[Bổ sung: nguyên nhân khách quan, chủ quan của những tồn tại, hạn chế.]", true));
  return blocks;
}

/** IV. Phương hướng: the unfinished activities, by deadline. */
function nextSteps(facts: ProgressFacts): ReportBlock[] {
  const blocks: ReportBlock[] = [heading(2, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI")];
  const open = facts.leaves
    .map((a) => ({ a, row: facts.rows.get(a.id), state: facts.states.get(a.id) }))
    .filter(({ state }) => state && !isCompleted(state) && state.status !== "cancelled")
    .sort((x, y) => (x.row?.deadline ?? "9999").localeCompare(y.row?.deadline ?? "9999"));
  if (open.length) {
    blocks.push(paragraph("Tiếp tục chỉ đạo, đôn đốc các đơn vị hoàn thành các nhiệm vụ còn lại:"));
    blocks.push({
      type: "list",
      items: open.map(({ a, row }) => {
        const leads = a.leads.map((r) => r.source || r.name).join("; ");
        const due = row?.deadline
          ? `hạn ${formatShortDate(row.deadline)}${row.overdue ? ", đã quá hạn" : ""}`
          : a.time.text || "chưa xác định hạn";
        return `${a.code} ${a.title.replace(/[.;:]+$/u, "")} (${leads ? `${leads}; ` : ""}${due}).`;
      }),
    });
  } else {
    blocks.push(
      paragraph("Các nhiệm vụ của Kế hoạch đã hoàn thành; tiếp tục duy trì, tổng kết và khen thưởng."),
    );
  }
  blocks.push(paragraph("[Bổ sung: nhiệm vụ, giải pháp trọng tâm thời gian tới.]", true));
  return blocks;
}

/** V. Đề xuất, kiến nghị: the proposals units recorded. */
function proposals(facts: ProgressFacts): ReportBlock[] {
  const blocks: ReportBlock[] = [heading(2, "V. ĐỀ XUẤT, KIẾN NGHỊ")];
  if (facts.notes.proposals.length) {
    blocks.push({ type: "list", items: facts.notes.proposals.map((p) => `${noteItem(facts, p)}.`) });
  } else {
    blocks.push(paragraph("[Bổ sung: đề xuất, kiến nghị với cấp trên (nếu có).]", true));
  }
  return blocks;
}

/** The body of the progress report: sections I–V, from the facts. */
export function progressNarrative(facts: ProgressFacts): ReportBlock[] {
  return [
    ...direction(facts),
    ...results(facts),
    ...shortcomings(facts),
    ...nextSteps(facts),
    ...proposals(facts),
  ];
}
